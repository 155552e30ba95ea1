import type { Statement } from '../common/sql';
import { participationActive } from '../sharing/need-to-know';

/*
 * The statements of demo-meetings.ts as pure builders. Seed data only: the values are the demo data's,
 * passed through as given, so the parameters are not typed beyond `unknown`.
 */

export function userByEmailQuery(email: unknown): Statement {
  return {
    sql: `SELECT id FROM app_user WHERE email = $1`,
    params: [email],
  };
}

export function insertMeetingQuery(
  regionId: unknown,
  startsAt: unknown,
  endsAt: unknown,
  location: unknown,
  onlineUrl: unknown,
  chairUserId: unknown,
): Statement {
  return {
    sql: `INSERT INTO meeting (region_id, starts_at, ends_at, location, online_url, chair_user_id)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    params: [regionId, startsAt, endsAt, location, onlineUrl, chairUserId],
  };
}

export function insertMeetingItemQuery(
  regionId: unknown,
  meetingId: unknown,
  reference: unknown,
  startsAt: unknown,
  endsAt: unknown,
): Statement {
  return {
    sql: `INSERT INTO meeting_item (region_id, meeting_id, case_id, starts_at, ends_at)
       SELECT $1, $2, c.id, $4, $5 FROM case_file c WHERE c.region_id = $1 AND c.reference = $3
       RETURNING id`,
    params: [regionId, meetingId, reference, startsAt, endsAt],
  };
}

export function insertMeetingItemInviteeQuery(itemId: unknown, regionId: unknown): Statement {
  return {
    sql: `INSERT INTO meeting_item_invitee (item_id, region_id, agency_id)
       SELECT $1, $2, p.agency_id FROM case_participant p
        WHERE p.case_id = (SELECT case_id FROM meeting_item WHERE id = $1)
          AND ${participationActive('p')}`,
    params: [itemId, regionId],
  };
}
