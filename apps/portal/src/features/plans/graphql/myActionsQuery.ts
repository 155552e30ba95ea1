import { graphql } from '../../../gql';

export const MY_ACTIONS_QUERY = graphql(`
  query MyActions($first: Int, $after: String, $filter: MyActionsFilterInput) {
    myActions(first: $first, after: $after, filter: $filter) {
      nodes {
        id
        key
        caseId
        caseReference
        personName
        personNameAccess
        versionNumber
        versionStatus
        lifeDomain
        goal
        description
        dueDate
        status
        statusRevision
        overdue
        ownerUser {
          id
          displayName
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
