import { graphql } from '../../../gql';

/** Sets the first password through a single-use activation link; the person then logs in. */
export const ACTIVATE_ACCOUNT_MUTATION = graphql(`
  mutation ActivateAccount($input: ActivateAccountInput!) {
    activateAccount(input: $input)
  }
`);
