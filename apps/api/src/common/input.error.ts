import type { ErrorCode } from '@schakel/domain';
import { AppError } from './app-error';

export type InputErrorCode = Extract<ErrorCode, 'BAD_USER_INPUT' | 'NOT_FOUND'>;

/**
 * The request's arguments do not hold: a malformed value (BAD_USER_INPUT, with the input field so
 * the portal can show the message next to it), or an id that names nothing the caller may see
 * (NOT_FOUND — it also answers "exists, but not for you", so a refusal never confirms that a
 * record exists). Feature refusals the client must tell apart have their own error per feature.
 */
export class InputError extends AppError {
  private constructor(code: InputErrorCode, message: string, field?: string) {
    super(code, message, field === undefined ? {} : { field });
  }

  static badInput(field: string, message: string): InputError {
    return new InputError('BAD_USER_INPUT', message, field);
  }

  static notFound(what: string): InputError {
    return new InputError('NOT_FOUND', `${what} was not found.`);
  }
}
