import type { ErrorCode } from '@schakel/domain';
import { AppError } from '../../common/app-error';

type MfaCode = Extract<
  ErrorCode,
  | 'SECOND_FACTOR_REQUIRED'
  | 'MFA_ENROLMENT_REQUIRED'
  | 'INVALID_SECOND_FACTOR'
  | 'SECOND_FACTOR_EXPIRED'
  | 'MFA_THROTTLED'
  | 'STEP_UP_REQUIRED'
  | 'MFA_FACTOR_REQUIRED'
>;

const MESSAGES: Record<MfaCode, string> = {
  SECOND_FACTOR_REQUIRED: 'Confirm the login with your second factor.',
  MFA_ENROLMENT_REQUIRED: 'Set up a second factor to complete the login.',
  INVALID_SECOND_FACTOR: 'The code or passkey was not accepted.',
  SECOND_FACTOR_EXPIRED: 'The login took too long. Sign in again.',
  MFA_THROTTLED: 'Too many wrong codes. Try again later.',
  STEP_UP_REQUIRED: 'Confirm this action with your second factor.',
  MFA_FACTOR_REQUIRED: 'A second factor is required: keep at least one.',
};

export class MfaError extends AppError {
  constructor(code: MfaCode, extra: Record<string, unknown> = {}) {
    super(code, MESSAGES[code], extra);
  }
}
