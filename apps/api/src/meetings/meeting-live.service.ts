import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Caller } from '../auth/caller';
import { SessionAuthenticator } from '../auth/session-authenticator';
import { runStatement } from '../database/run-statement';
import { LivePubSub } from '../live/live-pubsub.service';
import { SharedReads } from '../live/shared-reads';
import { InputError } from '../common/input.error';
import {
  isDatabaseUnavailable,
  ServiceUnavailableError,
  unavailableDetail,
} from '../common/database-unavailable';
import { JsonLogger } from '../observability/json-logger';
import { outsideRequestContext } from '../observability/request-context';
import { uuidArg } from '../common/validate';
import { meetingEventsAfterQuery } from './meeting-events.queries';
import { ITEM_CONTENT_EVENTS, type MeetingEventKind } from './meeting.enums';
import type { MeetingUpdateModel } from './meeting.model';
import { MeetingService } from './meeting.service';

/** How often an idle stream re-checks the session (revoked, disabled, expired). */
export const SESSION_RECHECK_MS = 60_000;
/**
 * A stream whose reads fail because the database cannot be reached waits and tries again (a
 * database error is not a revoked session): after 1, 2, 4 … at most 15 s, for at most this long.
 * Then it ends with SERVICE_UNAVAILABLE and the portal resubscribes (with afterEventId) later.
 */
export const LIVE_OUTAGE_LIMIT_MS = 10 * 60_000;
const BATCH = 100;

/** The wait before the next try of a stream that failed `attempt` times in a row, or null: stop. */
export function outageRetryDelay(
  attempt: number,
  outageMs: number,
  limitMs = LIVE_OUTAGE_LIMIT_MS,
): number | null {
  if (outageMs >= limitMs) return null;
  return Math.min(15_000, 1000 * 2 ** Math.min(attempt, 4), limitMs - outageMs);
}

interface EventRow {
  id: string;
  itemId: string | null;
  kind: MeetingEventKind;
}

/**
 * The `meetingUpdates` stream of one subscriber. Signals only wake it; it reads the meeting's
 * log after the last event it handled, so replay (afterEventId) and live events form one
 * sequence without gaps or duplicates. Each event is re-read through the subscriber's own,
 * freshly loaded session and policy: a revoked session or lost access ends the stream; a
 * database that cannot be reached does not (see retryLater).
 */
class MeetingUpdateStream implements AsyncIterableIterator<MeetingUpdateModel> {
  private closed = false;
  private wake: (() => void) | null = null;
  private signalled = true;
  private readonly unlisten: () => void;
  private readonly timer: NodeJS.Timeout;
  private pending: MeetingUpdateModel[] = [];
  /** While the database cannot be reached: since when, how many tries failed, the next try. */
  private outage: { since: number; attempts: number; retry: NodeJS.Timeout | null } | null = null;

  constructor(
    private readonly deps: MeetingLiveService,
    private user: Caller,
    private readonly meetingId: string,
    private lastId: bigint,
  ) {
    this.unlisten = deps.pubsub.listen(meetingId, () => this.signal());
    this.timer = setInterval(() => this.signal(), deps.sessionRecheckMs);
    this.timer.unref();
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  async next(): Promise<IteratorResult<MeetingUpdateModel>> {
    while (!this.closed) {
      const ready = this.pending.shift();
      if (ready) return { value: ready, done: false };
      if (!this.signalled) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        continue;
      }
      this.signalled = false;
      try {
        await this.pull();
        this.recovered();
      } catch (error) {
        if (this.closed || !isDatabaseUnavailable(error)) throw error;
        this.retryLater(error);
      }
    }
    return { value: undefined, done: true };
  }

  return(): Promise<IteratorResult<MeetingUpdateModel>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  private signal(): void {
    this.signalled = true;
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.unlisten();
    clearInterval(this.timer);
    if (this.outage?.retry) clearTimeout(this.outage.retry);
    this.signal();
  }

  /**
   * The database could not be reached: keep the stream and try again after a pause (a signal,
   * e.g. the live listener reconnecting, tries at once); end it only after LIVE_OUTAGE_LIMIT_MS.
   */
  private retryLater(error: unknown): void {
    const now = Date.now();
    const outage = this.outage ?? { since: now, attempts: 0, retry: null };
    this.outage = outage;
    const delay = outageRetryDelay(outage.attempts, now - outage.since);
    outage.attempts += 1;
    // The stream outlives the request that opened it: its lines carry no request id.
    outsideRequestContext(() => {
      if (outage.attempts === 1 || delay === null) {
        this.deps.logger.event('warn', 'live stream waits for the database', {
          meetingId: this.meetingId,
          ...unavailableDetail(error),
          ...(delay === null ? { endedAfterMs: now - outage.since } : {}),
        });
      }
    });
    if (delay === null) {
      this.close();
      throw new ServiceUnavailableError();
    }
    if (outage.retry) clearTimeout(outage.retry);
    outage.retry = setTimeout(() => this.signal(), delay);
    outage.retry.unref();
  }

  private recovered(): void {
    const outage = this.outage;
    if (!outage) return;
    this.outage = null;
    if (outage.retry) clearTimeout(outage.retry);
    outsideRequestContext(() =>
      this.deps.logger.event('info', 'live stream resumed', {
        meetingId: this.meetingId,
        afterMs: Date.now() - outage.since,
      }),
    );
  }

  /**
   * Re-checks the session, then turns new log entries into this subscriber's updates. The reads
   * are shared (see MeetingLiveService.shared): subscriptions of one session share the session
   * check and the meeting as that session sees it, and everyone shares the log entries.
   */
  private async pull(): Promise<void> {
    const { shared, pubsub } = this.deps;
    const generation = pubsub.generation(this.meetingId);
    const session = `${this.user.id}|${this.user.session.sid}|${generation}`;
    const current = this.user;
    const fresh = await shared.share(`session|${session}`, () => this.deps.reauthenticate(current));
    if (!fresh) return this.close();
    this.user = fresh;
    const after = this.lastId.toString();
    const events = await shared.share(
      `events|${this.meetingId}|${after}|${generation}`,
      () =>
        runStatement(
          this.deps.db,
          meetingEventsAfterQuery(this.meetingId, after, BATCH),
        ) as Promise<EventRow[]>,
    );
    if (events.length === BATCH) this.signalled = true;
    if (events.length === 0) return;
    // The subscriber's view now, through their own policy.
    const meeting = await shared.share(`meeting|${this.meetingId}|${session}`, () =>
      this.deps.meetings.meetingOrNull(fresh, this.meetingId),
    );
    if (!meeting) return this.close();
    for (const event of events) {
      this.lastId = BigInt(event.id);
      const seen =
        event.itemId !== null && meeting.agenda.some((entry) => entry.item?.id === event.itemId);
      if (!seen && event.itemId !== null && ITEM_CONTENT_EVENTS.includes(event.kind)) continue;
      this.pending.push({
        eventId: event.id,
        kind: event.kind,
        itemId: seen ? event.itemId : null,
        meeting,
      });
    }
  }
}

@Injectable()
export class MeetingLiveService {
  /** SESSION_RECHECK_MS; integration tests shorten it to see a re-check during an outage. */
  sessionRecheckMs = SESSION_RECHECK_MS;

  constructor(
    @InjectDataSource() readonly db: DataSource,
    readonly pubsub: LivePubSub,
    readonly meetings: MeetingService,
    @Inject(SharedReads) readonly shared: SharedReads,
    private readonly sessions: SessionAuthenticator,
    @Inject(JsonLogger) readonly logger: JsonLogger,
  ) {}

  /**
   * Checked before the stream starts: the meeting must be visible to the caller. Without
   * `afterEventId` the stream starts after the newest event; with it, it first replays.
   */
  async updates(
    user: Caller,
    meetingIdArg: string,
    afterEventId: string | null | undefined,
  ): Promise<AsyncIterableIterator<MeetingUpdateModel>> {
    const meetingId = uuidArg(meetingIdArg, 'meetingId');
    if (afterEventId != null && !/^\d{1,18}$/.test(afterEventId)) {
      throw InputError.badInput('afterEventId', 'afterEventId is not an event id.');
    }
    const meeting = await this.meetings.meetingOrNull(user, meetingId);
    if (!meeting) throw InputError.notFound('The meeting');
    const start = afterEventId ?? meeting.lastEventId ?? '0';
    return new MeetingUpdateStream(this, user, meetingId, BigInt(start));
  }

  /** A new caller for the same session (a fresh policy), or null when the session ended. */
  reauthenticate(user: AuthenticatedUser): Promise<Caller | null> {
    // With the policy context: the meeting is then read without loading it again.
    return this.sessions.recheck(user.session, { withPolicyContext: true });
  }
}
