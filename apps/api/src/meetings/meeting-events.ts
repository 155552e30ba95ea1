import type { Queryable } from '../database/queryable';
import { LIVE_CHANNEL } from '../live/live-signal';
import { runStatement as run } from '../database/run-statement';
import { appendMeetingEventQuery } from './meeting-events.queries';
import type { MeetingEventKind } from './meeting.enums';

/**
 * Appends a change to the meeting's log and signals it to every instance. pg_notify inside the
 * writing transaction is delivered only on commit; the caller must hold the meeting row lock
 * (see `MeetingChair.lock`), so a meeting's event ids increase in commit order.
 */
export async function appendMeetingEvent(
  tx: Queryable,
  e: { regionId: string; meetingId: string; itemId: string | null; kind: MeetingEventKind },
): Promise<string> {
  const [row] = (await run(tx, appendMeetingEventQuery(LIVE_CHANNEL, e))) as { id: string }[];
  return row!.id;
}
