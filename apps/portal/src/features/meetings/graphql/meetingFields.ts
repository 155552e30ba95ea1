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
