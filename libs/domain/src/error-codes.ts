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
  /** Single sign-on: the issuer's discovery document could not be fetched or did not match. */
  'SSO_ISSUER_UNREACHABLE',
  /** Single sign-on: an e-mail domain already leads to another agency's provider. */
  'SSO_DOMAIN_TAKEN',
  /** Single sign-on: no SSO_SECRET_KEY is configured, so a client secret cannot be stored. */
  'SSO_SECRET_KEY_MISSING',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
