import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { auditActor } from '../audit/audit.service';
import { SecurityEvents } from '../audit/security-events.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Queryable } from '../database/queryable';
import { runStatement } from '../database/run-statement';
import { JsonLogger } from '../observability/json-logger';
import { currentRequestContext, detachedFromRequests } from '../observability/request-context';
import type { AuthenticatedUser } from './authenticated-user';
import { InputError } from '../common/input.error';
import type { SessionClaims } from './session-token.service';
import {
  activeUserSessionsQuery,
  closeSessionsForPasswordChangeQuery,
  closeUserSessionQuery,
  endAllUserSessionsQuery,
  endUserSessionQuery,
  insertUserSessionQuery,
  touchUserSessionQuery,
} from './user-session.queries';

export interface ActiveSession {
  id: string;
  method: string;
  userAgent: string | null;
  originAddress: string | null;
  startedAt: Date;
  lastSeenAt: Date;
}

/** How often a session's last activity is written, at most. */
const TOUCH_EVERY_MS = 60_000;
/** Sessions whose last write this process remembers (the oldest forgotten first). */
const MAX_TOUCHED = 20_000;

/** Listeners told at once when sessions of this process's users end (the live sockets). */
export type SessionsEnded = (userId: string, sessionIds: readonly string[] | 'all') => void;

/**
 * The records of sessions (migration 1764000003410): written when a session starts, their last
 * activity at most once a minute, listed for their owner, ended one by one or all at once. Ending
 * goes through the session check's own sources (`revoked_session`, the session generation), so
 * the next request of an ended session fails in every process, and this process's live sockets
 * of it close at once (`onEnded`); other processes' sockets close on the NOTIFY (live module).
 */
@Injectable()
export class UserSessionsService {
  private readonly touched = new Map<string, number>();
  private readonly listeners: SessionsEnded[] = [];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
    private readonly security: SecurityEvents,
  ) {}

  /** Called when sessions end through this process (the live socket service closes them). */
  onEnded(listener: SessionsEnded): void {
    this.listeners.push(listener);
  }

  private ended(userId: string, sessionIds: readonly string[] | 'all'): void {
    for (const listener of this.listeners) listener(userId, sessionIds);
  }

  /** The record of a session just issued, with the request's user agent and address. */
  async started(claims: SessionClaims, method: string, q: Queryable = this.db): Promise<void> {
    const context = currentRequestContext();
    await runStatement(
      q,
      insertUserSessionQuery({
        id: claims.sid,
        userId: claims.sub,
        generation: claims.gen,
        method,
        userAgent: context?.userAgent?.slice(0, 500) ?? null,
        originAddress: context?.address?.slice(0, 100) ?? null,
        expiresAt: claims.auth + this.config.sessionMaxSeconds,
      }),
    );
    this.touched.set(claims.sid, Date.now());
  }

  /**
   * A request of this session was served: its last activity is written if this process has not
   * written it in the last minute (the statement also skips it if another process did). Not
   * awaited: an answer never waits for it, and a failure only leaves "last seen" older.
   * Returns whether it was written (for tests).
   */
  seen(sessionId: string): boolean {
    const now = Date.now();
    const last = this.touched.get(sessionId);
    if (last !== undefined && now - last < TOUCH_EVERY_MS) return false;
    this.touched.delete(sessionId);
    if (this.touched.size >= MAX_TOUCHED) {
      const oldest = this.touched.keys().next();
      if (!oldest.done) this.touched.delete(oldest.value);
    }
    this.touched.set(sessionId, now);
    detachedFromRequests(() => {
      runStatement(this.db, touchUserSessionQuery(sessionId)).catch((error: unknown) =>
        this.logger.event('warn', 'session last activity not written', {
          error: error instanceof Error ? error.message : String(error),
        }),
      );
    })();
    return true;
  }

  /** The caller's sessions that may still be in use, the most recently active first. */
  async list(user: AuthenticatedUser): Promise<ActiveSession[]> {
    return (await runStatement(
      this.db,
      activeUserSessionsQuery(user.id, this.config.sessionIdleSeconds),
    )) as ActiveSession[];
  }

  /**
   * Ends one of the caller's own sessions ("end this session"): its next request fails, its live
   * sockets close. NOT_FOUND for a session that is not theirs or has ended (no oracle for
   * another user's session ids). In the trail as `session.ended`, with the change.
   */
  async end(user: AuthenticatedUser, sessionId: string): Promise<void> {
    const done = await this.db.transaction(async (tx) => {
      const rows = (await runStatement(
        tx,
        endUserSessionQuery(
          user.id,
          sessionId,
          sessionId === user.session.sid ? 'logout' : 'ended',
        ),
      )) as { id: string }[];
      if (rows.length === 0) return false;
      await this.security.record(
        {
          kind: sessionId === user.session.sid ? 'logout' : 'session.ended',
          userId: user.id,
          regionId: user.regionId,
          result: 'ALLOWED',
          actor: auditActor(user),
          record: { type: 'session', id: sessionId },
          detail: { before: { endedBy: user.session.sid } },
        },
        tx,
      );
      return true;
    });
    if (!done) throw InputError.notFound('The session');
    this.ended(user.id, [sessionId]);
  }

  /**
   * "Log out everywhere": every session of the caller ends, this one included; in the trail as
   * `session.ended_all` with the number of sessions ended.
   */
  async endAll(user: AuthenticatedUser): Promise<number> {
    const count = await this.db.transaction(async (tx) => {
      // An UPDATE answers [rows, count] through TypeORM.
      const [rows] = (await runStatement(tx, endAllUserSessionsQuery(user.id))) as [
        { id: string }[],
        number,
      ];
      await this.security.record(
        {
          kind: 'session.ended_all',
          userId: user.id,
          regionId: user.regionId,
          result: 'ALLOWED',
          actor: auditActor(user),
          record: { type: 'session', id: user.session.sid },
          detail: { after: { sessionsEnded: rows.length } },
        },
        tx,
      );
      return rows.length;
    });
    this.ended(user.id, 'all');
    return count;
  }

  /** The record of a session the caller ended by logging out. */
  async loggedOut(sessionId: string): Promise<void> {
    await runStatement(this.db, closeUserSessionQuery(sessionId, 'logout'));
  }

  /** A password change ended every other session (the generation moved on). */
  async passwordChanged(userId: string, keepSessionId: string): Promise<void> {
    await runStatement(this.db, closeSessionsForPasswordChangeQuery(userId, keepSessionId));
    this.ended(userId, 'all');
  }
}
