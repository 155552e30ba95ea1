import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { poolStats, type PoolStats } from '../database/pool-stats';
import type { Queryable } from '../database/queryable';
import { JOB_SCHEMA } from '../database/migrations/1764000003000-job-queue';
import { JsonLogger } from '../observability/json-logger';
import { detachedFromRequests, outsideRequestContext } from '../observability/request-context';

/** The queues the migrations created (1764000003000-job-queue.ts); a new one needs a migration. */
export type QueueName =
  | 'mail.send'
  | 'plan.overdue'
  | 'retention.run'
  | 'notification.mail'
  | 'notification.digest'
  | 'access.review';

export interface JobRun<T> {
  id: string;
  data: T;
  /** 0 on the first attempt. */
  retryCount: number;
}

export interface SendJobOptions {
  retryLimit?: number;
  retryDelay?: number;
  retryBackoff?: boolean;
  /** Run no earlier than this. */
  startAfter?: Date;
  /** At most one job with this key waits or runs in a stately/singleton queue. */
  singletonKey?: string;
}

export interface WorkOptions {
  /** How often an idle worker looks for a job (pg-boss: at least 0.5 s). */
  pollingIntervalSeconds?: number;
}

/** Told of every job run on this instance (metrics): queue, outcome and duration in seconds. */
export type JobRunObserver = (
  queue: QueueName,
  outcome: 'completed' | 'failed',
  seconds: number,
) => void;

/** How long a stop waits for jobs in progress before pg-boss marks them failed (to be retried). */
export const JOBS_STOP_WAIT_MS = 3000;

/**
 * The durable job queue in PostgreSQL (pg-boss 10, ADR 0015). Each job is taken by one worker of
 * one instance (FOR UPDATE SKIP LOCKED), is retried with back-off when its handler throws, and is
 * kept afterwards as history (completed jobs archived after 12 hours, archive kept 30 days).
 *
 * pg-boss runs on a small pool of its own in the restricted app role: its schema comes from the
 * migrations (`migrate: false`), so it never needs the owner. Started when the modules initialise
 * (after the migrations), stopped first when the app stops: no new job is taken, jobs in progress
 * get JOBS_STOP_WAIT_MS to finish, the rest go back to the queue (failed → retried elsewhere).
 * With JOB_WORKERS=off an instance only enqueues.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnModuleDestroy {
  private pool: Pool | null = null;
  private boss: PgBoss | null = null;
  private stopping = false;
  private readonly runObservers: JobRunObserver[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
  ) {}

  /** Whether this instance takes jobs (JOB_WORKERS). */
  get working(): boolean {
    return this.config.jobWorkers;
  }

  async onModuleInit(): Promise<void> {
    const role = this.config.databaseAppRole;
    const pool = new Pool({
      connectionString: this.config.databaseUrl,
      max: 4,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
      application_name: 'schakel-jobs',
      // Behind a transaction-mode pooler the login user is the role itself (ADR 0030).
      ...(role && !this.config.databasePooled ? { options: `-c role=${role}` } : {}),
    });
    pool.on(
      'error',
      detachedFromRequests((error: Error) => {
        this.logger.event('warn', 'job queue pool client error', { error: error.message });
      }),
    );
    this.pool = pool;
    const workers = this.config.jobWorkers;
    const boss = new PgBoss({
      db: { executeSql: (text: string, values: unknown[]) => pool.query(text, values) },
      schema: JOB_SCHEMA,
      migrate: false,
      // Maintenance (expire, archive, delete) and the cron clock: one instance at a time does
      // each round (pg-boss claims it in pgboss.version).
      supervise: workers,
      schedule: workers,
      cronMonitorIntervalSeconds: this.config.schedules.cronCheckSeconds,
      cronWorkerIntervalSeconds: Math.min(5, this.config.schedules.cronCheckSeconds),
      archiveCompletedAfterSeconds: 12 * 3600,
      deleteAfterDays: 30,
    });
    boss.on('error', (error: Error) => {
      this.logger.event('warn', 'job queue error', { error: error.message });
    });
    await boss.start();
    this.boss = boss;
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    const boss = this.boss;
    this.boss = null;
    try {
      if (boss)
        await boss.stop({ graceful: true, wait: true, timeout: JOBS_STOP_WAIT_MS, close: false });
    } catch (error) {
      this.logger.event('warn', 'job queue stop failed', {
        error: error instanceof Error ? error.message : String(error),
      });
    } finally {
      await this.pool?.end();
      this.pool = null;
    }
  }

  /**
   * Enqueues a job; with `tx`, in that transaction (the job exists exactly when the change that
   * caused it commits). Returns the job's id, or null when a singleton key already waits.
   */
  async send<T extends object>(
    name: QueueName,
    data: T,
    options: SendJobOptions = {},
    tx?: Queryable,
  ): Promise<string | null> {
    const boss = this.requireBoss();
    const db = tx
      ? {
          executeSql: async (text: string, values: unknown[]) => ({
            rows: await tx.query<unknown[]>(text, values),
          }),
        }
      : undefined;
    return boss.send(name, data, { ...options, ...(db ? { db } : {}) });
  }

  /** Runs `handler` for each job of the queue on this instance (nothing with JOB_WORKERS=off). */
  async work<T extends object>(
    name: QueueName,
    handler: (job: JobRun<T>) => Promise<void>,
    options: WorkOptions = {},
  ): Promise<void> {
    if (!this.config.jobWorkers) return;
    const boss = this.requireBoss();
    await boss.work<T>(
      name,
      {
        batchSize: 1,
        includeMetadata: true,
        pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
      },
      (jobs: PgBoss.JobWithMetadata<T>[]) =>
        outsideRequestContext(async () => {
          for (const job of jobs) {
            const started = process.hrtime.bigint();
            const observe = (outcome: 'completed' | 'failed') => {
              const seconds = Number(process.hrtime.bigint() - started) / 1e9;
              for (const observer of this.runObservers) observer(name, outcome, seconds);
            };
            try {
              await handler({ id: job.id, data: job.data, retryCount: job.retryCount });
            } catch (error) {
              observe('failed');
              throw error;
            }
            observe('completed');
          }
        }),
    );
  }

  /** Calls `observer` after each job this instance runs (metrics). */
  observeRuns(observer: JobRunObserver): void {
    this.runObservers.push(observer);
  }

  /** The job queue's pool; null before the start and after the stop (metrics). */
  poolStats(): PoolStats | null {
    return this.pool ? poolStats(this.pool) : null;
  }

  /**
   * A cron schedule (minute resolution, Europe/Amsterdam): once per due minute, one instance
   * enqueues the job and one worker runs it, however many replicas run.
   */
  async schedule(name: QueueName, cron: string, data: object = {}): Promise<void> {
    await this.requireBoss().schedule(name, cron, data, { tz: 'Europe/Amsterdam' });
  }

  async unschedule(name: QueueName): Promise<void> {
    await this.requireBoss().unschedule(name);
  }

  private requireBoss(): PgBoss {
    if (!this.boss) {
      throw new Error(
        this.stopping ? 'the job queue is stopping' : 'the job queue has not started',
      );
    }
    return this.boss;
  }
}
