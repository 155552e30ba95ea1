import { graphql } from '../../../gql';

/** A personal value under the covenant: WITHHELD means "afgeschermd", not "empty". */
export const PROTECTED_STRING_FIELDS = graphql(`
  fragment ProtectedStringFields on ProtectedString {
    access
    category
    value
  }
`);
