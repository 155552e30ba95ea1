import { graphql } from '../../../gql';

/** The next page of one category of a case: the items older than `after`. */
export const OLDER_INFORMATION_ITEMS_QUERY = graphql(`
  query OlderInformationItems(
    $caseId: ID!
    $category: InformationCategory!
    $after: String!
    $first: Int!
  ) {
    informationItems(caseId: $caseId, category: $category, after: $after, first: $first) {
      ...InformationItemFields
    }
  }
`);
