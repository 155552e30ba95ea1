import { checkPassword } from '@schakel/domain';
import { AppError } from '../common/app-error';
import { isCommonPassword } from './common-passwords';

/**
 * The password policy of every password a person sets (account page, reset link, activation):
 * 12 to the maximum length, and not one of the common or breached passwords. Refuses with the
 * field the form shows the message next to.
 */
export function assertNewPassword(password: string, field: string): void {
  const problem = checkPassword(password);
  if (problem === 'TOO_SHORT') {
    throw new AppError('PASSWORD_TOO_SHORT', 'The new password must be at least 12 characters.', {
      field,
    });
  }
  if (problem === 'TOO_LONG') {
    throw new AppError('PASSWORD_TOO_LONG', 'The new password is too long.', { field });
  }
  if (isCommonPassword(password)) {
    throw new AppError(
      'PASSWORD_TOO_COMMON',
      'The new password is one of the most common or breached passwords.',
      { field },
    );
  }
}
