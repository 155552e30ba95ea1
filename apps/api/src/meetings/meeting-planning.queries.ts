import type { Statement } from '../common/sql';

/*
 * The statements of the meeting planner (meeting-planning.service.ts holds the checks): the
 * meeting, its agenda items and their invitees.
 */

export function insertMeetingQuery(m: {
  regionId: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  chairUserId: string;
}): Statement {
  return {
    sql: `INSERT INTO meeting (region_id, starts_at, ends_at, location, online_url, chair_user_id)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    params: [m.regionId, m.startsAt, m.endsAt, m.location, m.onlineUrl, m.chairUserId],
  };
}

/** An item of the meeting that would fall outside the slot (one row at most). */
export function itemOutsideSlotQuery(
  meetingId: string,
  slot: { startsAt: Date; endsAt: Date },
): Statement {
  return {
    sql: `SELECT 1 FROM meeting_item WHERE meeting_id = $1 AND (starts_at < $2 OR ends_at > $3)
          LIMIT 1`,
    params: [meetingId, slot.startsAt, slot.endsAt],
  };
}

/**
 * Moves the meeting and changes what is given (undefined keeps location and link, null keeps
 * the chair); returns whether it can still be reached (a location or a link).
 */
export function updateMeetingQuery(m: {
  meetingId: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null | undefined;
  onlineUrl: string | null | undefined;
  chairUserId: string | null;
}): Statement {
  return {
    sql: `UPDATE meeting SET starts_at = $2, ends_at = $3,
                location = CASE WHEN $4 THEN $5 ELSE location END,
                online_url = CASE WHEN $6 THEN $7 ELSE online_url END,
                chair_user_id = coalesce($8, chair_user_id)
          WHERE id = $1
          RETURNING location IS NOT NULL OR online_url IS NOT NULL AS reachable`,
    params: [
      m.meetingId,
      m.startsAt,
      m.endsAt,
      m.location !== undefined,
      m.location ?? null,
      m.onlineUrl !== undefined,
      m.onlineUrl ?? null,
      m.chairUserId,
    ],
  };
}

/** Whether the case is on the meeting's agenda. */
export function caseOnAgendaQuery(meetingId: string, caseId: string): Statement {
  return {
    sql: `SELECT 1 FROM meeting_item WHERE meeting_id = $1 AND case_id = $2`,
    params: [meetingId, caseId],
  };
}

export function insertMeetingItemQuery(i: {
  regionId: string;
  meetingId: string;
  caseId: string;
  startsAt: Date;
  endsAt: Date;
}): Statement {
  return {
    sql: `INSERT INTO meeting_item (region_id, meeting_id, case_id, starts_at, ends_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    params: [i.regionId, i.meetingId, i.caseId, i.startsAt, i.endsAt],
  };
}

export function moveMeetingItemQuery(
  itemId: string,
  slot: { startsAt: Date; endsAt: Date },
): Statement {
  return {
    sql: `UPDATE meeting_item SET starts_at = $2, ends_at = $3 WHERE id = $1`,
    params: [itemId, slot.startsAt, slot.endsAt],
  };
}

/** Withdraws the invitation of every agency not in `agencyIds`. */
export function uninviteOthersQuery(itemId: string, agencyIds: readonly string[]): Statement {
  return {
    sql: `DELETE FROM meeting_item_invitee WHERE item_id = $1 AND NOT agency_id = ANY($2::uuid[])`,
    params: [itemId, agencyIds],
  };
}

export function deleteMeetingItemQuery(itemId: string): Statement {
  return { sql: `DELETE FROM meeting_item WHERE id = $1`, params: [itemId] };
}

/** Invites the agencies not yet invited; returns the ones added. */
export function inviteAgenciesQuery(
  itemId: string,
  regionId: string,
  agencyIds: readonly string[],
): Statement {
  return {
    sql: `INSERT INTO meeting_item_invitee (item_id, region_id, agency_id)
       SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT DO NOTHING RETURNING agency_id AS "agencyId"`,
    params: [itemId, regionId, agencyIds],
  };
}

export function caseReferenceQuery(caseId: string): Statement {
  return { sql: `SELECT reference FROM case_file WHERE id = $1`, params: [caseId] };
}
