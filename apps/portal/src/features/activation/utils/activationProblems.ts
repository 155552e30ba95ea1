import { checkPassword } from '@schakel/domain';
import type { ClientErrorCode } from '../../api-client/utils/errorCode';

export interface ActivationValues {
  password: string;
  repeatPassword: string;
}

export type ActivationField = keyof ActivationValues;

export const ACTIVATION_FIELDS: readonly ActivationField[] = ['password', 'repeatPassword'];

export type ActivationProblem = 'REQUIRED' | 'TOO_SHORT' | 'TOO_LONG' | 'TOO_COMMON' | 'MISMATCH';

export type ActivationProblems = Partial<Record<ActivationField, ActivationProblem>>;

/** What can be checked before asking the API; an empty object means the form may be sent. */
export function checkActivation(values: ActivationValues): ActivationProblems {
  const problems: ActivationProblems = {};
  if (values.password === '') problems.password = 'REQUIRED';
  else {
    const problem = checkPassword(values.password);
    if (problem) problems.password = problem;
  }
  if (values.repeatPassword === '') problems.repeatPassword = 'REQUIRED';
  else if (values.repeatPassword !== values.password) problems.repeatPassword = 'MISMATCH';
  return problems;
}

/** The field an API error belongs to; other errors (a dead link) are about the whole form. */
export function activationProblemsForErrorCode(code: ClientErrorCode): ActivationProblems | null {
  switch (code) {
    case 'PASSWORD_TOO_SHORT':
      return { password: 'TOO_SHORT' };
    case 'PASSWORD_TOO_LONG':
      return { password: 'TOO_LONG' };
    case 'PASSWORD_TOO_COMMON':
      return { password: 'TOO_COMMON' };
    default:
      return null;
  }
}

export function firstActivationProblem(problems: ActivationProblems): ActivationField | null {
  return ACTIVATION_FIELDS.find((field) => problems[field]) ?? null;
}

/** The token of an activation link's fragment (`/activeren#<token>`), or null. */
export function activationTokenFromHash(hash: string): string | null {
  const token = hash.replace(/^#/, '');
  return /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
}
