import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { Client } from 'pg';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import type { AppConfig, HttpLimits } from './config/app-config';
import { appRoleUsableQuery } from './database/database.queries';
import { runMigrations, runMigrationsAsOwner } from './database/migrate';
import { DemoSeeder } from './demo/demo-seeder';
import type { JsonLogger } from './observability/json-logger';
import { requestIdMiddleware } from './observability/request-id.middleware';

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

/** Browser features the portal never uses, denied to it and to anything it might embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/**
 * Express on an HTTP server with limits on slow clients (Node's defaults let a client that sends
 * one header byte at a time hold a connection for minutes). Node checks the limits every
 * connectionsCheckingInterval, so that is kept well below them.
 */
class LimitedExpressAdapter extends ExpressAdapter {
  constructor(private readonly limits: HttpLimits) {
    super(express());
  }

  override initHttpServer(): void {
    const { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs } = this.limits;
    this.httpServer = createServer(
      {
        headersTimeout: headersTimeoutMs,
        requestTimeout: requestTimeoutMs,
        keepAliveTimeout: keepAliveTimeoutMs,
        connectionsCheckingInterval: Math.min(1000, Math.ceil(headersTimeoutMs / 4)),
      },
      this.getInstance(),
    );
  }
}

/** Serves the built portal on the API's origin, with client-side routes falling back to index.html. */
function servePortal(app: NestExpressApplication, folder: string): void {
  const root = resolve(folder);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return;
  app.use(
    express.static(root, {
      index: false,
      setHeaders: (res, path) => {
        res.setHeader(
          'Cache-Control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    const apiPath =
      req.path === '/graphql' ||
      req.path.startsWith('/health/') ||
      req.path.startsWith('/meetings/') ||
      req.path.startsWith('/data-subject-requests/');
    if (apiPath || (req.method !== 'GET' && req.method !== 'HEAD') || !req.accepts('html'))
      return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/**
 * The restricted role when the login user may switch to it. Explicitly configured: required.
 * By default: used when available, else the app runs as the login user with a warning (a managed
 * database where nobody created the role yet) — the triggers still protect the trail.
 */
async function resolveAppRole(config: AppConfig, logger: JsonLogger): Promise<AppConfig> {
  const role = config.databaseAppRole;
  if (!role) return config;
  const client = new Client({ connectionString: config.databaseUrl });
  await client.connect();
  try {
    const usable = appRoleUsableQuery(role);
    const { rows } = await client.query<{ usable: boolean }>(usable.sql, usable.params);
    if (rows[0]?.usable) return config;
  } finally {
    await client.end();
  }
  if (config.databaseAppRoleRequired) {
    throw new Error(
      `DB_APP_ROLE ${role}: the role does not exist or the login user may not use it`,
    );
  }
  logger.event('warn', 'running as the login user: the restricted app role is not available', {
    role,
    see: 'docs/operations.md#the-restricted-app-role',
  });
  return { ...config, databaseAppRole: null };
}

/** Builds the fully configured application; shared by main.ts and the integration tests. */
export async function createApp(
  config: AppConfig,
  logger: JsonLogger,
): Promise<NestExpressApplication> {
  // A pool in the restricted role can neither migrate nor connect before the role exists.
  const migratedFirst = config.databaseAppRole
    ? await runMigrationsAsOwner(config.databaseUrl)
    : null;
  config = await resolveAppRole(config, logger);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, logger),
    new LimitedExpressAdapter(config.http),
    {
      logger,
      bufferLogs: false,
      abortOnError: false,
    },
  );
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(requestIdMiddleware(logger));
  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
      strictTransportSecurity: config.secureCookies
        ? { maxAge: 31536000, includeSubDomains: true }
        : false,
      referrerPolicy: { policy: 'no-referrer' },
      frameguard: { action: 'deny' },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    // Answers carry personal data (GraphQL, exports, PDFs): never kept by a browser or proxy.
    // The portal's static files below replace this with their own caching.
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(cookieParser());
  if (config.portalDist) servePortal(app, config.portalDist);
  app.enableShutdownHooks();

  const dataSource = app.get(DataSource);
  const applied = migratedFirst ?? (await runMigrations(dataSource));
  if (applied.length) logger.event('info', 'migrations applied', { migrations: applied });
  if (config.loadDemoData) await app.get(DemoSeeder).seedIfEmpty();

  await app.init();
  return app;
}
