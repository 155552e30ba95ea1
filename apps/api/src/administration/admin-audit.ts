import type { AuditEventInput } from '../audit/audit.service';

/** What an administrative change changed: labels and settings only, never case content. */
export interface AdminChange {
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * The audit event of an administrative change, with its before/after (ASVS V16, NEN 7513: who
 * changed what, and from what to what), hashed into the chain with the event (ADR 0018).
 */
export function adminChangeEvent(event: AuditEventInput, change: AdminChange): AuditEventInput {
  return { ...event, detail: { before: change.before ?? null, after: change.after ?? null } };
}
