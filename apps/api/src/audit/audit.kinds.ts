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
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_RESULTS = ['ALLOWED', 'DENIED'] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];
