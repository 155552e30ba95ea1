import { graphql } from '../../../gql';

/** Everything the portal keeps about the signed-in session; `login` and `me` return the same. */
export const SESSION_FIELDS = graphql(`
  fragment SessionFields on Me {
    user {
      id
      email
      displayName
    }
    agency {
      id
      name
      type
    }
    region {
      id
      name
    }
    roles
    csrfToken
    sessionExpiresAt
    sessionIdleExpiresAt
    covenantAccessEndsAt
  }
`);
