import { graphql } from '../../../gql';

export const LOOKUP_AGREED_APPROACH_MUTATION = graphql(`
  mutation LookupAgreedApproach($input: LookupAgreedApproachInput!) {
    lookupAgreedApproach(input: $input) {
      lookedUpAt
      cards {
        person {
          givenNames
          familyName
          dateOfBirth
        }
        validity
        validUntil
        instructions
        contacts {
          ...AgreedApproachContactFields
        }
        conditions {
          id
          kind
          subject
          endsOn
        }
      }
    }
  }
`);
