import { checkPassword } from '@schakel/domain';
import type { ClientErrorCode } from '../../api-client/utils/errorCode';

export interface PasswordChangeValues {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

export type PasswordChangeField = keyof PasswordChangeValues;

/** The fields in the order they appear, so the first problem is the one that gets focus. */
export const PASSWORD_CHANGE_FIELDS: readonly PasswordChangeField[] = [
  'currentPassword',
  'newPassword',
  'repeatPassword',
];

export type PasswordChangeProblem =
  | 'REQUIRED'
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'TOO_COMMON'
  | 'UNCHANGED'
  | 'MISMATCH'
  | 'CURRENT_INCORRECT';

export type PasswordChangeProblems = Partial<Record<PasswordChangeField, PasswordChangeProblem>>;

/** What can be checked before asking the API; an empty object means the form may be sent. */
export function checkPasswordChange(values: PasswordChangeValues): PasswordChangeProblems {
  const problems: PasswordChangeProblems = {};
  if (values.currentPassword === '') problems.currentPassword = 'REQUIRED';

  if (values.newPassword === '') problems.newPassword = 'REQUIRED';
  else {
    const problem = checkPassword(values.newPassword);
    if (problem) problems.newPassword = problem;
    else if (values.newPassword === values.currentPassword) problems.newPassword = 'UNCHANGED';
  }

  if (values.repeatPassword === '') problems.repeatPassword = 'REQUIRED';
  else if (values.repeatPassword !== values.newPassword) problems.repeatPassword = 'MISMATCH';

  return problems;
}

/** The field an API error belongs to, if any; other errors are about the request as a whole. */
export function problemsForErrorCode(code: ClientErrorCode): PasswordChangeProblems | null {
  switch (code) {
    case 'INVALID_CREDENTIALS':
      return { currentPassword: 'CURRENT_INCORRECT' };
    case 'PASSWORD_TOO_SHORT':
      return { newPassword: 'TOO_SHORT' };
    case 'PASSWORD_TOO_LONG':
      return { newPassword: 'TOO_LONG' };
    // Only the API knows the list of common and breached passwords (a few MB).
    case 'PASSWORD_TOO_COMMON':
      return { newPassword: 'TOO_COMMON' };
    case 'PASSWORD_UNCHANGED':
      return { newPassword: 'UNCHANGED' };
    default:
      return null;
  }
}

export function firstProblemField(problems: PasswordChangeProblems): PasswordChangeField | null {
  return PASSWORD_CHANGE_FIELDS.find((field) => problems[field]) ?? null;
}
