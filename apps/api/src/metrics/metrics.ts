import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type CollectFunction,
} from 'prom-client';

/** Seconds; requests are mostly 5–200 ms, a slow report or export takes seconds. */
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Jobs send mail or sweep tables: up to a minute. */
const JOB_BUCKETS = [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60];

/** What a pool reports (node-postgres `Pool`: totalCount, idleCount, waitingCount, options.max). */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

/** What the audit writer reports (AuditService.status() and its counters). */
export interface AuditStats {
  state: 'ok' | 'failing' | 'stalled' | 'stopping';
  queued: number;
  inFlight: number;
  oldestUnwrittenMs: number;
  written: number;
  writeFailures: number;
}

export interface LiveStats {
  connections: number;
  subscriptions: number;
}

/** Where the gauges read their values at scrape time; set once the app's services exist. */
export interface MetricSources {
  pools(): Record<string, PoolStats | null>;
  audit(): AuditStats;
  live(): LiveStats;
}

export const AUDIT_STATES: AuditStats['state'][] = ['ok', 'failing', 'stalled', 'stopping'];

/**
 * The API's Prometheus metrics (ADR 0031), in a registry of their own (one per app: tests run
 * several apps in one process). Labels hold bounded, non-personal values only: route patterns,
 * method, status class, the portal's operation names, error codes, queue names, pool names.
 * Durations and counters are pushed where they happen; states are read at scrape time.
 */
export class Metrics {
  readonly registry = new Registry();
  private sources: MetricSources | null = null;

  readonly httpDuration = new Histogram({
    name: 'schakel_http_request_duration_seconds',
    help: 'HTTP requests by route pattern, method and status class, from arrival to the last byte.',
    labelNames: ['route', 'method', 'status_class'] as const,
    buckets: REQUEST_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'schakel_graphql_operation_duration_seconds',
    help: 'GraphQL operations over HTTP by operation name (the portal\u2019s, else "other"), type and outcome.',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: REQUEST_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'schakel_graphql_errors_total',
    help: 'Errors in GraphQL answers by operation name and error code.',
    labelNames: ['operation', 'code'] as const,
    registers: [this.registry],
  });

  readonly jobDuration = new Histogram({
    name: 'schakel_job_run_duration_seconds',
    help: 'Job runs on this instance by queue and outcome (completed, failed: retried or given up).',
    labelNames: ['queue', 'outcome'] as const,
    buckets: JOB_BUCKETS,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const read = <T>(fn: (sources: MetricSources) => T): T | null =>
      this.sources ? fn(this.sources) : null;

    this.gauge(
      'schakel_db_pool_connections',
      'Open database connections per pool and state (idle or in use).',
      ['pool', 'state'],
      function () {
        for (const [pool, stats] of Object.entries(read((s) => s.pools()) ?? {})) {
          if (!stats) continue;
          this.set({ pool, state: 'idle' }, stats.idle);
          this.set({ pool, state: 'in_use' }, stats.total - stats.idle);
        }
      },
    );
    this.gauge(
      'schakel_db_pool_max_connections',
      'The most connections each pool opens.',
      ['pool'],
      function () {
        for (const [pool, stats] of Object.entries(read((s) => s.pools()) ?? {}))
          if (stats) this.set({ pool }, stats.max);
      },
    );
    this.gauge(
      'schakel_db_pool_waiting_requests',
      'Requests waiting for a free connection per pool (a pool too small, or slow queries).',
      ['pool'],
      function () {
        for (const [pool, stats] of Object.entries(read((s) => s.pools()) ?? {}))
          if (stats) this.set({ pool }, stats.waiting);
      },
    );
    this.gauge(
      'schakel_audit_queue_events',
      'Audit events of reads not yet written (queued and in the INSERT now running).',
      [],
      function () {
        const audit = read((s) => s.audit());
        if (audit) this.set(audit.queued + audit.inFlight);
      },
    );
    this.gauge(
      'schakel_audit_oldest_unwritten_seconds',
      'Age of the oldest audit event not yet written; 0 when all are written.',
      [],
      function () {
        const audit = read((s) => s.audit());
        if (audit) this.set(audit.oldestUnwrittenMs / 1000);
      },
    );
    this.gauge(
      'schakel_audit_trail_state',
      'The audit writer\u2019s state: 1 for the current one (ok, failing, stalled, stopping).',
      ['state'],
      function () {
        const audit = read((s) => s.audit());
        if (!audit) return;
        for (const state of AUDIT_STATES) this.set({ state }, audit.state === state ? 1 : 0);
      },
    );
    this.pulledCounter(
      'schakel_audit_events_written_total',
      'Audit events of reads written by this instance\u2019s writer.',
      () => read((s) => s.audit().written),
    );
    this.pulledCounter(
      'schakel_audit_write_failures_total',
      'Failed INSERTs of the audit writer (each is retried; answers wait meanwhile).',
      () => read((s) => s.audit().writeFailures),
    );
    this.gauge('schakel_live_connections', 'Open live (WebSocket) connections.', [], function () {
      const live = read((s) => s.live());
      if (live) this.set(live.connections);
    });
    this.gauge(
      'schakel_live_subscriptions',
      'Live subscriptions on the open connections.',
      [],
      function () {
        const live = read((s) => s.live());
        if (live) this.set(live.subscriptions);
      },
    );
  }

  /** Connects the scrape-time gauges to the app's services. */
  readFrom(sources: MetricSources): void {
    this.sources = sources;
  }

  /** The text Prometheus scrapes. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private gauge(
    name: string,
    help: string,
    labelNames: string[],
    collect: CollectFunction<Gauge>,
  ): void {
    new Gauge({ name, help, labelNames, collect, registers: [this.registry] });
  }

  /** A counter kept by another object (monotonic there); copied at scrape time. */
  private pulledCounter(name: string, help: string, value: () => number | null): void {
    new Counter({
      name,
      help,
      registers: [this.registry],
      collect() {
        const current = value();
        if (current === null) return;
        this.reset();
        this.inc(current);
      },
    });
  }
}
