import type { AccessBasis } from '@schakel/sharing-policy';
import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditDetail } from './audit-detail';
import type { AuditAction } from './audit.kinds';
import { auditOutboxQuery } from './audit.queries';
import { auditActor, toRow, type AuditEventInput, type AuditIdentity } from './audit.service';

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
  /** Before/after of an administrative change (ADR 0018); the last note's detail counts. */
  detail?: AuditDetail | null;
}

/**
 * Where a service adds to the event of the access it serves: the caller (auth/caller.ts) passes
 * on the entry of its root field, or NO_AUDIT outside an audited access.
 */
export interface AuditSink {
  note(note: AuditNote): void;
  /**
   * Runs `work` in one transaction whose last statement writes this access's event to the audit
   * outbox (ADR 0011): the change and its event commit together, or neither does. Every write of
   * an audited access goes through here (audited-writes.spec.ts).
   */
  transaction<T>(db: TransactionRunner, work: (tx: EntityManager) => Promise<T>): Promise<T>;
  /** A write access that found nothing to change (the draft existed already): none committed. */
  unchanged(): void;
}

/** What runs a transaction: the app's DataSource. */
export type TransactionRunner = Pick<DataSource, 'transaction'>;

/** For work outside an audited access (a scheduled job, a test calling a service directly). */
export const NO_AUDIT: AuditSink = {
  note: () => undefined,
  transaction: (db, work) => db.transaction(work),
  unchanged: () => undefined,
};

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
  detail: AuditDetail | null = null;
  outcome: 'pending' | 'allowed' | 'denied' | 'skipped' = 'pending';
  reasonCode: string | null = null;
  /** The outbox row of this access's event, once a change of it committed (ADR 0011). */
  outboxId: string | null = null;
  /** Set by a write access that had nothing to change, so no commit is expected of it. */
  changedNothing = false;

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
    if (note.detail) this.detail = note.detail;
  }

  async transaction<T>(db: TransactionRunner, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    let outboxId: string | null = null;
    const value = await db.transaction(async (tx) => {
      const result = await work(tx);
      // Last, so the event holds every note of the work; not chained, so no lock on the head.
      const row = toRow(this.event('allowed'));
      const write = auditOutboxQuery(this.outboxId, row.region_id, row);
      const [written] = await tx.query<{ id: string }[]>(write.sql, write.params);
      outboxId = written!.id;
      return result;
    });
    this.outboxId = outboxId;
    return value;
  }

  unchanged(): void {
    this.changedNothing = true;
  }

  /** Whether a change of this access committed (its event is in the outbox). */
  get committed(): boolean {
    return this.outboxId !== null;
  }

  succeed(): void {
    if (this.outcome === 'pending') this.outcome = 'allowed';
  }

  /**
   * A policy refusal becomes a DENIED event; any other failure (bad input, conflict) none. After
   * a change committed the event stays ALLOWED whatever failed later: the change happened.
   */
  fail(error: unknown): void {
    if (this.committed) {
      this.outcome = 'allowed';
      return;
    }
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
    return this.event(this.outcome);
  }

  private event(outcome: 'allowed' | 'denied'): AuditEventInput {
    const denied = outcome === 'denied';
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
      detail: this.detail,
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
  private readonly opened: { key: string; entry: AuditEntry }[] = [];
  private readonly byKey = new Map<string, AuditEntry>();
  /** Set once the response went out; entries finishing later are written on their own. */
  closed = false;

  open(key: string, entry: AuditEntry): AuditEntry {
    this.opened.push({ key, entry });
    this.byKey.set(key, entry);
    return entry;
  }

  entry(key: string): AuditEntry | undefined {
    return this.byKey.get(key);
  }

  /** The entries to write, with their response keys, once; later calls get nothing. */
  take(): { key: string; entry: AuditEntry }[] {
    this.closed = true;
    return this.opened.splice(0);
  }
}

/** Where a request keeps its audit entries: the Fastify request, or a live socket operation. */
export interface AuditHolder {
  audit?: RequestAudit;
}

declare module 'fastify' {
  interface FastifyRequest {
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
