import { graphql } from '../../../gql';

export const MY_SESSIONS_QUERY = graphql(`
  query MySessions {
    mySessions {
      id
      current
      method
      userAgent
      originAddress
      startedAt
      lastSeenAt
    }
  }
`);

export const END_SESSION_MUTATION = graphql(`
  mutation EndSession($id: ID!) {
    endSession(id: $id)
  }
`);

export const LOG_OUT_EVERYWHERE_MUTATION = graphql(`
  mutation LogOutEverywhere {
    logOutEverywhere
  }
`);
