import { graphql } from '../../../gql';

/** The case's header on the printed plan: no information items, only who and who leads. */
export const PLAN_PRINT_CASE_QUERY = graphql(`
  query PlanPrintCase($id: ID!) {
    case(id: $id) {
      id
      reference
      status
      subject {
        id
        givenNames {
          ...ProtectedStringFields
        }
        familyName {
          ...ProtectedStringFields
        }
        dateOfBirth {
          ...ProtectedStringFields
        }
      }
      casusregisseurAgency {
        id
        name
        type
      }
      casusregisseur {
        id
        displayName
      }
    }
  }
`);
