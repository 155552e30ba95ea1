import { graphql } from '../../../gql';

export const LOGIN_METHOD_QUERY = graphql(`
  query LoginMethod($email: String!) {
    loginMethod(email: $email) {
      method
      startPath
    }
  }
`);
