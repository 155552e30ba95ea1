import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SessionCache } from '../../src/auth/session-cache';
import { POLICY_CONTEXT_CHANNEL } from '../../src/auth/session.queries';
import { createApp } from '../../src/bootstrap';
import { loadConfig, type AppConfig } from '../../src/config/app-config';
import { JsonLogger } from '../../src/observability/json-logger';
import { createTestDatabase, type TestDatabase } from './test-database';

export const TEST_SESSION_SECRET = 'integration-test-secret-0123456789abcdef';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  /**
   * The app's data source. A statement run through its `query` that may write waits until the
   * app's session cache has handled the notifications the write caused (ADR 0013: a change made
   * outside the API reaches the cache within milliseconds, not before the next request), so a
   * test that changes a row by SQL and then asks the API sees the change.
   */
  db: DataSource;
  database: TestDatabase;
  /** Every JSON log line the app wrote. */
  logs: string[];
  /** A cookie-keeping client, like one browser. */
  agent(): ReturnType<typeof request.agent>;
  close(): Promise<void>;
}

/**
 * The real application (same bootstrap as production) on its own fresh database (by default on
 * the run's shared server; a test that stops its server passes its own, see own-postgres.ts).
 */
export async function createTestApp(
  env: Record<string, string> = {},
  ownDatabase?: TestDatabase,
): Promise<TestApp> {
  const database = ownDatabase ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    SESSION_SECRET: TEST_SESSION_SECRET,
    SCHAKEL_DEMO_DATA: 'true',
    TRUST_PROXY: 'loopback',
    LOG_LEVEL: 'debug',
    ...env,
  });
  const logs: string[] = [];
  const logger = new JsonLogger(config.logLevel, (line) => logs.push(line));
  const app = await createApp(config, logger);
  const dataSource = app.get(DataSource);
  const cache = app.get(SessionCache);
  const settled = async () => {
    if (!cache.active) return;
    const barrier = `barrier:${randomUUID()}`;
    await dataSource.query(`SELECT pg_notify($1, $2)`, [POLICY_CONTEXT_CHANNEL, barrier]);
    const deadline = Date.now() + 10_000;
    while (!cache.sawBarrier(barrier) && cache.active && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 2));
  };
  const read = (sql: string) =>
    /^\s*(SELECT|WITH|EXPLAIN|SHOW)\b/i.test(sql) &&
    !/\b(INSERT|UPDATE|DELETE|TRUNCATE)\b/i.test(sql);
  const db = new Proxy(dataSource, {
    get(target, property, receiver) {
      if (property !== 'query') return Reflect.get(target, property, receiver) as unknown;
      return async (...args: Parameters<DataSource['query']>) => {
        const result: unknown = await target.query(...args);
        if (!read(String(args[0]))) await settled();
        return result;
      };
    },
  });
  return {
    app,
    config,
    db,
    database,
    logs,
    agent: () => request.agent(app.getHttpServer()),
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
