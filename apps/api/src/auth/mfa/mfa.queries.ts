import type { Statement } from '../../common/sql';

/** The second factor's statements as pure builders (auth/mfa, ADR 0017). */

/** What an account has enrolled: a confirmed TOTP, recovery codes left, passkeys. */
export function factorSummaryQuery(userId: string): Statement {
  return {
    sql: `SELECT
            EXISTS (SELECT 1 FROM mfa_totp t WHERE t.user_id = $1 AND t.confirmed_at IS NOT NULL) AS "totp",
            (SELECT count(*) FROM mfa_recovery_code r WHERE r.user_id = $1 AND r.used_at IS NULL)::int AS "recoveryCodesLeft",
            (SELECT count(*) FROM webauthn_credential w WHERE w.user_id = $1)::int AS "passkeys"`,
    params: [userId],
  };
}

/** The account's TOTP row (confirmed or awaiting its first code). */
export function totpQuery(userId: string): Statement {
  return {
    sql: `SELECT secret_encrypted AS "secretEncrypted", confirmed_at AS "confirmedAt",
                 last_time_step::text AS "lastTimeStep"
            FROM mfa_totp WHERE user_id = $1`,
    params: [userId],
  };
}

/** A new enrolment replaces one awaiting confirmation, never a confirmed secret. */
export function startTotpQuery(userId: string, secretEncrypted: string): Statement {
  return {
    sql: `INSERT INTO mfa_totp (user_id, secret_encrypted) VALUES ($1, $2)
          ON CONFLICT (user_id) DO UPDATE
             SET secret_encrypted = excluded.secret_encrypted, last_time_step = 0, created_at = now()
           WHERE mfa_totp.confirmed_at IS NULL
          RETURNING user_id`,
    params: [userId, secretEncrypted],
  };
}

/**
 * Accepts a code's time step once: only when it is later than the last accepted one (so two
 * parallel requests with one code cannot both pass), confirming the enrolment when `confirm`.
 */
export function acceptTimeStepQuery(userId: string, timeStep: number, confirm: boolean): Statement {
  return {
    sql: `UPDATE mfa_totp
             SET last_time_step = $2,
                 confirmed_at = CASE WHEN $3 THEN coalesce(confirmed_at, now()) ELSE confirmed_at END
           WHERE user_id = $1 AND last_time_step < $2
             AND (confirmed_at IS NOT NULL OR $3)
          RETURNING user_id`,
    params: [userId, timeStep, confirm],
  };
}

export function deleteTotpQuery(userId: string): Statement {
  return { sql: `DELETE FROM mfa_totp WHERE user_id = $1 RETURNING user_id`, params: [userId] };
}

export function deleteRecoveryCodesQuery(userId: string): Statement {
  return { sql: `DELETE FROM mfa_recovery_code WHERE user_id = $1`, params: [userId] };
}

export function insertRecoveryCodesQuery(userId: string, hashes: string[]): Statement {
  return {
    sql: `INSERT INTO mfa_recovery_code (user_id, code_hash) SELECT $1, unnest($2::text[])`,
    params: [userId, hashes],
  };
}

/** Uses a recovery code: once only, whatever runs in parallel. */
export function useRecoveryCodeQuery(userId: string, hash: string): Statement {
  return {
    sql: `UPDATE mfa_recovery_code SET used_at = now()
           WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL
          RETURNING user_id`,
    params: [userId, hash],
  };
}

/** The session proved a second factor now (login or step-up). */
export function markSessionVerifiedQuery(sessionId: string, userId: string): Statement {
  return {
    sql: `INSERT INTO mfa_session (session_id, user_id) VALUES ($1, $2)
          ON CONFLICT (session_id) DO UPDATE SET verified_at = now()
           WHERE mfa_session.user_id = excluded.user_id`,
    params: [sessionId, userId],
  };
}

/** Whether the session proved a second factor within the last `minutes`. */
export function sessionFreshQuery(sessionId: string, userId: string, minutes: number): Statement {
  return {
    sql: `SELECT EXISTS (SELECT 1 FROM mfa_session
                          WHERE session_id = $1 AND user_id = $2
                            AND verified_at > now() - make_interval(mins => $3)) AS "fresh"`,
    params: [sessionId, userId, minutes],
  };
}

/** Sessions older than the longest session carry no value. */
export function deleteOldSessionMarksQuery(maxSeconds: number): Statement {
  return {
    sql: `DELETE FROM mfa_session WHERE verified_at < now() - make_interval(secs => $1)`,
    params: [maxSeconds],
  };
}

export interface PasskeyRow {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export function passkeysQuery(userId: string): Statement {
  return {
    sql: `SELECT id, name, created_at AS "createdAt", last_used_at AS "lastUsedAt"
            FROM webauthn_credential WHERE user_id = $1 ORDER BY created_at, id`,
    params: [userId],
  };
}

export function passkeyCredentialsQuery(userId: string): Statement {
  return {
    sql: `SELECT id, public_key AS "publicKey", sign_count::text AS "signCount", transports
            FROM webauthn_credential WHERE user_id = $1 ORDER BY created_at, id`,
    params: [userId],
  };
}

export function insertPasskeyQuery(input: {
  id: string;
  userId: string;
  publicKey: Uint8Array;
  signCount: number;
  transports: string[];
  name: string;
}): Statement {
  return {
    sql: `INSERT INTO webauthn_credential (id, user_id, public_key, sign_count, transports, name)
          VALUES ($1, $2, $3, $4, $5, $6)
          ON CONFLICT (id) DO NOTHING
          RETURNING id, name, created_at AS "createdAt", last_used_at AS "lastUsedAt"`,
    params: [
      input.id,
      input.userId,
      Buffer.from(input.publicKey),
      input.signCount,
      input.transports,
      input.name,
    ],
  };
}

/**
 * Records a use: the signature counter only moves forward (a clone's counter would go back),
 * checked again here so two parallel uses of one answer cannot both pass.
 */
export function usePasskeyQuery(
  id: string,
  userId: string,
  oldCount: number,
  newCount: number,
): Statement {
  return {
    sql: `UPDATE webauthn_credential SET sign_count = $4, last_used_at = now()
           WHERE id = $1 AND user_id = $2 AND sign_count = $3
          RETURNING id`,
    params: [id, userId, oldCount, newCount],
  };
}

export function deletePasskeyQuery(id: string, userId: string): Statement {
  return {
    sql: `DELETE FROM webauthn_credential WHERE id = $1 AND user_id = $2 RETURNING id, name`,
    params: [id, userId],
  };
}

export function insertChallengeQuery(
  challenge: string,
  userId: string,
  purpose: 'register' | 'authenticate',
  seconds: number,
): Statement {
  return {
    sql: `INSERT INTO webauthn_challenge (challenge, user_id, purpose, expires_at)
          VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
    params: [challenge, userId, purpose, seconds],
  };
}

/** Takes a challenge: once, unexpired, of this user and purpose. */
export function takeChallengeQuery(
  challenge: string,
  userId: string,
  purpose: 'register' | 'authenticate',
): Statement {
  return {
    sql: `DELETE FROM webauthn_challenge
           WHERE challenge = $1 AND user_id = $2 AND purpose = $3 AND expires_at > now()
          RETURNING challenge`,
    params: [challenge, userId, purpose],
  };
}

export function deleteExpiredChallengesQuery(): Statement {
  return { sql: `DELETE FROM webauthn_challenge WHERE expires_at < now()`, params: [] };
}

/** The account's e-mail and display name, for the authenticator's label. */
export function accountLabelQuery(userId: string): Statement {
  return {
    sql: `SELECT email, display_name AS "displayName" FROM app_user WHERE id = $1 AND active`,
    params: [userId],
  };
}

/** The region whose security trail gets an account's MFA events. */
export function accountRegionQuery(userId: string): Statement {
  return {
    sql: `SELECT a.region_id::text AS "regionId"
            FROM app_user u JOIN agency a ON a.id = u.agency_id WHERE u.id = $1`,
    params: [userId],
  };
}

/** Whether the session began at an agency's provider (its step-up is a new sign-in there). */
export function sessionBySsoQuery(sessionId: string): Statement {
  return {
    sql: `SELECT EXISTS (SELECT 1 FROM sso_session
                          WHERE session_id = $1 AND expires_at > now()) AS "bySso"`,
    params: [sessionId],
  };
}
