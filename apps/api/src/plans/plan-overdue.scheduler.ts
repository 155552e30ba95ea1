import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { JsonLogger } from '../observability/json-logger';
import { MyActionsService } from './my-actions.service';

const EVERY_MS = 15 * 60 * 1000;

/**
 * Checks for overdue actions every 15 minutes in the API process. The timer is unref'd (it never
 * keeps the process alive) and off under tests (NODE_ENV=test), which call
 * `notifyOverdueActions(now)` with a controlled clock instead. Several instances may run it: the
 * claim skips rows another one holds, and each action is notified once per due date.
 */
@Injectable()
export class PlanOverdueScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly actions: MyActionsService,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
  ) {}

  onApplicationBootstrap(): void {
    if (process.env['NODE_ENV'] === 'test' || process.env['SCHAKEL_OVERDUE_CHECK'] === 'off') {
      return;
    }
    this.timer = setInterval(() => void this.run(), EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const count = await this.actions.notifyOverdueActions(new Date());
      if (count > 0) this.logger.event('info', 'overdue actions notified', { count });
    } catch (error) {
      this.logger.event('warn', 'overdue check failed', {
        error: error instanceof Error ? error.message : String(error),
      });
    } finally {
      this.running = false;
    }
  }
}
