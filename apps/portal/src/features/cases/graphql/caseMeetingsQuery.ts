import { graphql } from '../../../gql';

/**
 * The caller's meetings in a window; the case page keeps those with an agenda item of its case.
 * The API already scopes the agenda to what the caller may see (need-to-know per item).
 */
export const CASE_MEETINGS_QUERY = graphql(`
  query CaseMeetings($from: DateTime!, $to: DateTime!) {
    myMeetings(from: $from, to: $to) {
      id
      startsAt
      endsAt
      status
      location
      agenda {
        startsAt
        endsAt
        hidden
        item {
          id
          caseId
          status
          startsAt
          endsAt
        }
      }
    }
  }
`);
