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
  'PRIVACY_CONTACT',
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
  // A partner's privacy contact reviews its own agency's part of a data-subject request, and
  // sees that part only through the request, never through the ordinary case paths.
  'PRIVACY_CONTACT',
];

/**
 * Role pairs one user may not hold together. The contactpunt coordinates and each partner answers
 * for its own data: the person who compiles the answer must not also release a partner's part.
 */
export const INCOMPATIBLE_ROLES: readonly (readonly [Role, Role])[] = [
  ['PRIVACY_OFFICER', 'PRIVACY_CONTACT'],
];

/** The first incompatible pair among these roles, or null when they may be held together. */
export function incompatibleRoles(roles: readonly Role[]): readonly [Role, Role] | null {
  return INCOMPATIBLE_ROLES.find(([a, b]) => roles.includes(a) && roles.includes(b)) ?? null;
}

/** Which home page a user lands on: the first matching role in this order wins. */
export const HOME_ROLE_PRECEDENCE: readonly Role[] = [
  'PROCESREGISSEUR',
  'PRIVACY_OFFICER',
  'PRIVACY_CONTACT',
  'FUNCTIONAL_ADMIN',
  'AGENCY_ADMIN',
  'MEMBER',
];

export function primaryRole(roles: readonly Role[]): Role {
  return HOME_ROLE_PRECEDENCE.find((role) => roles.includes(role)) ?? 'MEMBER';
}

/**
 * Roles only people of the ZVH itself hold: process direction, functional administration and the
 * privacy office (the contactpunt) are the ZVH's own work, not a partner's.
 */
export const ZVH_ONLY_ROLES: readonly Role[] = [
  'PROCESREGISSEUR',
  'FUNCTIONAL_ADMIN',
  'PRIVACY_OFFICER',
];

/** The roles people of an agency of this type may hold. */
export function rolesAgencyMayHold(agencyType: string): readonly Role[] {
  return agencyType === 'ZVH' ? ROLES : ROLES.filter((role) => !ZVH_ONLY_ROLES.includes(role));
}

/**
 * What an agency admin may grant within the own agency. The functional administrator appoints
 * functional administrators and privacy officers (issue 15); an agency admin never makes one.
 */
export const AGENCY_ADMIN_GRANTS: readonly Role[] = [
  'MEMBER',
  'PROCESREGISSEUR',
  'AGENCY_ADMIN',
  'PRIVACY_CONTACT',
];

/** The roles an agency admin of an agency of this type may grant there. */
export function rolesAgencyAdminGrants(agencyType: string): readonly Role[] {
  const mayHold = rolesAgencyMayHold(agencyType);
  return AGENCY_ADMIN_GRANTS.filter((role) => mayHold.includes(role));
}
