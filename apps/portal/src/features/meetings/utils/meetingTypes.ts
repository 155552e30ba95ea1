import type { MeetingFieldsFragment } from '../../../gql/graphql';

export type Meeting = MeetingFieldsFragment;
export type AgendaEntry = Meeting['agenda'][number];
export type MeetingItem = NonNullable<AgendaEntry['item']>;

export const calendarUrl = (meetingId: string) =>
  `/meetings/${encodeURIComponent(meetingId)}/calendar.ics`;
export const minutesPdfUrl = (meetingId: string) =>
  `/meetings/${encodeURIComponent(meetingId)}/minutes.pdf`;

/** The agenda position (1-based) of an item, as everyone numbers it, hidden slots included. */
export function agendaNumber(meeting: Meeting, itemId: string): number | null {
  const index = meeting.agenda.findIndex((entry) => entry.item?.id === itemId);
  return index < 0 ? null : index + 1;
}
