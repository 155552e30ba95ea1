/** What was done with personal data (NEN 7513 style). Same list as the table's CHECK. */
export const AUDIT_ACTIONS = [
  'READ',
  'SEARCH',
  'EXPORT',
  'CREATE',
  'UPDATE',
  'DELETE',
  'DENIED',
  'BREAK_GLASS',
  'LOOKUP',
  'VIEW_AS',
  /** The audit writer of an API process started or stopped (ADR 0009). */
  'LOGGING',
  /**
   * The security trail (ADR 0018, migration 1764000003400): a login (ALLOWED) or a failed login of
   * a known account (DENIED); a session ended (logout, "end this session", "log out everywhere");
   * a second factor enrolled, removed or used; a password set, changed or reset (or its reset
   * requested); a change by an administrator (with before/after in `detail`).
   */
  'LOGIN',
  'LOGOUT',
  'MFA',
  'PASSWORD',
  'ADMIN',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_RESULTS = ['ALLOWED', 'DENIED'] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];
