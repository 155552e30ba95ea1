import { fromAmsterdam } from './amsterdamTime';

/*
 * The API's rules for a meeting and an agenda item (apps/api/src/meetings/meeting-validation.ts),
 * checked before sending so every problem shows at once, next to its field.
 */

export type MeetingProblem =
  | 'REQUIRED'
  | 'DATE'
  | 'TIME'
  | 'END_BEFORE_START'
  | 'PLACE_REQUIRED'
  | 'LOCATION_LENGTH'
  | 'URL'
  | 'OUTSIDE_MEETING'
  | 'NO_INVITEES'
  | 'INVALID';

// In the order of the forms, so the first problem is the first field on screen.
export const MEETING_FIELDS = ['date', 'startTime', 'endTime', 'location', 'onlineUrl'] as const;
export type MeetingField = (typeof MEETING_FIELDS)[number];
export type MeetingValues = Record<MeetingField, string>;
export type MeetingProblems = Partial<Record<MeetingField, MeetingProblem>>;

export const EMPTY_MEETING: MeetingValues = {
  date: '',
  startTime: '',
  endTime: '',
  location: '',
  onlineUrl: '',
};

export const ITEM_FIELDS = ['caseId', 'startTime', 'endTime', 'invitedAgencyIds'] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];
export interface ItemValues {
  caseId: string;
  startTime: string;
  endTime: string;
  invitedAgencyIds: string[];
}
export type ItemProblems = Partial<Record<ItemField, MeetingProblem>>;

export function isHttpsUrl(value: string): boolean {
  const text = value.trim();
  if (/\s/.test(text) || text.length > 500) return false;
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

function checkSlot(
  date: string,
  startTime: string,
  endTime: string,
  problems: { startTime?: MeetingProblem; endTime?: MeetingProblem },
): { startsAt: Date; endsAt: Date } | null {
  if (startTime.trim() === '') problems.startTime = 'REQUIRED';
  if (endTime.trim() === '') problems.endTime = 'REQUIRED';
  if (problems.startTime || problems.endTime) return null;
  const startsAt = fromAmsterdam(date, startTime);
  const endsAt = fromAmsterdam(date, endTime);
  if (!startsAt) problems.startTime = 'TIME';
  if (!endsAt) problems.endTime = 'TIME';
  if (!startsAt || !endsAt) return null;
  if (endsAt <= startsAt) {
    problems.endTime = 'END_BEFORE_START';
    return null;
  }
  return { startsAt, endsAt };
}

/** A meeting: a day, a slot within it, and a place or an https link (or both). */
export function checkMeeting(values: MeetingValues): {
  problems: MeetingProblems;
  slot: { startsAt: Date; endsAt: Date } | null;
} {
  const problems: MeetingProblems = {};
  let slot = null;
  if (values.date.trim() === '') problems.date = 'REQUIRED';
  else if (!fromAmsterdam(values.date, '12:00')) problems.date = 'DATE';
  if (!problems.date) slot = checkSlot(values.date, values.startTime, values.endTime, problems);
  else {
    if (values.startTime.trim() === '') problems.startTime = 'REQUIRED';
    if (values.endTime.trim() === '') problems.endTime = 'REQUIRED';
  }
  const location = [...values.location.trim()].length;
  const link = values.onlineUrl.trim();
  if (location === 0 && link === '') problems.location = 'PLACE_REQUIRED';
  else if (location > 0 && (location < 2 || location > 200)) problems.location = 'LOCATION_LENGTH';
  if (link !== '' && !isHttpsUrl(link)) problems.onlineUrl = 'URL';
  return { problems, slot };
}

/** An agenda item: a case, a slot on the meeting's day within the meeting, and invitees. */
export function checkItem(
  values: ItemValues,
  meeting: { date: string; startsAt: string; endsAt: string },
): { problems: ItemProblems; slot: { startsAt: Date; endsAt: Date } | null } {
  const problems: ItemProblems = {};
  if (values.caseId === '') problems.caseId = 'REQUIRED';
  let slot = checkSlot(meeting.date, values.startTime, values.endTime, problems);
  if (
    slot &&
    (slot.startsAt < new Date(meeting.startsAt) || slot.endsAt > new Date(meeting.endsAt))
  ) {
    problems.startTime = 'OUTSIDE_MEETING';
    slot = null;
  }
  if (values.caseId !== '' && values.invitedAgencyIds.length === 0) {
    problems.invitedAgencyIds = 'NO_INVITEES';
  }
  return { problems, slot };
}

export function firstProblem<F extends string>(
  fields: readonly F[],
  problems: Partial<Record<F, MeetingProblem>>,
): F | null {
  return fields.find((field) => problems[field]) ?? null;
}
