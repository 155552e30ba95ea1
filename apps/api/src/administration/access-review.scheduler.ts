import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobQueue } from '../jobs/job-queue.service';
import { JsonLogger } from '../observability/json-logger';
import { AccessReviewService } from './access-review.service';

const QUEUE = 'access.review';
/** Daily at 07:00 (Europe/Amsterdam): a mail at the start of the working day, at most weekly. */
const CRON = '0 7 * * *';

/**
 * The access review's reminder on a schedule of the job queue (daily; ADR 0015): one instance
 * enqueues it, one worker runs it, a failed run is retried. Each agency is reminded at most once
 * a week whoever runs it (the claim in access-review.queries.ts). Off under tests (NODE_ENV=test),
 * which call `remind(now)` with their own clock, and with SCHAKEL_ACCESS_REVIEW_REMINDER=off or
 * SCHAKEL_SCHEDULES=off.
 */
@Injectable()
export class AccessReviewScheduler implements OnApplicationBootstrap {
  constructor(
    private readonly review: AccessReviewService,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.schedules.enabled) return;
    if (process.env['SCHAKEL_ACCESS_REVIEW_REMINDER'] === 'off') {
      await this.jobs.unschedule(QUEUE);
      return;
    }
    await this.jobs.work(QUEUE, () => this.run());
    await this.jobs.schedule(QUEUE, CRON);
  }

  /** One run, now; throws so that the queue retries it. */
  async run(): Promise<void> {
    try {
      const result = await this.review.remind(new Date());
      if (result.agencies > 0)
        this.logger.event('info', 'access review reminders queued', { ...result });
    } catch (error) {
      this.logger.event('warn', 'access review reminder failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      throw error;
    }
  }
}
