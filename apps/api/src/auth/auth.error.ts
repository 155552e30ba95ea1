import type { ErrorCode } from '@schakel/domain';
import { AppError } from '../common/app-error';

type AuthCode = Extract<
  ErrorCode,
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'INVALID_CREDENTIALS'
  | 'LOGIN_THROTTLED'
  | 'CSRF_REJECTED'
  | 'SESSION_EXPIRED'
  | 'COVENANT_NOT_SIGNED'
  | 'SSO_REQUIRED'
>;

const MESSAGES: Record<AuthCode, string> = {
  UNAUTHENTICATED: 'You are not signed in.',
  FORBIDDEN: 'You are not allowed to do this.',
  // One message for unknown e-mail, wrong password and disabled account alike.
  INVALID_CREDENTIALS: 'E-mail address or password is incorrect.',
  LOGIN_THROTTLED: 'Too many failed attempts. Try again later.',
  CSRF_REJECTED: 'The request lacks a valid CSRF token.',
  SESSION_EXPIRED: 'Your session has ended. Sign in again.',
  COVENANT_NOT_SIGNED:
    'Your organisation has not signed the current version of the covenant; contact the ZVH.',
  SSO_REQUIRED:
    'Your organisation signs you in to Schakel through its own login service; use that instead of a password.',
};

export class AuthError extends AppError {
  constructor(code: AuthCode, extra: Record<string, unknown> = {}) {
    super(code, MESSAGES[code], extra);
  }

  /** Refused before the password was checked; `retryAfterSeconds` says when to try again. */
  static throttled(retryAfterSeconds: number): AuthError {
    return new AuthError('LOGIN_THROTTLED', { retryAfterSeconds });
  }
}
