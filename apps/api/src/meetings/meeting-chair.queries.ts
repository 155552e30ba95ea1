import type { Statement } from '../common/sql';

/*
 * The statements every meeting write starts with (meeting-chair.ts holds the checks).
 */

/** Locks the meeting row by moving its revision on, and returns what the checks need. */
export function lockMeetingQuery(meetingId: string, regionId: string): Statement {
  return {
    sql: `UPDATE meeting SET revision = revision + 1 WHERE id = $1 AND region_id = $2
     RETURNING id, region_id AS "regionId", chair_user_id AS "chairUserId", status,
               starts_at AS "startsAt", ends_at AS "endsAt", current_item_id AS "currentItemId"`,
    params: [meetingId, regionId],
  };
}

/** The item of the region and its meeting. */
export function meetingItemQuery(itemId: string, regionId: string): Statement {
  return {
    sql: `SELECT id, meeting_id AS "meetingId", case_id AS "caseId", starts_at AS "startsAt",
            ends_at AS "endsAt"
       FROM meeting_item WHERE id = $1 AND region_id = $2`,
    params: [itemId, regionId],
  };
}

/** Another item of the meeting that overlaps the slot (one row at most). */
export function slotClashQuery(
  meetingId: string,
  exceptItemId: string | null,
  slot: { startsAt: Date; endsAt: Date },
): Statement {
  return {
    sql: `SELECT 1 FROM meeting_item WHERE meeting_id = $1 AND id IS DISTINCT FROM $2::uuid
        AND starts_at < $4 AND ends_at > $3 LIMIT 1`,
    params: [meetingId, exceptItemId, slot.startsAt, slot.endsAt],
  };
}

/** The user when an active procesregisseur of the region. */
export function chairCandidateQuery(userId: string, regionId: string): Statement {
  return {
    sql: `SELECT 1 FROM app_user u JOIN agency a ON a.id = u.agency_id
      WHERE u.id = $1 AND a.region_id = $2 AND u.active AND 'PROCESREGISSEUR' = ANY(u.roles)`,
    params: [userId, regionId],
  };
}
