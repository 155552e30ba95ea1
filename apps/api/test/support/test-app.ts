import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap';
import { loadConfig, type AppConfig } from '../../src/config/app-config';
import { JsonLogger } from '../../src/observability/json-logger';
import { createTestDatabase, type TestDatabase } from './test-database';

export const TEST_SESSION_SECRET = 'integration-test-secret-0123456789abcdef';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
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
  return {
    app,
    config,
    db: app.get(DataSource),
    database,
    logs,
    agent: () => request.agent(app.getHttpServer()),
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
