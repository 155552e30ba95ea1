import { graphql } from '../../../gql';

export const PLAN_VERSION_FIELDS = graphql(`
  fragment PlanVersionFields on PlanVersion {
    id
    caseId
    number
    status
    revision
    basedOnNumber
    adoptedOn
    adoptedByAgency {
      id
      name
    }
    goals {
      id
      key
      lifeDomain
      description
      actions {
        id
        key
        description
        dueDate
        status
        statusRevision
        overdue
        ownerActive
        noteCount
        ownerAgency {
          id
          name
        }
        ownerUser {
          id
          displayName
        }
      }
    }
  }
`);
