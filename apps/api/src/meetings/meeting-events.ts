import type { Queryable } from '../database/queryable';
import type { MeetingEventKind } from './meeting.enums';

/** The PostgreSQL channel every API instance LISTENs on (see apps/api/src/live/). */
export const LIVE_CHANNEL = 'schakel_live';

/** What a notification carries: ids only, never content. */
export interface LiveSignal {
  meetingId: string;
  eventId: string;
}

/**
 * Appends a change to the meeting's log and signals it to every instance. pg_notify inside the
 * writing transaction is delivered only on commit; the caller must hold the meeting row lock
 * (see `MeetingChair.lock`), so a meeting's event ids increase in commit order.
 */
export async function appendMeetingEvent(
  tx: Queryable,
  e: { regionId: string; meetingId: string; itemId: string | null; kind: MeetingEventKind },
): Promise<string> {
  const [row] = await tx.query<{ id: string }[]>(
    `WITH e AS (
       INSERT INTO meeting_event (region_id, meeting_id, item_id, kind) VALUES ($1, $2, $3, $4)
       RETURNING id, meeting_id)
     SELECT e.id::text AS id,
            pg_notify('${LIVE_CHANNEL}', json_build_object('meetingId', e.meeting_id,
              'eventId', e.id::text)::text) AS notified
       FROM e`,
    [e.regionId, e.meetingId, e.itemId, e.kind],
  );
  return row!.id;
}
