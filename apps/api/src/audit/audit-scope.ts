import type { AccessBasis } from '@schakel/sharing-policy';
import type { GraphQLResolveInfo } from 'graphql';
import type { AuditAction } from './audit.kinds';
import { auditActor, type AuditEventInput, type AuditIdentity } from './audit.service';

/** What a service adds to the audit event of the access it serves. Ids and labels only. */
export interface AuditNote {
  personIds?: readonly (string | null | undefined)[];
  caseId?: string | null;
  caseIds?: readonly (string | null | undefined)[];
  categories?: readonly string[];
  fields?: readonly string[];
  record?: { type: string; id: string } | null;
  accessBasis?: AccessBasis | null;
  purpose?: string | null;
  onBehalfOfUserId?: string | null;
}

/**
 * Where a service adds to the event of the access it serves: the caller (auth/caller.ts) passes
 * on the entry of its root field, or NO_AUDIT outside an audited access.
 */
export interface AuditSink {
  note(note: AuditNote): void;
}

/** For work outside an audited access (a scheduled job, a test calling a service directly). */
export const NO_AUDIT: AuditSink = { note: () => undefined };

/** Error codes that mean "the policy refused": written as a DENIED event. */
export const DENIAL_CODES: ReadonlySet<string> = new Set(['FORBIDDEN', 'NOT_FOUND', 'CASE_CLOSED']);

/**
 * The one event of one access (a GraphQL root field or an HTTP route). It collects notes while
 * the access runs and is written once, when the response is about to be sent.
 */
export class AuditEntry implements AuditSink {
  readonly personIds = new Set<string>();
  readonly caseIds = new Set<string>();
  readonly categories = new Set<string>();
  readonly fields = new Set<string>();
  record: { type: string; id: string } | null = null;
  accessBasis: AccessBasis | null = null;
  purpose: string | null = null;
  onBehalfOfUserId: string | null = null;
  outcome: 'pending' | 'allowed' | 'denied' | 'skipped' = 'pending';
  reasonCode: string | null = null;

  constructor(
    readonly operation: string,
    readonly action: AuditAction,
    readonly user: AuditIdentity,
  ) {}

  note(note: AuditNote): void {
    for (const id of note.personIds ?? []) if (id) this.personIds.add(id);
    if (note.caseId) this.caseIds.add(note.caseId);
    for (const id of note.caseIds ?? []) if (id) this.caseIds.add(id);
    for (const c of note.categories ?? []) this.categories.add(c);
    for (const f of note.fields ?? []) this.fields.add(f);
    if (note.record) this.record = note.record;
    // The most exceptional basis wins: an access through break-the-glass stays marked as such.
    if (note.accessBasis && rank(note.accessBasis) > rank(this.accessBasis)) {
      this.accessBasis = note.accessBasis;
    }
    if (note.purpose) this.purpose = note.purpose;
    if (note.onBehalfOfUserId) this.onBehalfOfUserId = note.onBehalfOfUserId;
  }

  succeed(): void {
    if (this.outcome === 'pending') this.outcome = 'allowed';
  }

  /** A policy refusal becomes a DENIED event; any other failure (bad input, conflict) none. */
  fail(error: unknown): void {
    if (this.outcome !== 'pending') return;
    const code = errorCode(error);
    if (code && DENIAL_CODES.has(code)) {
      this.outcome = 'denied';
      this.reasonCode = code;
    } else {
      this.outcome = 'skipped';
    }
  }

  deny(code: string): void {
    this.outcome = 'denied';
    this.reasonCode = code;
  }

  toEvent(): AuditEventInput | null {
    if (this.outcome === 'pending' || this.outcome === 'skipped') return null;
    const denied = this.outcome === 'denied';
    return {
      regionId: this.user.regionId,
      actor: auditActor(this.user),
      onBehalfOfUserId: this.onBehalfOfUserId,
      action: denied ? 'DENIED' : this.action,
      result: denied ? 'DENIED' : 'ALLOWED',
      operation: this.operation,
      personIds: [...this.personIds],
      caseId: this.caseIds.size === 1 ? [...this.caseIds][0]! : null,
      categories: [...this.categories].sort(),
      fields: [...this.fields].sort(),
      record: this.record,
      accessBasis: this.accessBasis,
      purpose: this.purpose,
      reasonCode: this.reasonCode,
    };
  }
}

const BASIS_RANK: Record<AccessBasis, number> = {
  role: 1,
  covenant: 2,
  consent: 3,
  conflict_of_duties: 4,
  break_glass: 5,
};
const rank = (basis: AccessBasis | null): number => (basis ? BASIS_RANK[basis] : 0);

function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const e = error as { code?: unknown; extensions?: { code?: unknown } };
  if (typeof e.extensions?.code === 'string') return e.extensions.code;
  return typeof e.code === 'string' ? e.code : null;
}

/** The entries of one HTTP request, keyed by the GraphQL response key of their root field. */
export class RequestAudit {
  readonly entries: AuditEntry[] = [];
  private readonly byKey = new Map<string, AuditEntry>();
  /** Set once the response went out; entries finishing later are written on their own. */
  closed = false;

  open(key: string, entry: AuditEntry): AuditEntry {
    this.entries.push(entry);
    this.byKey.set(key, entry);
    return entry;
  }

  entry(key: string): AuditEntry | undefined {
    return this.byKey.get(key);
  }

  /** The events to write, once; later calls get nothing. */
  take(): AuditEventInput[] {
    this.closed = true;
    const events: AuditEventInput[] = [];
    for (const entry of this.entries.splice(0)) {
      const event = entry.toEvent();
      if (event) events.push(event);
    }
    return events;
  }
}

/** Where a request keeps its audit entries: the Express request, or a live socket operation. */
export interface AuditHolder {
  audit?: RequestAudit;
}

declare module 'express-serve-static-core' {
  interface Request {
    /** The audit entries of this request's accesses (one per audited root field or route). */
    audit?: RequestAudit;
  }
}

export function requestAudit(holder: AuditHolder): RequestAudit {
  holder.audit ??= new RequestAudit();
  return holder.audit;
}

/** The root field a nested field resolver belongs to. */
export function rootKey(info: Pick<GraphQLResolveInfo, 'path'>): string {
  let path = info.path;
  while (path.prev) path = path.prev;
  return String(path.key);
}
