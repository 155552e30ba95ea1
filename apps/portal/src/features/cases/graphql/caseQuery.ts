import { graphql } from '../../../gql';

export const CASE_QUERY = graphql(`
  query Case($id: ID!) {
    case(id: $id) {
      ...CaseDetailFields
    }
  }
`);
