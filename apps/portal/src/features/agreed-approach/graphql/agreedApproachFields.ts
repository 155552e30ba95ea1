import { graphql } from '../../../gql';

export const AGREED_APPROACH_CONTACT_FIELDS = graphql(`
  fragment AgreedApproachContactFields on AgreedApproachContact {
    agency {
      id
      name
      type
    }
    name
    role
    phone
    phoneUri
    available
  }
`);
