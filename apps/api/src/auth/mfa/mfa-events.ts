import { Inject, Injectable } from '@nestjs/common';
import { JsonLogger } from '../../observability/json-logger';

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

export interface MfaEvent {
  kind: MfaEventKind;
  userId: string;
  result: 'SUCCESS' | 'FAILURE';
  /** Why it failed, or which factor (TOTP, RECOVERY_CODE, PASSKEY). */
  reasonCode?: string;
  /** Never a secret, a code or a key: names and ids only. */
  detail?: Record<string, unknown>;
  sourceAddress?: string;
}

/**
 * MFA changes and second-factor attempts for the security trail.
 *
 * SECURITY-EVENTS CALL SITE (issue 15, part S): until S's `SecurityEvents` service is on main,
 * every event goes to the JSON log as `security event`; when it lands, `record` forwards to
 * `SecurityEvents.record({ kind, userId, regionId, result, reasonCode, detail })` — the one place
 * to change. Every MFA change and attempt already passes through here.
 */
@Injectable()
export class MfaEvents {
  constructor(@Inject(JsonLogger) private readonly logger: JsonLogger) {}

  async record(event: MfaEvent): Promise<void> {
    this.logger.event(event.result === 'SUCCESS' ? 'info' : 'warn', 'security event', {
      ...event,
    });
    await Promise.resolve();
  }
}
