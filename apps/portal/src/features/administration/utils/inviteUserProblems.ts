import type { Role } from '@schakel/domain';
import type { ClientErrorCode } from '../../api-client/utils/errorCode';

export interface InviteUserValues {
  displayName: string;
  email: string;
  roles: Role[];
}

export type InviteUserField = keyof InviteUserValues;

export const INVITE_USER_FIELDS: readonly InviteUserField[] = ['displayName', 'email', 'roles'];

export type InviteUserProblem =
  | 'REQUIRED'
  | 'NOT_AN_EMAIL'
  | 'TAKEN'
  | 'NOT_ALLOWED'
  /** The address's domain signs in at another organisation's provider (SSO). */
  | 'OTHER_PROVIDER';

export type InviteUserProblems = Partial<Record<InviteUserField, InviteUserProblem>>;

/** What can be checked before asking the API; an empty object means the form may be sent. */
export function checkInviteUser(values: InviteUserValues): InviteUserProblems {
  const problems: InviteUserProblems = {};
  if (values.displayName.trim() === '') problems.displayName = 'REQUIRED';
  const email = values.email.trim();
  if (email === '') problems.email = 'REQUIRED';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.email = 'NOT_AN_EMAIL';
  if (values.roles.length === 0) problems.roles = 'REQUIRED';
  return problems;
}

/** The field an API error belongs to; other errors are about the request as a whole. */
export function inviteProblemsForErrorCode(
  code: ClientErrorCode,
  field: string | undefined,
): InviteUserProblems | null {
  if (code === 'CONFLICT' && field === 'email') return { email: 'TAKEN' };
  if (code === 'BAD_USER_INPUT' && field === 'email') return { email: 'NOT_AN_EMAIL' };
  if (code === 'FORBIDDEN' && field === 'roles') return { roles: 'NOT_ALLOWED' };
  if (code === 'FORBIDDEN' && field === 'email') return { email: 'OTHER_PROVIDER' };
  return null;
}
