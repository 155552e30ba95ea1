import { graphql } from '../../../gql';

export const CASE_TIMELINE_QUERY = graphql(`
  query CaseTimeline($caseId: ID!) {
    caseTimeline(caseId: $caseId) {
      id
      kind
      at
      actorAgency {
        id
        name
      }
      params {
        key
        value
      }
    }
  }
`);
