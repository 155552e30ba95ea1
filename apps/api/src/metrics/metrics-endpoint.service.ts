import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { createServer, type Server } from 'node:http';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { poolStats } from '../database/pool-stats';
import { JobQueue } from '../jobs/job-queue.service';
import { LiveSocketService } from '../live/live-socket.service';
import { JsonLogger } from '../observability/json-logger';
import { Metrics } from './metrics';

/**
 * Connects the metrics to the app's services and serves `GET /metrics` on its own listener
 * (METRICS_PORT, METRICS_HOST): never on the public port, so neither the Ingress nor a browser
 * reaches it. The listener answers nothing else and reads no cookie or header.
 */
@Injectable()
export class MetricsEndpoint implements OnApplicationBootstrap, OnApplicationShutdown {
  private server: Server | null = null;

  constructor(
    private readonly metrics: Metrics,
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
  ) {}

  /** The listener's port once it listens (METRICS_PORT=0 picks a free one). */
  get port(): number | null {
    const address = this.server?.address();
    return address && typeof address === 'object' ? address.port : null;
  }

  async onApplicationBootstrap(): Promise<void> {
    const { metricsPort, metricsHost } = this.config.observability;
    if (metricsPort === null) return;
    const get = <T>(token: new (...args: never[]) => T): T =>
      this.moduleRef.get(token, { strict: false });
    const dataSource = get(DataSource);
    const audit = get(AuditService);
    const jobs = get(JobQueue);
    const live = get(LiveSocketService);
    jobs.observeRuns((queue, outcome, seconds) =>
      this.metrics.jobDuration.observe({ queue, outcome }, seconds),
    );
    this.metrics.readFrom({
      pools: () => ({
        api: poolStats((dataSource.driver as unknown as { master: Pool }).master),
        audit: audit.poolStats(),
        jobs: jobs.poolStats(),
      }),
      audit: () => ({ ...audit.status(), ...audit.counters() }),
      live: () => live.counts(),
    });

    const server = createServer((req, res) => {
      const path = (req.url ?? '').split('?')[0];
      if (req.method !== 'GET' || path !== '/metrics') {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
        return;
      }
      this.metrics.text().then(
        (text) => res.writeHead(200, { 'content-type': this.metrics.contentType }).end(text),
        (error: unknown) => {
          this.logger.event('error', 'metrics could not be collected', {
            error: error instanceof Error ? error.message : String(error),
          });
          res.writeHead(500, { 'content-type': 'text/plain' }).end('Metrics failed\n');
        },
      );
    });
    server.keepAliveTimeout = 5000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(metricsPort, metricsHost, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.logger.event('info', 'metrics listening', { host: metricsHost, port: this.port });
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
