import { graphql } from '../../../gql';

/** Answers with the new session: the API ends the others and issues a new CSRF token. */
export const CHANGE_PASSWORD_MUTATION = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      ...SessionFields
    }
  }
`);
