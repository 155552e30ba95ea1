import { graphql } from '../../../gql';

/** A meeting as the viewer may see it: the same fields in the query and in live updates. */
export const MEETING_FIELDS = graphql(`
  fragment MeetingFields on Meeting {
    id
    startsAt
    endsAt
    location
    onlineUrl
    status
    startedAt
    closedAt
    isChair
    lastEventId
    chair {
      id
      displayName
    }
    agenda {
      startsAt
      endsAt
      hidden
      current
      item {
        id
        caseId
        caseReference
        personName
        personNameAccess
        startsAt
        endsAt
        status
        minutes
        decisions
        minutesAccess
        minutesUpdatedAt
        revision
        invitees {
          id
          name
          type
        }
        attendance {
          agency {
            id
            name
          }
          present
        }
      }
    }
  }
`);

/**
 * A meeting in "Mijn overleggen": the agenda without minutes or invitees, so up to 50 meetings
 * stay within the API's query cost limit (4,700 of 5,000; check portal-operations.spec.ts).
 */
export const MEETING_SUMMARY_FIELDS = graphql(`
  fragment MeetingSummaryFields on Meeting {
    id
    startsAt
    endsAt
    location
    onlineUrl
    status
    chair {
      id
      displayName
    }
    agenda {
      startsAt
      endsAt
      hidden
      item {
        id
        caseReference
        personName
      }
    }
  }
`);
