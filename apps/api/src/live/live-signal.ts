/** The PostgreSQL channel every API instance LISTENs on; writers signal it with pg_notify. */
export const LIVE_CHANNEL = 'schakel_live';

/** What a notification carries: ids only, never content. */
export interface LiveSignal {
  meetingId: string;
  eventId: string;
}
