import type { Queryable } from '../database/queryable';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { SharingError } from '../sharing/sharing.error';
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
  const [rows] = await tx.query<[LockedMeeting[], number]>(
    `UPDATE meeting SET revision = revision + 1 WHERE id = $1 AND region_id = $2
     RETURNING id, region_id AS "regionId", chair_user_id AS "chairUserId", status,
               starts_at AS "startsAt", ends_at AS "endsAt", current_item_id AS "currentItemId"`,
    [meetingId, user.regionId],
  );
  const meeting = rows[0];
  if (!meeting) throw SharingError.notFound('The meeting');
  if (meeting.chairUserId !== user.id) {
    throw new SharingError('FORBIDDEN', 'Only the chair of the meeting can change it.');
  }
  if (!allowed.includes(meeting.status)) {
    throw new SharingError(
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
  const [item] = await q.query<MeetingItemRef[]>(
    `SELECT id, meeting_id AS "meetingId", case_id AS "caseId", starts_at AS "startsAt",
            ends_at AS "endsAt"
       FROM meeting_item WHERE id = $1 AND region_id = $2`,
    [itemId, regionId],
  );
  if (!item) throw SharingError.notFound('The agenda item');
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
    throw SharingError.badInput('startsAt', 'The item must lie within the meeting.');
  }
  const clash = await q.query<unknown[]>(
    `SELECT 1 FROM meeting_item WHERE meeting_id = $1 AND id IS DISTINCT FROM $2::uuid
        AND starts_at < $4 AND ends_at > $3 LIMIT 1`,
    [meeting.id, exceptItemId, slot.startsAt, slot.endsAt],
  );
  if (clash.length > 0) {
    throw SharingError.badInput('startsAt', 'The item overlaps another item of the meeting.');
  }
}

/** An active procesregisseur of the region. */
export async function assertChairCandidate(
  q: Queryable,
  regionId: string,
  userId: string,
): Promise<void> {
  const rows = await q.query<unknown[]>(
    `SELECT 1 FROM app_user u JOIN agency a ON a.id = u.agency_id
      WHERE u.id = $1 AND a.region_id = $2 AND u.active AND 'PROCESREGISSEUR' = ANY(u.roles)`,
    [userId, regionId],
  );
  if (rows.length === 0) {
    throw SharingError.badInput(
      'chairUserId',
      'The chair must be a procesregisseur of the region.',
    );
  }
}
