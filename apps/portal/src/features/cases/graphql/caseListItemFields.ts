import { graphql } from '../../../gql';

/** What one row of the case list shows. */
export const CASE_LIST_ITEM_FIELDS = graphql(`
  fragment CaseListItemFields on Case {
    id
    reference
    theme
    status
    updatedAt
    subject {
      id
      givenNames {
        ...ProtectedStringFields
      }
      familyName {
        ...ProtectedStringFields
      }
    }
    casusregisseurAgency {
      id
      name
      type
    }
  }
`);
