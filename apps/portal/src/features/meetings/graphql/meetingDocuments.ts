import { graphql } from '../../../gql';

export const MY_MEETINGS_QUERY = graphql(`
  query MyMeetings($from: DateTime!, $to: DateTime!) {
    myMeetings(from: $from, to: $to) {
      ...MeetingSummaryFields
    }
  }
`);

export const MEETING_QUERY = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingFields
    }
  }
`);

export const MEETING_UPDATES_SUBSCRIPTION = graphql(`
  subscription MeetingUpdates($meetingId: ID!, $afterEventId: ID) {
    meetingUpdates(meetingId: $meetingId, afterEventId: $afterEventId) {
      eventId
      kind
      itemId
      meeting {
        ...MeetingFields
      }
    }
  }
`);

/** The procesregisseur's cases to put on an agenda. */
export const PLANNER_CASES_QUERY = graphql(`
  query PlannerCases($first: Int!) {
    cases(first: $first, filter: { statuses: [IN_TRIAGE, ACCEPTED, ACTIVE] }) {
      nodes {
        id
        reference
        status
        subject {
          id
          givenNames {
            ...ProtectedStringFields
          }
          familyName {
            ...ProtectedStringFields
          }
        }
      }
    }
  }
`);

/** The default invitees of an item: the case's active participants. */
export const CASE_PARTICIPANT_AGENCIES_QUERY = graphql(`
  query CaseParticipantAgencies($id: ID!) {
    case(id: $id) {
      id
      participants {
        id
        active
        agency {
          id
          name
          type
        }
      }
    }
  }
`);

export const PLAN_MEETING_MUTATION = graphql(`
  mutation PlanMeeting($input: PlanMeetingInput!) {
    planMeeting(input: $input) {
      ...MeetingFields
    }
  }
`);

export const ADD_MEETING_ITEM_MUTATION = graphql(`
  mutation AddMeetingItem($input: AddMeetingItemInput!) {
    addMeetingItem(input: $input) {
      ...MeetingFields
    }
  }
`);

export const REMOVE_MEETING_ITEM_MUTATION = graphql(`
  mutation RemoveMeetingItem($itemId: ID!) {
    removeMeetingItem(itemId: $itemId) {
      ...MeetingFields
    }
  }
`);

export const START_MEETING_MUTATION = graphql(`
  mutation StartMeeting($meetingId: ID!) {
    startMeeting(meetingId: $meetingId) {
      ...MeetingFields
    }
  }
`);

export const SET_CURRENT_MEETING_ITEM_MUTATION = graphql(`
  mutation SetCurrentMeetingItem($input: SetCurrentMeetingItemInput!) {
    setCurrentMeetingItem(input: $input) {
      ...MeetingFields
    }
  }
`);

export const RECORD_ATTENDANCE_MUTATION = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      ...MeetingFields
    }
  }
`);

export const SAVE_MEETING_ITEM_MINUTES_MUTATION = graphql(`
  mutation SaveMeetingItemMinutes($input: SaveMeetingItemMinutesInput!) {
    saveMeetingItemMinutes(input: $input) {
      ...MeetingFields
    }
  }
`);

export const CLOSE_MEETING_MUTATION = graphql(`
  mutation CloseMeeting($meetingId: ID!) {
    closeMeeting(meetingId: $meetingId) {
      ...MeetingFields
    }
  }
`);
