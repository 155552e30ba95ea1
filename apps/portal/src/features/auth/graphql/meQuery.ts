import { graphql } from '../../../gql';

export const ME_QUERY = graphql(`
  query Me {
    me {
      ...SessionFields
    }
  }
`);
