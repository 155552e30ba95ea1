import { graphql } from '../../../gql';

// Its own module: the idle warning's chunk needs only this one, not the session list's documents.
export const EXTEND_SESSION_MUTATION = graphql(`
  mutation ExtendSession {
    extendSession
  }
`);
