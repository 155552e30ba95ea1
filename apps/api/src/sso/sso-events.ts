import { Injectable } from '@nestjs/common';
import { JsonLogger } from '../observability/json-logger';

export type SsoEventKind =
  | 'LOGIN'
  | 'LOGIN_FAILED'
  | 'USER_PROVISIONED'
  | 'LOGOUT'
  | 'SSO_CONFIGURED'
  | 'SSO_REMOVED'
  | 'SSO_JIT_CHANGED';

export interface SsoEvent {
  kind: SsoEventKind;
  userId: string | null;
  regionId: string | null;
  agencyId: string;
  result: 'SUCCESS' | 'FAILURE';
  reasonCode?: string;
  detail?: { before?: Record<string, unknown> | null; after?: Record<string, unknown> | null };
}

/**
 * SECURITY-EVENTS CALL SITE (issue 15, helper S): every SSO login, failure, provisioning, logout
 * and configuration change goes through `record`. Until S's SecurityEvents service is on main it
 * writes a structured log line; on merge, `record` calls `SecurityEvents.record({ kind, userId,
 * regionId, agencyId, result, reasonCode, detail })` so these land in the hash-chained trail.
 */
@Injectable()
export class SsoEvents {
  constructor(private readonly logger: JsonLogger) {}

  async record(event: SsoEvent): Promise<void> {
    this.logger.event(event.result === 'SUCCESS' ? 'info' : 'warn', 'security event', {
      source: 'sso',
      ...event,
    });
    return Promise.resolve();
  }
}
