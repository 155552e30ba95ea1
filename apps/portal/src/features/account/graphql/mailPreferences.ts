import { graphql } from '../../../gql';

export const MAIL_PREFERENCES_QUERY = graphql(`
  query MyMailPreferences {
    myMailPreferences {
      kind
      mode
    }
  }
`);

export const SET_MAIL_PREFERENCE_MUTATION = graphql(`
  mutation SetMailPreference($input: SetMailPreferenceInput!) {
    setMailPreference(input: $input) {
      kind
      mode
    }
  }
`);
