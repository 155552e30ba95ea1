import { graphql } from '../../../gql';

/** From the plans feature's API (`overdueActions`), shown on the dashboard. */
export const OVERDUE_ACTIONS_QUERY = graphql(`
  query DashboardOverdueActions($first: Int!) {
    overdueActions(first: $first) {
      totalCount
      totalCountCapped
      nodes {
        id
        caseId
        caseReference
        personName
        personNameAccess
        description
        dueDate
        ownerAgency {
          id
          name
        }
      }
    }
  }
`);
