import { checkPassword } from '@schakel/domain';
import { isCommonPassword } from '../auth/common-passwords';
import { AdministrationError } from './administration.error';

/** The password policy of a new password (as on the account page), field `password`. */
export function assertNewPassword(password: string): void {
  const problem = checkPassword(password);
  if (problem === 'TOO_SHORT') {
    throw new AdministrationError(
      'PASSWORD_TOO_SHORT',
      'The password must be at least 12 characters.',
      'password',
    );
  }
  if (problem === 'TOO_LONG') {
    throw new AdministrationError('PASSWORD_TOO_LONG', 'The password is too long.', 'password');
  }
  if (isCommonPassword(password)) {
    throw new AdministrationError(
      'PASSWORD_TOO_COMMON',
      'The password is one of the most common or breached passwords.',
      'password',
    );
  }
}
