import { graphql } from '../../../gql';

export const AGENCIES_QUERY = graphql(`
  query Agencies {
    agencies {
      id
      name
      type
    }
  }
`);
