import type { Statement } from '../common/sql';

/*
 * The statements of meeting mode (meeting-mode.service.ts holds the checks): each runs inside
 * the transaction that locked the meeting as its chair.
 */

export function startMeetingQuery(meetingId: string): Statement {
  return {
    sql: `UPDATE meeting SET status = 'IN_PROGRESS', started_at = now() WHERE id = $1`,
    params: [meetingId],
  };
}

/** Opens the item of this meeting (changes no row when it is not on the agenda). */
export function openItemQuery(itemId: string, meetingId: string): Statement {
  return {
    sql: `UPDATE meeting_item SET opened_at = coalesce(opened_at, now()), status = 'DISCUSSED'
            WHERE id = $1 AND meeting_id = $2`,
    params: [itemId, meetingId],
  };
}

export function setCurrentItemQuery(meetingId: string, itemId: string | null): Statement {
  return {
    sql: `UPDATE meeting SET current_item_id = $2 WHERE id = $1`,
    params: [meetingId, itemId],
  };
}

/** Whether the agency is invited to the item. */
export function itemInviteeQuery(itemId: string, agencyId: string): Statement {
  return {
    sql: `SELECT 1 FROM meeting_item_invitee WHERE item_id = $1 AND agency_id = $2`,
    params: [itemId, agencyId],
  };
}

export function recordAttendanceQuery(a: {
  itemId: string;
  regionId: string;
  agencyId: string;
  present: boolean;
  userId: string;
}): Statement {
  return {
    sql: `INSERT INTO meeting_item_attendance (item_id, region_id, agency_id, present,
                                              recorded_by_user_id)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (item_id, agency_id) DO UPDATE
           SET present = EXCLUDED.present, recorded_by_user_id = EXCLUDED.recorded_by_user_id,
               recorded_at = now()`,
    params: [a.itemId, a.regionId, a.agencyId, a.present, a.userId],
  };
}

/**
 * Saves what is given (undefined keeps the stored minutes or decisions) at this revision;
 * changes no row when the revision is stale.
 */
export function saveMinutesQuery(m: {
  itemId: string;
  revision: number;
  minutes: string | null | undefined;
  decisions: string | null | undefined;
  userId: string;
}): Statement {
  return {
    sql: `UPDATE meeting_item
            SET minutes = CASE WHEN $3 THEN $4 ELSE minutes END,
                decisions = CASE WHEN $5 THEN $6 ELSE decisions END,
                status = 'DISCUSSED', minutes_updated_at = now(),
                minutes_updated_by_user_id = $7, revision = revision + 1
          WHERE id = $1 AND revision = $2`,
    params: [
      m.itemId,
      m.revision,
      m.minutes !== undefined,
      m.minutes ?? null,
      m.decisions !== undefined,
      m.decisions ?? null,
      m.userId,
    ],
  };
}

export function closeMeetingQuery(meetingId: string): Statement {
  return {
    sql: `UPDATE meeting SET status = 'CLOSED', closed_at = now(), current_item_id = NULL
          WHERE id = $1`,
    params: [meetingId],
  };
}

/** The cases discussed in the meeting, for their timelines. */
export function discussedCasesQuery(meetingId: string): Statement {
  return {
    sql: `SELECT i.case_id AS "caseId", c.reference
           FROM meeting_item i JOIN case_file c ON c.id = i.case_id
          WHERE i.meeting_id = $1 AND i.status = 'DISCUSSED'`,
    params: [meetingId],
  };
}
