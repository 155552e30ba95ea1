import { graphql } from '../../../gql';

// logoutSso ends the session like logout and, for a session that began at the agency's provider,
// gives the provider's end-session URL (RP-initiated logout).
export const LOGOUT_MUTATION = graphql(`
  mutation Logout {
    logoutSso {
      endSessionUrl
    }
  }
`);
