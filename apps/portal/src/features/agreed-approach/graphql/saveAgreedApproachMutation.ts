import { graphql } from '../../../gql';

export const SAVE_AGREED_APPROACH_MUTATION = graphql(`
  mutation SaveAgreedApproach($input: SaveAgreedApproachInput!) {
    saveAgreedApproach(input: $input) {
      caseId
      card {
        revision
      }
    }
  }
`);
