import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { AccessBasis } from '@schakel/sharing-policy';
import { Pool } from 'pg';
import { APP_CONFIG, type AppConfig, type AuditWriterLimits } from '../config/app-config';
import type { Queryable } from '../database/queryable';
import { poolStats, type PoolStats } from '../database/pool-stats';
import { runStatement } from '../database/run-statement';
import { AppError } from '../common/app-error';
import { JsonLogger } from '../observability/json-logger';
import { auditContentHash } from './audit-canonical';
import { MAX_DETAIL_BYTES, serializeAuditDetail, type AuditDetail } from './audit-detail';
import {
  auditConnectionSettingsQuery,
  auditRegionIdsQuery,
  insertAuditEventsQuery,
} from './audit.queries';
import { currentRequestContext, detachedFromRequests } from '../observability/request-context';
import { AUDIT_ACTIONS, AUDIT_RESULTS, type AuditAction, type AuditResult } from './audit.kinds';

export interface AuditActor {
  userId: string;
  agencyId: string;
  agencyType: string;
  roles: readonly string[];
}

/** One access to personal data. Labels and ids only: never case content or names. */
export interface AuditEventInput {
  regionId: string;
  /** Null for the system (a scheduled job). */
  actor: AuditActor | null;
  /** The user on whose behalf the actor acted, if not the actor. */
  onBehalfOfUserId?: string | null;
  action: AuditAction;
  result: AuditResult;
  /** The access path, e.g. "case.detail" or "breakGlass": what the count tests look for. */
  operation: string;
  personIds?: readonly string[];
  caseId?: string | null;
  categories?: readonly string[];
  fields?: readonly string[];
  record?: { type: string; id: string } | null;
  accessBasis?: AccessBasis | null;
  /** A purpose the user stated (e.g. a police lookup); short. */
  purpose?: string | null;
  /** Error code of a denial (NOT_FOUND, FORBIDDEN …). */
  reasonCode?: string | null;
  /**
   * Before/after of an administrative or security change (ADR 0018), hashed in the chain (content
   * form c3). Secrets are redacted (audit-detail.ts); labels and ids only.
   */
  detail?: AuditDetail | null;
}

/** Who acts, as the audit trail records it (a structural part of the authenticated caller). */
export interface AuditIdentity {
  id: string;
  regionId: string;
  agencyId: string;
  agencyType: string;
  roles: readonly string[];
}

export const auditActor = (user: Omit<AuditIdentity, 'regionId'>): AuditActor => ({
  userId: user.id,
  agencyId: user.agencyId,
  agencyType: user.agencyType,
  roles: user.roles,
});

export interface AuditRow {
  region_id: string;
  actor_user_id: string | null;
  on_behalf_of_user_id: string | null;
  actor_agency_id: string | null;
  actor_agency_type: string | null;
  actor_roles: readonly string[];
  action: string;
  result: string;
  operation: string;
  person_ids: readonly string[];
  case_id: string | null;
  categories: readonly string[];
  fields: readonly string[];
  record_type: string | null;
  record_id: string | null;
  access_basis: string | null;
  purpose: string | null;
  reason_code: string | null;
  origin_address: string | null;
  user_agent: string | null;
  request_id: string | null;
  /** The detail's canonical JSON text (ADR 0018), or null. */
  detail: string | null;
  /** Hex sha256 of the v2 content form; the trigger links it into the chain (ADR 0009). */
  content_hash: string;
  /** Set on the event of a committed write: its outbox row, claimed by the insert (ADR 0011). */
  outbox_id?: string;
}

/** Most events a batch carries; a burst beyond it continues in the next statement. */
const MAX_BATCH = 500;

/** Prepared once per audit connection: parsing and planning the INSERT … SELECT cost ~0.3 ms. */
const INSERT_STATEMENT = 'schakel_audit_insert';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text PostgreSQL stores exactly as given: no NUL, no lone surrogate (it refuses both), at most
 * `max` UTF-16 units and never cut inside a surrogate pair. What a user typed can therefore never
 * make an event unwritable.
 */
function clip(value: string | undefined | null, max: number): string | null {
  if (value === undefined || value === null || value === '') return null;
  let text = value.replaceAll('\u0000', '\ufffd').replace(LONE_SURROGATE, '\ufffd').slice(0, max);
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) text = text.slice(0, -1);
  return text;
}

/** An event the database would refuse: a bug in the caller, so its request fails. */
export class AuditEventInvalidError extends Error {}

const OPERATION = /^[A-Za-z][A-Za-z0-9_.:-]{0,99}$/;
const REASON_CODE = /^[A-Z_]{2,40}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The table's CHECK constraints (migration 1764000000600-audit), checked before answering. */
function assertWritable(row: AuditRow): void {
  const problems: string[] = [];
  if (!AUDIT_ACTIONS.includes(row.action as AuditAction)) problems.push('action');
  if (!AUDIT_RESULTS.includes(row.result as AuditResult)) problems.push('result');
  if (!OPERATION.test(row.operation)) problems.push('operation');
  if (row.reason_code !== null && !REASON_CODE.test(row.reason_code)) problems.push('reason_code');
  if (row.access_basis !== null && !ACCESS_BASES.includes(row.access_basis)) {
    problems.push('access_basis');
  }
  const ids = [
    row.region_id,
    ...[row.actor_user_id, row.on_behalf_of_user_id, row.actor_agency_id, row.case_id].filter(
      (id): id is string => id !== null,
    ),
    ...row.person_ids,
  ];
  if (ids.some((id) => !UUID.test(id))) problems.push('uuid');
  if (row.detail !== null && Buffer.byteLength(row.detail, 'utf8') > MAX_DETAIL_BYTES) {
    problems.push('detail');
  }
  if (problems.length > 0) {
    throw new AuditEventInvalidError(`audit event not writable: ${problems.join(', ')}`);
  }
}

const ACCESS_BASES: readonly string[] = [
  'covenant',
  'consent',
  'conflict_of_duties',
  'break_glass',
  'role',
];

/**
 * A uuid as PostgreSQL prints it (lower case, hyphenated), so the content hash the app computes
 * matches the stored row; PostgreSQL also accepts upper case, braces and missing hyphens.
 */
function uuid(value: string): string;
function uuid(value: string | null): string | null;
function uuid(value: string | null): string | null {
  if (value === null) return null;
  const hex = value.replace(/[{}-]/g, '').toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(hex)) return value; // the insert refuses it
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The row of an event, checked against the table's constraints (throws if unwritable). */
export function toRow(e: AuditEventInput): AuditRow {
  const context = currentRequestContext();
  const content = {
    regionId: uuid(e.regionId),
    actorUserId: uuid(e.actor?.userId ?? null),
    onBehalfOfUserId: uuid(e.onBehalfOfUserId ?? null),
    actorAgencyId: uuid(e.actor?.agencyId ?? null),
    actorAgencyType: e.actor?.agencyType ?? null,
    actorRoles: [...(e.actor?.roles ?? [])],
    action: e.action,
    result: e.result,
    operation: e.operation,
    personIds: [...new Set((e.personIds ?? []).map((id) => uuid(id)))],
    caseId: uuid(e.caseId ?? null),
    categories: [...new Set((e.categories ?? []).map((c) => clip(c, 100) ?? ''))],
    fields: [...new Set((e.fields ?? []).map((f) => clip(f, 100) ?? ''))],
    recordType: clip(e.record?.type, 60),
    recordId: clip(e.record?.id, 100),
    accessBasis: e.accessBasis ?? null,
    purpose: clip(e.purpose, 500),
    reasonCode: e.reasonCode ?? null,
    originAddress: clip(context?.address, 100),
    userAgent: clip(context?.userAgent, 500),
    requestId: clip(context?.requestId, 100),
    detail: serializeAuditDetail(e.detail),
  };
  const row: AuditRow = {
    region_id: content.regionId,
    actor_user_id: content.actorUserId,
    on_behalf_of_user_id: content.onBehalfOfUserId,
    actor_agency_id: content.actorAgencyId,
    actor_agency_type: content.actorAgencyType,
    actor_roles: content.actorRoles,
    action: content.action,
    result: content.result,
    operation: content.operation,
    person_ids: content.personIds,
    case_id: content.caseId,
    categories: content.categories,
    fields: content.fields,
    record_type: content.recordType,
    record_id: content.recordId,
    access_basis: content.accessBasis,
    purpose: content.purpose,
    reason_code: content.reasonCode,
    origin_address: content.originAddress,
    user_agent: content.userAgent,
    request_id: content.requestId,
    detail: content.detail,
    content_hash: auditContentHash(content).toString('hex'),
  };
  assertWritable(row);
  return row;
}

interface Pending {
  row: AuditRow;
  /** performance.now() when queued: the loss bound counts from the oldest unwritten event. */
  queuedAt: number;
  /** Set when the request stopped waiting for it (it failed without data): not written. */
  abandoned: boolean;
  resolve(): void;
  reject(error: unknown): void;
}

/** How long the first queued event waits for others to share its INSERT (async mode). */
const GROUP_COMMIT_MS = 2;
/** Most events waiting in memory; beyond it requests fail instead of growing the queue. */
const MAX_BACKLOG = 20_000;
/** How long an answer waits for its event while the trail is failing, before it fails. */
export const AUDIT_WAIT_WHEN_FAILING_MS = 3000;
const RETRY_MS = [100, 250, 500, 1000, 2000];
/**
 * A write in flight longer than this counts as failing ("stalled"): a lock on the chain head or a
 * synchronous standby gone makes an INSERT hang, not fail. Capped by AUDIT_MAX_UNWRITTEN_MS.
 */
const STALLED_AFTER_MS = 1000;
/** How long a stop waits for the audit connections to close (a stuck INSERT holds one). */
const POOL_END_WAIT_MS = 500;

/** What readiness reports of the trail (`/health/ready`). */
export interface AuditTrailStatus {
  /** `ok`: answers may go out before their event is written; anything else: 503. */
  state: 'ok' | 'failing' | 'stalled' | 'stopping';
  /** Events waiting for their INSERT, and in the INSERT now running. */
  queued: number;
  inFlight: number;
  /** Age of the oldest event not yet written; 0 when every event is written. */
  oldestUnwrittenMs: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The trail cannot take this event now; the request fails without data (HTTP 503). */
export class AuditUnavailableError extends AppError {
  constructor(message: string) {
    super(
      'AUDIT_UNAVAILABLE',
      `${message}: nothing can be shown until every access can be logged again`,
    );
  }
}

const noop = () => undefined;

/**
 * Writes the audit trail (docs/privacy.md, ADR 0007, ADR 0009).
 *
 * - `record(tx, event)`: inside the caller's transaction, for writes: the event commits or rolls
 *   back with the change. Call it last in the transaction, because the region's chain head stays
 *   locked until the commit.
 * - `recordRead(event)`: for reads and denials, on the audit connections (the app's restricted
 *   role, `synchronous_commit` from AUDIT_READ_SYNCHRONOUS_COMMIT). The event is checked against
 *   the table's constraints first (an unwritable event fails its request), then queued; one
 *   multi-row INSERT at a time writes the queue (group commit).
 *   - AUDIT_READ_MODE=async (default): the answer goes out once its event is queued, unless the
 *     trail is failing (an INSERT failed), stalled (one runs longer than STALLED_AFTER_MS) or
 *     behind (the oldest unwritten event is older than AUDIT_MAX_UNWRITTEN_MS): then every answer
 *     waits for its own event's commit and fails after AUDIT_WAIT_WHEN_FAILING_MS. Queued events
 *     are retried until written, never dropped; what a crash of this process can lose is the
 *     queue: normally the last few milliseconds' events, at most AUDIT_MAX_UNWRITTEN_MS of them.
 *     The audit connections have their own statement_timeout and lock_timeout.
 *   - AUDIT_READ_MODE=sync: every answer waits for its event's commit (no data without a committed
 *     event, at ≈1 ms per request).
 */
@Injectable()
export class AuditService
  implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  /** This process's audit writer, named in its `audit.started` / `audit.stopped` events. */
  readonly instanceId = randomUUID();
  /** Regions that got an `audit.started` event, so they get an `audit.stopped` one. */
  private startedRegions: string[] = [];
  private queue: Pending[] = [];
  /** The batch of the INSERT now running: unwritten until it commits. */
  private inFlight: Pending[] = [];
  private draining: Promise<void> | null = null;
  private failing = false;
  /** An INSERT runs too long, or the oldest unwritten event is older than the bound. */
  private stalled = false;
  private attempt = 0;
  /** performance.now() when the stop began: readiness fails, events are still taken meanwhile. */
  private stopBegan: number | null = null;
  /** No new events (the queue is being written for the last time). */
  private stopping = false;
  /** The stop is over: what was unwritten is in the log; the writer does nothing more. */
  private closed = false;
  private readonly pool: Pool;
  private readonly waitAlways: boolean;
  private readonly limits: AuditWriterLimits;
  private readonly stalledAfterMs: number;
  /** Since the start, for the metrics (schakel_audit_events_written_total and …_failures_total). */
  private readonly counts = { written: 0, writeFailures: 0 };

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
  ) {
    this.waitAlways = config.auditReadMode === 'sync';
    this.limits = config.audit;
    this.stalledAfterMs = Math.min(STALLED_AFTER_MS, this.limits.maxUnwrittenMs);
    const options = [
      config.databaseAppRole ? `-c role=${config.databaseAppRole}` : '',
      `-c synchronous_commit=${config.auditReadSynchronousCommit}`,
      // A lock on the chain head or a stuck server fails the INSERT instead of hanging it.
      `-c statement_timeout=${this.limits.statementTimeoutMs}`,
      `-c lock_timeout=${this.limits.lockTimeoutMs}`,
    ];
    // Its own connections: a burst of requests cannot starve the trail of a connection (or the
    // other way round), and the commit setting applies to audit events only.
    this.pool = new Pool({
      // Session settings (above) and a named INSERT: a direct connection, not a pooler (ADR 0030).
      connectionString: config.databaseDirectUrl,
      max: 2,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 600_000,
      application_name: 'schakel-audit',
      options: options.filter(Boolean).join(' '),
    });
    // Outside any request context: the connection may have been opened inside a request long ago.
    this.pool.on(
      'error',
      detachedFromRequests((error: Error) =>
        this.logger.event('warn', 'audit connection error', { error: error.message }),
      ),
    );
  }

  async record(q: Queryable, event: AuditEventInput): Promise<void> {
    await runStatement(q, insertAuditEventsQuery([toRow(event)]));
  }

  /**
   * The final event of a committed write (ADR 0011), linked into the chain in place of its outbox
   * row. That row is durable already, so nothing waits for this and nothing fails: a row this
   * writer cannot take now (stopping, full, unwritable) is left to the outbox sweeper.
   */
  link(event: AuditEventInput, outboxId: string): void {
    if (this.stopping || this.queue.length >= MAX_BACKLOG) return;
    let row: AuditRow;
    try {
      row = { ...toRow(event), outbox_id: outboxId };
    } catch {
      return;
    }
    this.enqueue(row);
  }

  /** Resolves when the request may answer (see the class comment); rejects when it must fail. */
  recordRead(event: AuditEventInput): Promise<void> {
    let row: AuditRow;
    try {
      row = toRow(event);
    } catch (error) {
      return Promise.reject(error);
    }
    if (this.stopping || this.queue.length >= MAX_BACKLOG) {
      return Promise.reject(new AuditUnavailableError('the audit trail cannot take more events'));
    }
    if (!this.waitAlways && !this.mustWait()) {
      // Written just after the answer went out (group commit window): the INSERT does not
      // compete with sending it, and events of requests finishing meanwhile share the statement.
      this.enqueue(row);
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const pending: Pending = {
        row,
        queuedAt: performance.now(),
        abandoned: false,
        resolve,
        reject,
      };
      const timer = this.waitAlways
        ? null
        : setTimeout(() => {
            pending.abandoned = true;
            reject(new AuditUnavailableError('the audit trail cannot be written'));
          }, AUDIT_WAIT_WHEN_FAILING_MS);
      pending.resolve = () => {
        if (timer) clearTimeout(timer);
        resolve();
      };
      this.queue.push(pending);
      this.draining ??= this.drain();
    });
  }

  /** An event nobody waits for, written in the next group commit. */
  private enqueue(row: AuditRow): void {
    this.queue.push({
      row,
      queuedAt: performance.now(),
      abandoned: false,
      resolve: noop,
      reject: noop,
    });
    this.draining ??= sleep(GROUP_COMMIT_MS).then(() => this.drain());
  }

  /** Whether a new answer must wait for its own event (failing, stalled, or behind the bound). */
  private mustWait(): boolean {
    if (this.failing || this.stalled) return true;
    const age = this.oldestUnwrittenMs();
    if (age < this.limits.maxUnwrittenMs) return false;
    this.stall('an event is unwritten longer than AUDIT_MAX_UNWRITTEN_MS');
    return true;
  }

  /** Events of committed writes (an outbox id) are durable already: they do not count. */
  private oldestUnwrittenMs(): number {
    const unwritten = (p: Pending) => !p.abandoned && p.row.outbox_id === undefined;
    const oldest = this.inFlight.find(unwritten) ?? this.queue.find(unwritten);
    return oldest ? performance.now() - oldest.queuedAt : 0;
  }

  /** Logged at once: answers wait for their events from now on. */
  private stall(reason: string): void {
    if (this.stalled || this.closed) return;
    this.stalled = true;
    this.logger.event('error', 'audit trail stalled; answers wait for it', {
      reason,
      inFlight: this.inFlight.length,
      queued: this.queue.length,
      oldestUnwrittenMs: Math.round(this.oldestUnwrittenMs()),
    });
  }

  /** Resolves once every queued event is written, or the trail is failing (for tests). */
  async settled(): Promise<void> {
    while (this.draining && !this.isFailing) {
      await Promise.race([this.draining, new Promise((r) => setTimeout(r, 20))]);
    }
  }

  /** Whether the trail fails or stalls (answers then wait for their events). */
  get isFailing(): boolean {
    return this.failing || this.stalled;
  }

  /** The trail's state for readiness: anything but `ok` means answers cannot go out freely. */
  status(): AuditTrailStatus {
    if (!this.failing && !this.stalled && this.stopBegan === null) this.mustWait();
    const state =
      this.stopBegan !== null
        ? 'stopping'
        : this.failing
          ? 'failing'
          : this.stalled
            ? 'stalled'
            : 'ok';
    return {
      state,
      queued: this.queue.filter((p) => !p.abandoned).length,
      inFlight: this.inFlight.length,
      oldestUnwrittenMs: Math.round(this.oldestUnwrittenMs()),
    };
  }

  /** Events written and failed INSERTs since the start (metrics). */
  counters(): { written: number; writeFailures: number } {
    return { ...this.counts };
  }

  /** The audit connections' pool (metrics). */
  poolStats(): PoolStats {
    return poolStats(this.pool);
  }

  /** The role and commit setting the audit connections really have (for tests and support). */
  async connectionSettings(): Promise<{ role: string; synchronousCommit: string }> {
    const settings = auditConnectionSettingsQuery();
    const { rows } = await this.pool.query<{ role: string; synchronous_commit: string }>(
      settings.sql,
      settings.params,
    );
    return { role: rows[0]!.role, synchronousCommit: rows[0]!.synchronous_commit };
  }

  /**
   * The logging of the logging: one `audit.started` event per region when the writer starts and
   * one `audit.stopped` when it stops normally. A start without a stop of the same instance marks
   * where the events of its last few milliseconds may be missing (docs/privacy.md).
   */
  async onApplicationBootstrap(): Promise<void> {
    const regions = auditRegionIdsQuery();
    const { rows } = await this.pool.query<{ id: string }>(regions.sql, regions.params);
    this.startedRegions = rows.map((r) => r.id);
    await Promise.all(this.startedRegions.map((regionId) => this.logging(regionId, 'started')));
    await this.settled();
    this.logger.event('info', 'audit writer started', { instance: this.instanceId });
  }

  private logging(regionId: string, what: 'started' | 'stopped'): Promise<void> {
    return this.recordRead(this.loggingEvent(regionId, what));
  }

  private loggingEvent(regionId: string, what: 'started' | 'stopped'): AuditEventInput {
    return {
      regionId,
      actor: null,
      action: 'LOGGING',
      result: 'ALLOWED',
      operation: `audit.${what}`,
      record: { type: 'api_instance', id: this.instanceId },
      purpose: `process ${process.pid} on ${hostname()}`,
    };
  }

  /**
   * The stop began (the signal, or Nest's hooks): readiness fails from now on, and the wait for
   * the queue at the end counts from here.
   */
  beginShutdown(): void {
    this.stopBegan ??= performance.now();
  }

  beforeApplicationShutdown(): void {
    this.beginShutdown();
  }

  /**
   * Runs after the HTTP server closed (bootstrap.ts bounds that). Waits for the queue until
   * AUDIT_SHUTDOWN_WAIT_MS after the stop began, never longer for a stuck INSERT, then puts every
   * event still unwritten in the log — those of the INSERT in flight too — and closes the
   * connections.
   */
  async onApplicationShutdown(): Promise<void> {
    if (this.closed) return;
    this.beginShutdown();
    // Queued, not awaited (in sync mode or a failing trail that could take the whole wait), and
    // before `stopping`: recordRead refuses new events from then on.
    for (const regionId of this.startedRegions) {
      this.enqueue(toRow(this.loggingEvent(regionId, 'stopped')));
    }
    this.stopping = true;
    const drained = (async () => {
      while (this.draining) await this.draining;
    })();
    let timer: NodeJS.Timeout | undefined;
    const left = this.stopBegan! + this.limits.shutdownWaitMs - performance.now();
    const waited = new Promise<void>((r) => (timer = setTimeout(r, Math.max(0, left))));
    await Promise.race([drained, waited]);
    clearTimeout(timer);
    const stuck = this.inFlight.length > 0;
    this.logUnwritten('audit events not written at shutdown');
    // A stuck INSERT holds its connection: pool.end() would wait for it.
    if (stuck) {
      void this.pool.end().catch(noop);
      return;
    }
    let ended: NodeJS.Timeout | undefined;
    await Promise.race([
      this.pool.end().catch(noop),
      new Promise<void>((r) => (ended = setTimeout(r, POOL_END_WAIT_MS))),
    ]);
    clearTimeout(ended);
  }

  /**
   * The last record of events the trail never got: the events themselves go to the log. Those
   * of the INSERT in flight come first (`inFlight` of them): it may still commit, so look them up
   * by `content_hash` before adding them to the trail. Also called when a stop runs out of time.
   */
  logUnwritten(message: string): void {
    if (this.closed) return;
    this.closed = true;
    const unwritten = [...this.inFlight, ...this.queue].filter((p) => !p.abandoned);
    if (unwritten.length > 0) {
      this.logger.event('error', message, {
        count: unwritten.length,
        inFlight: this.inFlight.length,
        events: unwritten.map((p) => p.row),
      });
    }
    const stopped = new AuditUnavailableError('the API is stopping');
    for (const p of unwritten) p.reject(stopped);
  }

  private insert(rows: AuditRow[]): Promise<unknown> {
    const insert = insertAuditEventsQuery(rows);
    return this.pool.query({ name: INSERT_STATEMENT, text: insert.sql, values: insert.params });
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0 && !this.closed) {
        const batch = this.queue.splice(0, MAX_BATCH).filter((p) => !p.abandoned);
        if (batch.length === 0) continue;
        this.inFlight = batch;
        const watchdog = setTimeout(
          () => this.stall(`an INSERT runs longer than ${this.stalledAfterMs} ms`),
          this.stalledAfterMs,
        );
        try {
          await this.insert(batch.map((p) => p.row));
          clearTimeout(watchdog);
          this.inFlight = [];
          this.counts.written += batch.length;
          if ((this.failing || this.stalled) && !this.closed) {
            this.logger.event('warn', 'audit trail written again', { queued: this.queue.length });
          }
          this.failing = false;
          this.stalled = false;
          this.attempt = 0;
          for (const p of batch) p.resolve();
        } catch (error) {
          clearTimeout(watchdog);
          this.inFlight = [];
          // The stop already logged these events; nothing is retried after it.
          if (this.closed) return;
          this.counts.writeFailures += 1;
          // Every event was checked against the table's constraints, so this is the database
          // (down, full, refusing, a lock or statement timeout): keep the events in order, make
          // answers wait, retry.
          this.failing = true;
          this.queue.unshift(...batch);
          this.logger.event('error', 'audit trail cannot be written; answers wait for it', {
            error: error instanceof Error ? error.message : String(error),
            queued: this.queue.length,
          });
          if (this.stopping && this.attempt >= RETRY_MS.length) return;
          const delay = RETRY_MS[Math.min(this.attempt, RETRY_MS.length - 1)]!;
          this.attempt += 1;
          await new Promise((r) => setTimeout(r, delay));
        }
      }
    } finally {
      this.draining = null;
    }
  }
}
