import type { Statement } from '../common/sql';

export type SsoClientAuth = 'client_secret_basic' | 'private_key_jwt';

/** An agency's binding as the login flow reads it (the sealed secret stays sealed here). */
export function bindingQuery(agencyId: string): Statement {
  return {
    sql: `SELECT s.agency_id AS "agencyId", a.region_id AS "regionId", a.name AS "agencyName",
                 s.issuer, s.client_id AS "clientId", s.client_auth AS "clientAuth",
                 s.client_secret_sealed AS "clientSecretSealed",
                 s.jit_provisioning AS "jitProvisioning", s.version,
                 s.updated_at AS "updatedAt",
                 ARRAY(SELECT d.domain FROM agency_sso_domain d
                        WHERE d.agency_id = s.agency_id ORDER BY d.domain) AS "emailDomains"
          FROM agency_sso s JOIN agency a ON a.id = s.agency_id
          WHERE s.agency_id = $1`,
    params: [agencyId],
  };
}

/** The agency whose provider an e-mail domain leads to. */
export function agencyByDomainQuery(domain: string): Statement {
  return {
    sql: `SELECT agency_id AS "agencyId" FROM agency_sso_domain WHERE domain = $1`,
    params: [domain],
  };
}

export function agencyInRegionQuery(agencyId: string, regionId: string): Statement {
  return {
    sql: `SELECT id FROM agency WHERE id = $1 AND region_id = $2`,
    params: [agencyId, regionId],
  };
}

export function upsertBindingQuery(b: {
  agencyId: string;
  issuer: string;
  clientId: string;
  clientAuth: SsoClientAuth;
  /** Undefined: keep the stored one (same method); null: none. */
  clientSecretSealed: Buffer | null | undefined;
  userId: string;
}): Statement {
  const keep = b.clientSecretSealed === undefined;
  return {
    sql: `INSERT INTO agency_sso AS s (agency_id, region_id, issuer, client_id, client_auth,
                                       client_secret_sealed, updated_by_user_id)
          VALUES ($1, (SELECT region_id FROM agency WHERE id = $1), $2, $3, $4, $5, $6)
          ON CONFLICT (agency_id) DO UPDATE SET
            issuer = EXCLUDED.issuer, client_id = EXCLUDED.client_id,
            client_auth = EXCLUDED.client_auth,
            client_secret_sealed = CASE WHEN $7 THEN s.client_secret_sealed
                                        ELSE EXCLUDED.client_secret_sealed END,
            version = s.version + 1, updated_at = now(),
            updated_by_user_id = EXCLUDED.updated_by_user_id
          RETURNING agency_id`,
    params: [
      b.agencyId,
      b.issuer,
      b.clientId,
      b.clientAuth,
      keep ? null : b.clientSecretSealed,
      b.userId,
      keep,
    ],
  };
}

export function deleteDomainsQuery(agencyId: string): Statement {
  return { sql: `DELETE FROM agency_sso_domain WHERE agency_id = $1`, params: [agencyId] };
}

export function insertDomainsQuery(agencyId: string, domains: readonly string[]): Statement {
  return {
    sql: `INSERT INTO agency_sso_domain (domain, agency_id) SELECT unnest($2::text[]), $1`,
    params: [agencyId, domains],
  };
}

export function deleteBindingQuery(agencyId: string): Statement {
  return {
    sql: `DELETE FROM agency_sso WHERE agency_id = $1 RETURNING agency_id`,
    params: [agencyId],
  };
}

export function setJitQuery(agencyId: string, enabled: boolean, userId: string): Statement {
  return {
    sql: `UPDATE agency_sso SET jit_provisioning = $2, version = version + 1, updated_at = now(),
                 updated_by_user_id = $3
          WHERE agency_id = $1 RETURNING agency_id`,
    params: [agencyId, enabled, userId],
  };
}

const SSO_USER_COLUMNS = `id, agency_id AS "agencyId", email, active,
  session_generation AS "sessionGeneration", sso_issuer AS "ssoIssuer", sso_subject AS "ssoSubject"`;

export function userBySubjectQuery(issuer: string, subject: string): Statement {
  return {
    sql: `SELECT ${SSO_USER_COLUMNS} FROM app_user WHERE sso_issuer = $1 AND sso_subject = $2`,
    params: [issuer, subject],
  };
}

export function userByEmailQuery(email: string): Statement {
  return { sql: `SELECT ${SSO_USER_COLUMNS} FROM app_user WHERE email = $1`, params: [email] };
}

/** Links the provider's subject on first sign-in; only while the user has none. */
export function linkSubjectQuery(userId: string, issuer: string, subject: string): Statement {
  return {
    sql: `UPDATE app_user SET sso_issuer = $2, sso_subject = $3, updated_at = now()
          WHERE id = $1 AND sso_subject IS NULL RETURNING id`,
    params: [userId, issuer, subject],
  };
}

/**
 * Just-in-time provisioning: a MEMBER of the binding's agency only, with no usable password
 * (the hash is not a PHC string, so no password ever verifies against it).
 */
export function createProvisionedUserQuery(u: {
  agencyId: string;
  email: string;
  displayName: string;
  issuer: string;
  subject: string;
}): Statement {
  return {
    sql: `INSERT INTO app_user (agency_id, email, display_name, password_hash, roles,
                                sso_issuer, sso_subject)
          VALUES ($1, $2, $3, '!sso-only', ARRAY['MEMBER'], $4, $5)
          ON CONFLICT DO NOTHING
          RETURNING ${SSO_USER_COLUMNS}`,
    params: [u.agencyId, u.email, u.displayName, u.issuer, u.subject],
  };
}

export function insertSsoSessionQuery(
  sessionId: string,
  agencyId: string,
  idTokenSealed: Buffer,
  expiresAt: Date,
): Statement {
  return {
    sql: `WITH purge AS (DELETE FROM sso_session WHERE expires_at < now())
          INSERT INTO sso_session (session_id, agency_id, id_token_sealed, expires_at)
          VALUES ($1, $2, $3, $4)`,
    params: [sessionId, agencyId, idTokenSealed, expiresAt],
  };
}

/** Takes the SSO record of a session that is ending (it is not needed again). */
export function takeSsoSessionQuery(sessionId: string): Statement {
  return {
    sql: `DELETE FROM sso_session WHERE session_id = $1
          RETURNING agency_id AS "agencyId", id_token_sealed AS "idTokenSealed"`,
    params: [sessionId],
  };
}

/** The account and agency of a live session that began at an agency's provider (step-up). */
export function stepUpSubjectQuery(sessionId: string, userId: string): Statement {
  return {
    sql: `SELECT u.email, u.sso_issuer AS "ssoIssuer", u.sso_subject AS "ssoSubject",
                 s.agency_id AS "agencyId"
            FROM sso_session s
            JOIN app_user u ON u.id = $2 AND u.agency_id = s.agency_id AND u.active
           WHERE s.session_id = $1 AND s.expires_at > now()`,
    params: [sessionId, userId],
  };
}

/**
 * The session proved itself at the provider again: marked fresh for step-up, but only while the
 * session is still live (not ended, not expired, the account active and of the same generation).
 */
export function markSsoStepUpQuery(sessionId: string, userId: string): Statement {
  return {
    sql: `INSERT INTO mfa_session (session_id, user_id)
          SELECT s.id, s.user_id
            FROM user_session s JOIN app_user u ON u.id = s.user_id
           WHERE s.id = $1 AND s.user_id = $2 AND s.ended_at IS NULL AND s.expires_at > now()
             AND u.active AND u.session_generation = s.generation
          ON CONFLICT (session_id) DO UPDATE SET verified_at = now()
           WHERE mfa_session.user_id = excluded.user_id
          RETURNING session_id`,
    params: [sessionId, userId],
  };
}
