import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobQueue } from '../jobs/job-queue.service';
import { JsonLogger } from '../observability/json-logger';
import { RetentionJobService } from './retention-job.service';

const DEFAULT_INTERVAL_MINUTES = 360;
const QUEUE = 'retention.run';

/** SCHAKEL_RETENTION_JOB=off disables it; SCHAKEL_RETENTION_INTERVAL_MINUTES sets how often. */
export function retentionInterval(env: NodeJS.ProcessEnv = process.env): number | null {
  if (env['NODE_ENV'] === 'test' || env['SCHAKEL_RETENTION_JOB'] === 'off') return null;
  const raw = env['SCHAKEL_RETENTION_INTERVAL_MINUTES'];
  const minutes = raw ? Number(raw) : DEFAULT_INTERVAL_MINUTES;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 10080) {
    throw new Error('SCHAKEL_RETENTION_INTERVAL_MINUTES must be a whole number from 1 to 10080');
  }
  return minutes * 60 * 1000;
}

/**
 * The interval as a cron schedule (Europe/Amsterdam): minutes that divide an hour, hours that
 * divide a day, or whole days (run at 03:00). Other intervals cannot be a schedule and are
 * refused at start.
 */
export function retentionCron(intervalMs: number): string {
  const minutes = intervalMs / 60_000;
  if (minutes < 60 && 60 % minutes === 0) return `*/${minutes} * * * *`;
  if (minutes === 60) return '0 * * * *';
  const hours = minutes / 60;
  if (Number.isInteger(hours) && hours < 24 && 24 % hours === 0) return `0 */${hours} * * *`;
  const days = minutes / 1440;
  if (Number.isInteger(days) && days >= 1 && days <= 7) {
    return days === 1 ? '0 3 * * *' : `0 3 */${days} * *`;
  }
  throw new Error(
    'SCHAKEL_RETENTION_INTERVAL_MINUTES must divide an hour (1–30), be hours that divide a day, ' +
      'or whole days up to 7',
  );
}

/**
 * Runs the retention job on a schedule of the job queue (every six hours by default; ADR 0015):
 * once per due time one instance enqueues it and one worker runs it; the job's advisory lock
 * still lets only one run at a time. Off under tests (NODE_ENV=test), which call `run(now)` with
 * their own clock, and with SCHAKEL_RETENTION_JOB=off or SCHAKEL_SCHEDULES=off.
 */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap {
  constructor(
    private readonly job: RetentionJobService,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.schedules.enabled) return;
    const every = retentionInterval();
    if (every === null) {
      if (process.env['SCHAKEL_RETENTION_JOB'] === 'off') await this.jobs.unschedule(QUEUE);
      return;
    }
    await this.jobs.work(QUEUE, () => this.run());
    await this.jobs.schedule(QUEUE, retentionCron(every));
  }

  /** One run, now; throws so that the queue retries it. */
  async run(): Promise<void> {
    try {
      const result = await this.job.run(new Date());
      if (result.ran) this.logger.event('info', 'retention job finished', { ...result });
    } catch (error) {
      this.logger.event('warn', 'retention job failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      throw error;
    }
  }
}
