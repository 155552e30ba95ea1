import { Injectable } from '@nestjs/common';
import type { AuditDetail } from '../audit/audit-detail';
import { auditActor } from '../audit/audit.service';
import { SecurityEvents, type SecurityEventKind } from '../audit/security-events.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Queryable } from '../database/queryable';
import { JsonLogger } from '../observability/json-logger';

export type SsoEventKind =
  | 'LOGIN'
  | 'LOGIN_FAILED'
  | 'USER_PROVISIONED'
  | 'LOGOUT'
  | 'SSO_CONFIGURED'
  | 'SSO_REMOVED'
  | 'SSO_JIT_CHANGED'
  | 'STEP_UP';

export interface SsoEvent {
  kind: SsoEventKind;
  /** The account concerned (null: none known, or a change of the agency's binding). */
  userId: string | null;
  regionId: string | null;
  agencyId: string;
  result: 'SUCCESS' | 'FAILURE';
  reasonCode?: string;
  detail?: AuditDetail;
  /** The administrator who changed a binding or the JIT switch. */
  admin?: AuthenticatedUser;
}

const KIND: Record<SsoEventKind, SecurityEventKind> = {
  LOGIN: 'login.sso',
  LOGIN_FAILED: 'login.sso',
  USER_PROVISIONED: 'admin.user_provisioned',
  LOGOUT: 'logout',
  SSO_CONFIGURED: 'admin.sso_configured',
  SSO_REMOVED: 'admin.sso_removed',
  SSO_JIT_CHANGED: 'admin.sso_jit_changed',
  STEP_UP: 'mfa.step_up',
};

/** The trail's reason codes are [A-Z_]{2,40}; openid-client's codes mostly are already. */
function reasonCode(code: string | undefined): string | null {
  if (!code) return null;
  const clean = code
    .toUpperCase()
    .replace(/[^A-Z_]/g, '_')
    .slice(0, 40);
  return clean.length >= 2 ? clean : null;
}

/**
 * Single sign-on in the security trail (ADR 0016, ADR 0018): logins and failed logins at the
 * callback (`login.sso`), logouts, just-in-time provisioning (by the system) and changes of an
 * agency's binding or JIT switch (by an administrator, with before/after; never a secret).
 * Also a log line, for the operator. An event that cannot be written fails the caller: no
 * SSO login succeeds without its event.
 */
@Injectable()
export class SsoEvents {
  constructor(
    private readonly security: SecurityEvents,
    private readonly logger: JsonLogger,
  ) {}

  /** With `tx`: the event commits with the caller's change (ADR 0011), written last. */
  async record(event: SsoEvent, tx?: Queryable): Promise<void> {
    const { admin, detail, ...logged } = event;
    this.logger.event(event.result === 'SUCCESS' ? 'info' : 'warn', 'security event', {
      source: 'sso',
      ...logged,
    });
    // A failure before the agency's region is known (a forged or expired flow cookie) has no
    // trail to go to; the log line above keeps it.
    if (!event.regionId) return;
    const byAdmin = admin !== undefined;
    await this.security.record(
      {
        kind: KIND[event.kind],
        userId: event.userId,
        regionId: event.regionId,
        agencyId: event.agencyId,
        result: event.result === 'SUCCESS' ? 'ALLOWED' : 'DENIED',
        reasonCode: reasonCode(event.reasonCode),
        detail: detail ?? null,
        ...(byAdmin
          ? { actor: auditActor(admin), record: { type: 'agency', id: event.agencyId } }
          : event.kind === 'USER_PROVISIONED'
            ? { actor: null }
            : {}),
      },
      tx,
    );
  }
}
