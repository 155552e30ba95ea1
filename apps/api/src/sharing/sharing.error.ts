import type { ErrorCode } from '@schakel/domain';
import { AppError } from '../graphql/app-error';

export type SharingErrorCode = Extract<
  ErrorCode,
  'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'CASE_CLOSED' | 'CONSENT_REQUIRED'
>;

/**
 * The error of the data-sharing features. NOT_FOUND also answers "exists, but not for you", so a
 * refusal never confirms that a case or item exists.
 */
export class SharingError extends AppError {
  constructor(code: SharingErrorCode, message: string, field?: string) {
    super(code, message, field === undefined ? {} : { field });
  }

  static notFound(what: string): SharingError {
    return new SharingError('NOT_FOUND', `${what} was not found.`);
  }

  static badInput(field: string, message: string): SharingError {
    return new SharingError('BAD_USER_INPUT', message, field);
  }
}
