import { graphql } from '../../../gql';

export const CLOSE_CASE_MUTATION = graphql(`
  mutation CloseCase($input: CloseCaseInput!) {
    closeCase(input: $input) {
      ...CaseClosureFields
    }
  }
`);
