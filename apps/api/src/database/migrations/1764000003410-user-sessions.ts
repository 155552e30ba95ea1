import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A record per session (issue 15 item 7, ADR 0018): the list of one's active sessions with
 * device (user agent), address, start and last activity, "end this session" and "log out
 * everywhere". The record informs; it does not admit: a session is still checked by its signed
 * token, `revoked_session` and the user's session generation (session.queries.ts), so ending one
 * goes through those (and their NOTIFY triggers reach the session cache and live sockets).
 * `last_seen_at` is written at most once a minute per session.
 */
export class UserSessions1764000003410 implements MigrationInterface {
  name = 'UserSessions1764000003410';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        generation integer NOT NULL,
        method text NOT NULL CHECK (method ~ '^[a-z0-9+_.-]{1,40}$'),
        user_agent text CHECK (length(user_agent) <= 500),
        origin_address text CHECK (length(origin_address) <= 100),
        started_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        -- The absolute maximum (login + SESSION_MAX_HOURS): the row is of no use after it.
        expires_at timestamptz NOT NULL,
        ended_at timestamptz,
        ended_reason text CHECK (ended_reason IN ('logout', 'ended', 'ended_all', 'password_changed')),
        CHECK ((ended_at IS NULL) = (ended_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX user_session_user_idx ON user_session (user_id, started_at DESC)`);
    await q.query(`CREATE INDEX user_session_expires_idx ON user_session (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE user_session`);
  }
}
