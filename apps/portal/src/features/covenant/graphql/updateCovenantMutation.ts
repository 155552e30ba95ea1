import { graphql } from '../../../gql';

export const UPDATE_COVENANT_MUTATION = graphql(`
  mutation UpdateCovenant($input: UpdateCovenantInput!) {
    updateCovenant(input: $input) {
      ...CovenantFields
    }
  }
`);
