import { graphql } from '../../../gql';

export const ADD_INFORMATION_ITEM_MUTATION = graphql(`
  mutation AddInformationItem($input: AddInformationItemInput!) {
    addInformationItem(input: $input) {
      id
      caseId
      category
    }
  }
`);
