import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SecurityEvents, type SecurityEventKind } from '../../audit/security-events.service';
import type { Queryable } from '../../database/queryable';
import { runStatement } from '../../database/run-statement';
import { JsonLogger } from '../../observability/json-logger';
import { accountRegionQuery } from './mfa.queries';

/** What happened to an account's second factor, for the security trail. */
export type MfaEventKind =
  | 'MFA_TOTP_ENROLLED'
  | 'MFA_TOTP_REMOVED'
  | 'MFA_RECOVERY_CODES_CREATED'
  | 'MFA_RECOVERY_CODE_USED'
  | 'MFA_PASSKEY_ADDED'
  | 'MFA_PASSKEY_REMOVED'
  | 'MFA_VERIFIED'
  | 'MFA_FAILED'
  | 'MFA_STEP_UP';

/** The trail's operation of each kind (`mfa.<what>`, action MFA: ADR 0018). */
const OPERATION: Record<MfaEventKind, SecurityEventKind> = {
  MFA_TOTP_ENROLLED: 'mfa.totp_enrolled',
  MFA_TOTP_REMOVED: 'mfa.totp_removed',
  MFA_RECOVERY_CODES_CREATED: 'mfa.recovery_codes_created',
  MFA_RECOVERY_CODE_USED: 'mfa.recovery_code_used',
  MFA_PASSKEY_ADDED: 'mfa.passkey_added',
  MFA_PASSKEY_REMOVED: 'mfa.passkey_removed',
  MFA_VERIFIED: 'mfa.verified',
  MFA_FAILED: 'mfa.failed',
  MFA_STEP_UP: 'mfa.step_up',
};

export interface MfaEvent {
  kind: MfaEventKind;
  userId: string;
  result: 'SUCCESS' | 'FAILURE';
  /** Why it failed, or which factor (TOTP, RECOVERY_CODE, PASSKEY). */
  reasonCode?: string;
  /** Never a secret, a code or a key: names, ids and counts only. */
  detail?: Record<string, unknown>;
  sourceAddress?: string;
}

/**
 * MFA changes and second-factor attempts, as security events in the region's trail (S's
 * SecurityEvents: actor, origin address, request id from the request context) and as a
 * `security event` line in the JSON log. The trail write fails the operation when it cannot be
 * written: no factor changes without its event.
 */
@Injectable()
export class MfaEvents {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
    private readonly security: SecurityEvents,
  ) {}

  /** With `tx`, the event commits with the change it records (ADR 0011). */
  async record(event: MfaEvent, tx?: Queryable): Promise<void> {
    this.logger.event(event.result === 'SUCCESS' ? 'info' : 'warn', 'security event', {
      ...event,
    });
    const [account] = (await runStatement(tx ?? this.db, accountRegionQuery(event.userId))) as {
      regionId: string;
    }[];
    if (!account) return;
    const removed = event.kind === 'MFA_TOTP_REMOVED' || event.kind === 'MFA_PASSKEY_REMOVED';
    await this.security.record(
      {
        kind: OPERATION[event.kind],
        userId: event.userId,
        regionId: account.regionId,
        result: event.result === 'SUCCESS' ? 'ALLOWED' : 'DENIED',
        reasonCode: event.reasonCode ?? null,
        detail: event.detail
          ? removed
            ? { before: event.detail, after: null }
            : { before: null, after: event.detail }
          : null,
      },
      tx,
    );
  }
}
