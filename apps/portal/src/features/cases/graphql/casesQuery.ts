import { graphql } from '../../../gql';

export const CASES_QUERY = graphql(`
  query Cases($first: Int!, $after: String, $filter: CasesFilterInput) {
    cases(first: $first, after: $after, filter: $filter) {
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
