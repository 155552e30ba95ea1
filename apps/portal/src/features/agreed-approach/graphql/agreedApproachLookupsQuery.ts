import { graphql } from '../../../gql';

export const AGREED_APPROACH_LOOKUPS_QUERY = graphql(`
  query AgreedApproachLookups($caseId: ID!) {
    agreedApproachLookups(caseId: $caseId) {
      id
      at
      userName
      agency {
        id
        name
      }
      purposeKind
      purpose
      searchKind
      validity
    }
  }
`);
