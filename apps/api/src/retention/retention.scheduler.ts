import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { JsonLogger } from '../observability/json-logger';
import { RetentionJobService } from './retention-job.service';

const DEFAULT_INTERVAL_MINUTES = 360;
const FIRST_RUN_DELAY_MS = 60 * 1000;

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
 * Runs the retention job in the API process, a minute after start and then every six hours by
 * default. Unref'd timers; off under tests (NODE_ENV=test), which call `run(now)` with their own
 * clock. Several instances may run it: the job's advisory lock lets one run at a time.
 */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timers: NodeJS.Timeout[] = [];
  private running = false;

  constructor(
    private readonly job: RetentionJobService,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
  ) {}

  onApplicationBootstrap(): void {
    const every = retentionInterval();
    if (every === null) return;
    const first = setTimeout(() => void this.run(), FIRST_RUN_DELAY_MS);
    const repeat = setInterval(() => void this.run(), every);
    first.unref();
    repeat.unref();
    this.timers = [first, repeat];
  }

  onApplicationShutdown(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const result = await this.job.run(new Date());
      if (result.ran) this.logger.event('info', 'retention job finished', { ...result });
    } catch (error) {
      this.logger.event('warn', 'retention job failed', {
        error: error instanceof Error ? error.message : String(error),
      });
    } finally {
      this.running = false;
    }
  }
}
