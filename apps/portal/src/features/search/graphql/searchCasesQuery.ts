import { graphql } from '../../../gql';

export const SEARCH_CASES_QUERY = graphql(`
  query SearchCases($text: String!, $first: Int!) {
    searchCases(text: $text, first: $first) {
      nodes {
        ...CaseListItemFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
