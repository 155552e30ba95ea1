import type { Statement } from '../common/sql';

/** The sign-in statements of `AuthService` as pure builders (the session check: session.query.ts). */

/** A new password ends every earlier session: the generation moves on. */
export function changePasswordQuery(userId: string, passwordHash: string): Statement {
  return {
    sql: `UPDATE app_user
          SET password_hash = $1, session_generation = session_generation + 1, updated_at = now()
        WHERE id = $2
      RETURNING session_generation AS "generation"`,
    params: [passwordHash, userId],
  };
}

/** Revokes one session until its token would have expired anyway (`expiresAt`: epoch seconds). */
export function revokeSessionQuery(sessionId: string, expiresAt: number): Statement {
  return {
    sql: `INSERT INTO revoked_session (session_id, expires_at) VALUES ($1, to_timestamp($2))
       ON CONFLICT (session_id) DO NOTHING`,
    params: [sessionId, expiresAt],
  };
}
