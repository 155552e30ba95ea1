/** Minimum password length, as asked by the security baseline (BIO) for this kind of data. */
export const MIN_PASSWORD_LENGTH = 12;
/** Upper bound, so hashing cost cannot be abused with megabyte-sized inputs. */
export const MAX_PASSWORD_LENGTH = 256;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG';

export function checkPassword(password: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return 'TOO_SHORT';
  if (length > MAX_PASSWORD_LENGTH) return 'TOO_LONG';
  return null;
}
