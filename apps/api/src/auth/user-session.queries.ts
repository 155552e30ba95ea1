import type { Statement } from '../common/sql';

/** The statements of the session records (user-sessions.service.ts) as pure builders. */

export interface NewUserSession {
  id: string;
  userId: string;
  generation: number;
  method: string;
  userAgent: string | null;
  originAddress: string | null;
  /** Epoch seconds: the absolute maximum. */
  expiresAt: number;
}

/**
 * The record of a session just started; the user's records that ran out a month ago go with it
 * (they are of no use, and nothing else cleans them).
 */
export function insertUserSessionQuery(s: NewUserSession): Statement {
  return {
    sql: `WITH gone AS (
            DELETE FROM user_session WHERE user_id = $2 AND expires_at < now() - interval '30 days')
          INSERT INTO user_session (id, user_id, generation, method, user_agent, origin_address,
                                    expires_at)
          VALUES ($1, $2, $3, $4, $5, $6, to_timestamp($7))`,
    params: [s.id, s.userId, s.generation, s.method, s.userAgent, s.originAddress, s.expiresAt],
  };
}

/** Last activity, written at most once a minute whatever the number of processes. */
export function touchUserSessionQuery(sessionId: string): Statement {
  return {
    sql: `UPDATE user_session SET last_seen_at = now()
           WHERE id = $1 AND ended_at IS NULL AND last_seen_at < now() - interval '60 seconds'`,
    params: [sessionId],
  };
}

/**
 * A user's sessions that may still be in use: not ended, not revoked, of the current generation,
 * within the absolute maximum and active within the idle window (plus the minute `last_seen_at`
 * may lag).
 */
export function activeUserSessionsQuery(userId: string, idleSeconds: number): Statement {
  return {
    sql: `SELECT s.id::text AS id, s.method, s.user_agent AS "userAgent",
                 s.origin_address AS "originAddress", s.started_at AS "startedAt",
                 s.last_seen_at AS "lastSeenAt"
            FROM user_session s JOIN app_user u ON u.id = s.user_id
           WHERE s.user_id = $1 AND s.ended_at IS NULL AND u.active
             AND s.generation = u.session_generation
             AND s.expires_at > now()
             AND s.last_seen_at > now() - make_interval(secs => $2::double precision + 60)
             AND NOT EXISTS (SELECT 1 FROM revoked_session r WHERE r.session_id = s.id)
           ORDER BY s.last_seen_at DESC, s.started_at DESC`,
    params: [userId, idleSeconds],
  };
}

/**
 * Ends one of the user's own sessions: revoked until its absolute maximum (the session check
 * refuses it from now on; the trigger tells the session cache and live sockets), record closed.
 * Nothing when the session is not the user's or ended already.
 */
export function endUserSessionQuery(userId: string, sessionId: string, reason: string): Statement {
  return {
    sql: `WITH ended AS (
            UPDATE user_session SET ended_at = now(), ended_reason = $3
             WHERE id = $2 AND user_id = $1 AND ended_at IS NULL
            RETURNING id, expires_at)
          INSERT INTO revoked_session (session_id, expires_at)
          SELECT id, expires_at FROM ended
          ON CONFLICT (session_id) DO NOTHING
          RETURNING session_id::text AS id`,
    params: [userId, sessionId, reason],
  };
}

/** Closes the record of a session ended otherwise (logout: revoked by the caller). */
export function closeUserSessionQuery(sessionId: string, reason: string): Statement {
  return {
    sql: `UPDATE user_session SET ended_at = now(), ended_reason = $2
           WHERE id = $1 AND ended_at IS NULL`,
    params: [sessionId, reason],
  };
}

/**
 * "Log out everywhere": the user's session generation moves on, so every token issued before
 * fails its next check (the trigger on app_user tells the session cache and live sockets), and
 * every open record is closed. Returns the sessions closed.
 */
export function endAllUserSessionsQuery(userId: string): Statement {
  return {
    sql: `WITH bumped AS (
            UPDATE app_user SET session_generation = session_generation + 1, updated_at = now()
             WHERE id = $1 RETURNING id)
          UPDATE user_session SET ended_at = now(), ended_reason = 'ended_all'
           WHERE user_id IN (SELECT id FROM bumped) AND ended_at IS NULL
          RETURNING id::text AS id`,
    params: [userId],
  };
}

/** Closes the records of the sessions a password change ended (all but the new one). */
export function closeSessionsForPasswordChangeQuery(userId: string, keepId: string): Statement {
  return {
    sql: `UPDATE user_session SET ended_at = now(), ended_reason = 'password_changed'
           WHERE user_id = $1 AND id <> $2 AND ended_at IS NULL`,
    params: [userId, keepId],
  };
}
