import { graphql } from '../../../gql';

export const CASE_PLAN_QUERY = graphql(`
  query CasePlan($caseId: ID!) {
    casePlan(caseId: $caseId) {
      caseId
      canEdit
      canAdopt
      readOnly
      ownerAgencies {
        id
        name
      }
      notes {
        id
        actionKey
        text
        createdAt
        author {
          id
          displayName
        }
        authorAgency {
          id
          name
        }
      }
      draft {
        ...PlanVersionFields
      }
      adopted {
        ...PlanVersionFields
      }
    }
  }
`);
