import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobQueue } from '../jobs/job-queue.service';
import { JsonLogger } from '../observability/json-logger';
import { MyActionsService } from './my-actions.service';

const QUEUE = 'plan.overdue';

/**
 * Checks for overdue actions on a schedule of the job queue (SCHAKEL_OVERDUE_CRON, default every
 * 15 minutes; ADR 0015): once per due time one instance enqueues the job and one worker runs it,
 * however many replicas run; a failed run is retried. Off under tests (NODE_ENV=test), which call
 * `notifyOverdueActions(now)` with a controlled clock instead, and with SCHAKEL_OVERDUE_CHECK=off
 * or SCHAKEL_SCHEDULES=off. Each action is notified once per due date whoever runs it.
 */
@Injectable()
export class PlanOverdueScheduler implements OnApplicationBootstrap {
  constructor(
    private readonly actions: MyActionsService,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.schedules.enabled) return;
    if (process.env['SCHAKEL_OVERDUE_CHECK'] === 'off') {
      // Switched off on purpose: no instance enqueues it any more.
      await this.jobs.unschedule(QUEUE);
      return;
    }
    await this.jobs.work(QUEUE, () => this.run());
    await this.jobs.schedule(QUEUE, this.config.schedules.overdueCron);
  }

  /** One run, now; throws so that the queue retries it. */
  async run(): Promise<void> {
    try {
      const count = await this.actions.notifyOverdueActions(new Date());
      if (count > 0) this.logger.event('info', 'overdue actions notified', { count });
    } catch (error) {
      this.logger.event('warn', 'overdue check failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      throw error;
    }
  }
}
