import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable';
import { runStatement } from '../database/run-statement';
import type { AuditDetail } from './audit-detail';
import type { AuditAction, AuditResult } from './audit.kinds';
import { AuditService, type AuditActor, type AuditEventInput } from './audit.service';
import { securityActorQuery } from './security-events.queries';

/**
 * What happened, as the trail's `operation`; its first part gives the `action` (ADR 0018):
 *
 * - `login` (ALLOWED: a session started; DENIED: a failed login of a known account — wrong
 *   password, disabled, throttled …, in `reasonCode`); `login.<method>` for other ways in (sso);
 * - `logout` (the user ended this session), `session.ended` (the user ended another of their
 *   sessions), `session.ended_all` ("log out everywhere"), `session.<other>` (LOGOUT);
 * - `mfa.<what>`: a second factor enrolled, removed, used or refused (MFA);
 * - `password.<what>`: changed, reset requested, reset, set at activation (PASSWORD);
 * - `admin.<what>`: a change by an administrator, with `detail` before/after (ADMIN).
 *
 * A login attempt for an e-mail address that is no account is NOT in the trail: it has no region
 * (each region's trail is its own chain) and anyone could flood a trail with them. It stays in
 * the login-attempt security log (`login_throttle`, keyed hashes, auth/login-throttle.service.ts).
 */
export type SecurityEventKind =
  | 'login'
  | `login.${string}`
  | 'logout'
  | `session.${string}`
  | `mfa.${string}`
  | `password.${string}`
  | `admin.${string}`;

const ACTION_OF: Record<string, AuditAction> = {
  login: 'LOGIN',
  logout: 'LOGOUT',
  session: 'LOGOUT',
  mfa: 'MFA',
  password: 'PASSWORD',
  admin: 'ADMIN',
};

export function securityAction(kind: SecurityEventKind): AuditAction {
  const action = ACTION_OF[kind.split('.')[0]!];
  if (!action) throw new Error(`unknown security event kind ${kind}`);
  return action;
}

export interface SecurityEventInput {
  kind: SecurityEventKind;
  /**
   * The account the event is about: whose login, session, factor or password; the user an
   * administrator changed. Null for a change that concerns no one account (an agency, a setting).
   */
  userId: string | null;
  /** The region whose trail gets the event (the user's, or the administered agency's). */
  regionId: string;
  /** The agency the change concerns when there is no user (recorded as the record). */
  agencyId?: string | null;
  result: AuditResult;
  /** Why it was refused (INVALID_CREDENTIALS, USER_DISABLED, THROTTLED …): [A-Z_]{2,40}. */
  reasonCode?: string | null;
  /** Before/after (administration); secrets are redacted, labels and ids only. */
  detail?: AuditDetail | null;
  /**
   * Who acted when it is not the user on their own account: the administrator
   * (`auditActor(caller.user)`), or null for the system (a job). Omitted: the user themselves.
   */
  actor?: AuditActor | null;
  /**
   * What was changed when it is not the user's account (a session, an agency, a setting). When
   * someone else acted on a user's account, the record is always that account.
   */
  record?: { type: string; id: string } | null;
}

/**
 * The security trail (NEN 7513 / ASVS V16): logins, failed logins, logouts, second-factor and
 * password changes and administrative changes, as events in the region's hash chain with actor,
 * result, origin address, user agent and request id (from the request context).
 *
 * `record(event)` writes the event at once, in its own statement (the region's chain head is
 * locked only for that statement), and fails when it cannot be written: the caller fails too, so
 * no login succeeds without its event. `record(event, tx)` writes it inside the caller's
 * transaction: it commits with the change (call it last: the chain head stays locked until the
 * commit). A change made through an audited access (`@Audited('ADMIN')`) puts its before/after in
 * the access's own event instead: `caller.note({ detail })`.
 */
@Injectable()
export class SecurityEvents {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async record(input: SecurityEventInput, tx?: Queryable): Promise<void> {
    const q = tx ?? this.db;
    await this.audit.record(q, await this.toEvent(input, q));
  }

  /**
   * Queued like a read's event (ADR 0009): written within milliseconds, retried until written,
   * never dropped while the process runs; the caller does not wait for the INSERT (unless the
   * trail is failing, or AUDIT_READ_MODE=sync). For events whose timing must tell nothing (a
   * failed login of a known account takes as long as one of an unknown address) and those that
   * must not hold anything up (a logout). The actor must be given: nothing is looked up.
   */
  async recordSoon(input: SecurityEventInput & { actor: AuditActor | null }): Promise<void> {
    await this.audit.recordRead(this.eventOf(input, input.actor));
  }

  /** The audit event of a security event. */
  async toEvent(input: SecurityEventInput, q: Queryable = this.db): Promise<AuditEventInput> {
    const actor = input.actor !== undefined ? input.actor : await this.ownIdentity(q, input.userId);
    return this.eventOf(input, actor);
  }

  private eventOf(input: SecurityEventInput, actor: AuditActor | null): AuditEventInput {
    const subjectRecord =
      input.userId !== null
        ? { type: 'app_user', id: input.userId }
        : input.agencyId
          ? { type: 'agency', id: input.agencyId }
          : null;
    // Someone else acted on a user's account (an administrator): the record is that account,
    // so the trail always says whose account it was. Otherwise what the caller names, if any.
    const actedByOther = input.userId !== null && actor?.userId !== input.userId;
    return {
      regionId: input.regionId,
      actor,
      action: securityAction(input.kind),
      result: input.result,
      operation: input.kind,
      record: actedByOther ? subjectRecord : (input.record ?? subjectRecord),
      reasonCode: input.reasonCode ?? null,
      detail: input.detail ?? null,
    };
  }

  private async ownIdentity(q: Queryable, userId: string | null): Promise<AuditActor | null> {
    if (userId === null) return null;
    const [row] = (await runStatement(q, securityActorQuery(userId))) as {
      userId: string;
      agencyId: string;
      agencyType: string;
      roles: string[];
    }[];
    if (!row) return null;
    return {
      userId: row.userId,
      agencyId: row.agencyId,
      agencyType: row.agencyType,
      roles: row.roles,
    };
  }
}
