import { graphql } from '../../../gql';

/** The source agency corrects an item (AVG art. 16); the API asks for a fresh second factor. */
export const RECTIFY_INFORMATION_ITEM_MUTATION = graphql(`
  mutation RectifyInformationItem($input: RectifyInformationItemInput!) {
    rectifyInformationItem(input: $input) {
      id
      kind
      changedAt
      item {
        ...InformationItemFields
      }
    }
  }
`);

/** The source agency erases an item (AVG art. 17): gone from every read path, history kept. */
export const ERASE_INFORMATION_ITEM_MUTATION = graphql(`
  mutation EraseInformationItem($input: EraseInformationItemInput!) {
    eraseInformationItem(input: $input) {
      id
      kind
      changedAt
    }
  }
`);
