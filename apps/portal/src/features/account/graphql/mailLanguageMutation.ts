import { graphql } from '../../../gql';

// Its own module: the shell remembers the language with it; the mail preferences' documents stay
// with the account page.
export const SET_MAIL_LANGUAGE_MUTATION = graphql(`
  mutation SetMailLanguage($language: String!) {
    setMailLanguage(language: $language)
  }
`);
