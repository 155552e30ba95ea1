import type { Queryable } from '../database/queryable';
import { runStatement as run } from '../database/run-statement';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { MeetingError } from './meeting.error';
import { InputError } from '../common/input.error';
import {
  chairCandidateQuery,
  lockMeetingQuery,
  meetingItemQuery,
  slotClashQuery,
} from './meeting-chair.queries';
import type { MeetingStatus } from './meeting.enums';

export interface LockedMeeting {
  id: string;
  regionId: string;
  chairUserId: string;
  status: MeetingStatus;
  startsAt: Date;
  endsAt: Date;
  currentItemId: string | null;
}

export interface MeetingItemRef {
  id: string;
  meetingId: string;
  caseId: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * Every write to a meeting starts here, inside its transaction: the meeting row is locked (its
 * revision moves on), so writes to one meeting are serialised and its event ids follow commit
 * order. Only the chair writes.
 */
export async function lockAsChair(
  tx: Queryable,
  user: AuthenticatedUser,
  meetingId: string,
  allowed: readonly MeetingStatus[],
): Promise<LockedMeeting> {
  // TypeORM answers UPDATE … RETURNING on PostgreSQL with [rows, affected].
  const [rows] = (await run(tx, lockMeetingQuery(meetingId, user.regionId))) as [
    LockedMeeting[],
    number,
  ];
  const meeting = rows[0];
  if (!meeting) throw InputError.notFound('The meeting');
  if (meeting.chairUserId !== user.id) {
    throw new MeetingError('FORBIDDEN', 'Only the chair of the meeting can change it.');
  }
  if (!allowed.includes(meeting.status)) {
    throw new MeetingError(
      'CONFLICT',
      meeting.status === 'CLOSED'
        ? 'The meeting is closed.'
        : `This cannot be done while the meeting is ${meeting.status}.`,
    );
  }
  return meeting;
}

/** The item (of the caller's region) and its meeting id, before the meeting is locked. */
export async function findItem(
  q: Queryable,
  regionId: string,
  itemId: string,
): Promise<MeetingItemRef> {
  const [item] = (await run(q, meetingItemQuery(itemId, regionId))) as MeetingItemRef[];
  if (!item) throw InputError.notFound('The agenda item');
  return item;
}

/** A slot within the meeting that overlaps no other item. */
export async function assertSlotFree(
  q: Queryable,
  meeting: LockedMeeting,
  slot: { startsAt: Date; endsAt: Date },
  exceptItemId: string | null,
): Promise<void> {
  if (slot.startsAt < meeting.startsAt || slot.endsAt > meeting.endsAt) {
    throw InputError.badInput('startsAt', 'The item must lie within the meeting.');
  }
  const clash = (await run(q, slotClashQuery(meeting.id, exceptItemId, slot))) as unknown[];
  if (clash.length > 0) {
    throw InputError.badInput('startsAt', 'The item overlaps another item of the meeting.');
  }
}

/** An active procesregisseur of the region. */
export async function assertChairCandidate(
  q: Queryable,
  regionId: string,
  userId: string,
): Promise<void> {
  const rows = (await run(q, chairCandidateQuery(userId, regionId))) as unknown[];
  if (rows.length === 0) {
    throw InputError.badInput('chairUserId', 'The chair must be a procesregisseur of the region.');
  }
}
