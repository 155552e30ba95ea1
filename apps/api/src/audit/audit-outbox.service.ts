import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JsonLogger } from '../observability/json-logger';
import { auditOutboxSweepQuery, auditOutboxSweepTimeoutsQuery } from './audit.queries';

/** How old an outbox row must be before a sweeper links it: its writer links it in ms. */
export const OUTBOX_GRACE_SECONDS = 5;
/** How often every API process sweeps. */
const SWEEP_EVERY_MS = 5000;
/** Most rows one statement links (the chain head is locked while it runs). */
const SWEEP_BATCH = 200;
/** How long a stop waits for a sweep in flight. */
const SHUTDOWN_WAIT_MS = 1000;

/**
 * Links audit events left in the outbox (ADR 0011): the event of a committed write whose writer
 * crashed, stopped or could not reach the trail between the commit and linking it. Every API
 * process sweeps on start and every few seconds; rows are claimed with SKIP LOCKED and deleted
 * in the statement that inserts their event, so each is linked exactly once.
 */
@Injectable()
export class AuditOutboxService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<number> | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
  ) {}

  onApplicationBootstrap(): void {
    void this.sweepLogged();
    this.timer = setInterval(() => void this.sweepLogged(), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    // A sweep in flight ends by its own timeouts; the stop waits for it at most briefly (what it
    // does not finish stays in the outbox for the next sweeper).
    const waited = new Promise((r) => setTimeout(r, SHUTDOWN_WAIT_MS).unref());
    await Promise.race([this.sweeping?.catch(() => undefined), waited]);
  }

  /** Links every row older than `graceSeconds`; resolves with how many it linked. */
  async sweep(graceSeconds = OUTBOX_GRACE_SECONDS): Promise<number> {
    while (this.sweeping) await this.sweeping.catch(() => undefined);
    this.sweeping = this.sweepAll(graceSeconds);
    try {
      return await this.sweeping;
    } finally {
      this.sweeping = null;
    }
  }

  private async sweepAll(graceSeconds: number): Promise<number> {
    let linked = 0;
    for (;;) {
      const rows = await this.db.transaction(async (tx) => {
        const timeouts = auditOutboxSweepTimeoutsQuery();
        await tx.query(timeouts.sql, timeouts.params);
        const { sql, params } = auditOutboxSweepQuery(graceSeconds, SWEEP_BATCH);
        return tx.query<unknown[]>(sql, params);
      });
      linked += rows.length;
      if (rows.length < SWEEP_BATCH) return linked;
    }
  }

  private async sweepLogged(): Promise<void> {
    if (this.sweeping) return;
    try {
      const linked = await this.sweep();
      if (linked > 0)
        this.logger.event('warn', 'audit outbox: linked events left behind', { linked });
    } catch (error) {
      this.logger.event('warn', 'audit outbox could not be swept; retrying', {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
}
