import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobQueue } from '../jobs/job-queue.service';
import { JsonLogger } from '../observability/json-logger';
import { NotificationMailService } from './notification-mail.service';

/**
 * The dispatcher every minute and the digest daily at 07:00 (Europe/Amsterdam), as schedules of
 * the job queue: each run once across replicas (ADR 0015). Off under tests and with
 * SCHAKEL_SCHEDULES=off; tests call `dispatch()` and `digest()` themselves.
 */
@Injectable()
export class NotificationMailScheduler implements OnApplicationBootstrap {
  constructor(
    private readonly service: NotificationMailService,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.schedules.enabled) return;
    await this.jobs.work('notification.mail', () => this.run('dispatch'));
    await this.jobs.work('notification.digest', () => this.run('digest'));
    await this.jobs.schedule('notification.mail', '* * * * *');
    await this.jobs.schedule('notification.digest', '0 7 * * *');
  }

  private async run(what: 'dispatch' | 'digest'): Promise<void> {
    try {
      const count = await this.service[what]();
      if (count > 0) this.logger.event('info', 'notification e-mails queued', { what, count });
    } catch (error) {
      this.logger.event('warn', 'notification e-mail run failed', {
        what,
        error: error instanceof Error ? error.message : String(error),
      });
      throw error;
    }
  }
}
