/**
 * Roles a user holds within their own agency. A user always has at least one.
 * MEMBER is the ordinary professional; the others add duties, never case content by themselves.
 */
export const ROLES = [
  'MEMBER',
  'PROCESREGISSEUR',
  'AGENCY_ADMIN',
  'FUNCTIONAL_ADMIN',
  'PRIVACY_OFFICER',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Roles whose holders must not see case content by default (domain brief §4). */
export const ROLES_WITHOUT_CASE_CONTENT: readonly Role[] = [
  'AGENCY_ADMIN',
  'FUNCTIONAL_ADMIN',
  'PRIVACY_OFFICER',
];

/** Which home page a user lands on: the first matching role in this order wins. */
export const HOME_ROLE_PRECEDENCE: readonly Role[] = [
  'PROCESREGISSEUR',
  'PRIVACY_OFFICER',
  'FUNCTIONAL_ADMIN',
  'AGENCY_ADMIN',
  'MEMBER',
];

export function primaryRole(roles: readonly Role[]): Role {
  return HOME_ROLE_PRECEDENCE.find((role) => roles.includes(role)) ?? 'MEMBER';
}
