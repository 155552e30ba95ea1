import type { Statement } from '../common/sql';
import type { MeetingEventKind } from './meeting.enums';

/*
 * The meeting's event log: appended by every write, read by the live subscriptions. Ids only,
 * never content: a subscriber reads the meeting again through their own policy.
 */

/** Appends an event and signals it on `channel`; delivered only when the transaction commits. */
export function appendMeetingEventQuery(
  channel: string,
  e: { regionId: string; meetingId: string; itemId: string | null; kind: MeetingEventKind },
): Statement {
  return {
    sql: `WITH e AS (
       INSERT INTO meeting_event (region_id, meeting_id, item_id, kind) VALUES ($1, $2, $3, $4)
       RETURNING id, meeting_id)
     SELECT e.id::text AS id,
            pg_notify('${channel}', json_build_object('meetingId', e.meeting_id,
              'eventId', e.id::text)::text) AS notified
       FROM e`,
    params: [e.regionId, e.meetingId, e.itemId, e.kind],
  };
}

/** The next `batch` events of the meeting after event `afterId`. */
export function meetingEventsAfterQuery(
  meetingId: string,
  afterId: string,
  batch: number,
): Statement {
  return {
    sql: `SELECT id::text AS id, item_id AS "itemId", kind FROM meeting_event
          WHERE meeting_id = $1 AND id > $2 ORDER BY id LIMIT ${batch}`,
    params: [meetingId, afterId],
  };
}
