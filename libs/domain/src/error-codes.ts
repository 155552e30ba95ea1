/**
 * Stable error codes the API returns in `extensions.code`; the portal translates them.
 * Adding one means adding its Dutch and English message in the portal's catalogue.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INVALID_CREDENTIALS',
  'LOGIN_THROTTLED',
  'CSRF_REJECTED',
  'SESSION_EXPIRED',
  'BAD_USER_INPUT',
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_TOO_COMMON',
  'PASSWORD_UNCHANGED',
  /** A password reset link that is unknown, used or expired (one code for all three). */
  'RESET_LINK_INVALID',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_SUBSCRIPTIONS',
  'NOT_FOUND',
  'CONFLICT',
  /** Another wijk of the region already has this name (ADR 0026). */
  'AREA_NAME_TAKEN',
  /** A wijk's postcodes already belong to another wijk; `otherArea` names it. */
  'AREA_RANGE_OVERLAP',
  /** A wijken import file has lines in error: nothing was imported (see its preview). */
  'AREA_IMPORT_INVALID',
  /** Another team of the same agency already has this name (ADR 0036). */
  'AREA_TEAM_NAME_TAKEN',
  'EDIT_CONFLICT',
  'CASE_CLOSED',
  'CONSENT_REQUIRED',
  'REQUEST_PARTS_OPEN',
  'AUDIT_UNAVAILABLE',
  /** A change committed (with its audit event) but its result could not be shown: reload. */
  'SAVED_NOT_SHOWN',
  /** A covenant entry gives more than the legal ceiling allows (issue 11 item 2). */
  'COVENANT_ABOVE_CEILING',
  /** Four eyes: nobody decides on their own covenant proposal. */
  'COVENANT_OWN_PROPOSAL',
  /** The database cannot be reached (restart, failover): HTTP 503, try again shortly. */
  'SERVICE_UNAVAILABLE',
  /** The password was right; the login completes with a second factor (the pending cookie). */
  'SECOND_FACTOR_REQUIRED',
  /** The password was right; MFA is required and the account must enrol a factor first. */
  'MFA_ENROLMENT_REQUIRED',
  /** The code, recovery code or passkey answer was not accepted (wrong, used or replayed). */
  'INVALID_SECOND_FACTOR',
  /** The password step was too long ago (or never happened): start the login again. */
  'SECOND_FACTOR_EXPIRED',
  /** Too many wrong second-factor attempts: `retryAfterSeconds` says when to try again. */
  'MFA_THROTTLED',
  /** This action needs a fresh second factor on this session (step-up). */
  'STEP_UP_REQUIRED',
  /** MFA is required here: the last factor cannot be removed. */
  'MFA_FACTOR_REQUIRED',
  /** An activation link that is unknown, used, replaced or expired (issue 15). */
  'ACTIVATION_LINK_INVALID',
  /** Single sign-on: the issuer's discovery document could not be fetched or did not match. */
  'SSO_ISSUER_UNREACHABLE',
  /** Single sign-on: an e-mail domain already leads to another agency's provider. */
  'SSO_DOMAIN_TAKEN',
  /** Single sign-on: no SSO_SECRET_KEY is configured, so a client secret cannot be stored. */
  'SSO_SECRET_KEY_MISSING',
  /**
   * The agency has not signed the region's current covenant (past its grace period): its users
   * cannot log in until it does. `contactEmail`, `contactPhone`, `regionName`: the ZVH's desk.
   */
  'COVENANT_NOT_SIGNED',
  /**
   * The address is in an e-mail domain bound to an agency's own provider (single sign-on): its
   * people sign in there, never with a Schakel password (no login, reset or activation by password).
   */
  'SSO_REQUIRED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
