import type { AuditEventInput } from '../audit/audit.service';

/** What an administrative change changed: labels and settings only, never case content. */
export interface AdminChange {
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * The audit event of an administrative change, with its before/after (ASVS V16, NEN 7513: who
 * changed what, and from what to what). The trail's `detail` field hashes them into the chain.
 */
export function adminChangeEvent(event: AuditEventInput, change: AdminChange): AuditEventInput {
  const detail = { before: change.before ?? null, after: change.after ?? null };
  return Object.assign({}, event, { detail });
}
