import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { Client } from 'pg';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { AuditService } from './audit/audit.service';
import type { AppConfig, HttpLimits } from './config/app-config';
import { appRoleUsableQuery } from './database/database.queries';
import { runMigrations, runMigrationsAsOwner } from './database/migrate';
import { DemoSeeder } from './demo/demo-seeder';
import type { JsonLogger } from './observability/json-logger';
import { requestIdMiddleware } from './observability/request-id.middleware';
import { portalHandler } from './portal/serve-portal';

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
 * How long a stop lets requests in progress (and live WebSockets) finish before their
 * connections are closed. Idle kept-alive connections close at once.
 */
export const HTTP_CLOSE_GRACE_MS = 2000;
/**
 * A stop that takes longer ends the process: Docker sends SIGKILL 10 s after SIGTERM. The audit
 * queue gets AUDIT_SHUTDOWN_WAIT_MS (≤ 5 s) of it, counted from the signal.
 */
export const SHUTDOWN_DEADLINE_MS = 7000;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

/**
 * Express on an HTTP server with limits on slow clients (Node's defaults let a client that sends
 * one header byte at a time hold a connection for minutes). Node checks the limits every
 * connectionsCheckingInterval, so that is kept well below them.
 *
 * Closing never waits for a client: Node's server.close() waits for every open connection,
 * including kept-alive ones in use and upgraded WebSockets, so after HTTP_CLOSE_GRACE_MS the
 * remaining ones are destroyed.
 */
class LimitedExpressAdapter extends ExpressAdapter {
  private readonly sockets = new Set<Socket>();
  /** Resolves when the server closed and its last connection ended; set when the stop began. */
  private closing: Promise<void> | null = null;
  private graceTimer: NodeJS.Timeout | null = null;

  constructor(private readonly limits: HttpLimits) {
    super(express());
  }

  /** The stop began: no new connections, idle ones closed now, the rest after the grace. */
  beginClose(): void {
    const server = this.httpServer as Server | undefined;
    if (!server || this.closing) return;
    this.closing = server.listening
      ? new Promise((r) => server.close(() => r()))
      : Promise.resolve();
    server.closeIdleConnections();
    this.graceTimer = setTimeout(() => {
      for (const socket of this.sockets) socket.destroy();
    }, HTTP_CLOSE_GRACE_MS);
    this.graceTimer.unref();
  }

  override async close(): Promise<void> {
    this.beginClose();
    // Bounded even if a destroyed socket never reports its close.
    if (this.closing) await Promise.race([this.closing, sleep(HTTP_CLOSE_GRACE_MS + 500)]);
    if (this.graceTimer) clearTimeout(this.graceTimer);
    for (const socket of this.sockets) socket.destroy();
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
    const server = this.httpServer;
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
  }
}

/**
 * The stop of the process (main.ts): Nest's shutdown hooks run the sequence (live sockets,
 * HTTP server, audit queue, schedulers, database pool); this starts the clocks at the signal, so
 * no hook can make the whole stop outlast SHUTDOWN_DEADLINE_MS. At the deadline the audit events
 * still unwritten go to the log and the process exits.
 */
export function boundShutdown(app: NestExpressApplication, logger: JsonLogger): void {
  const onSignal = (signal: NodeJS.Signals) => {
    const began = Date.now();
    logger.event('info', 'stopping', { signal });
    const audit = app.get(AuditService);
    audit.beginShutdown();
    (app.getHttpAdapter() as unknown as LimitedExpressAdapter).beginClose();
    setTimeout(() => {
      audit.logUnwritten('audit events not written: the stop ran out of time');
      logger.event('error', 'stop took too long; exiting', { ms: Date.now() - began });
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
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
  const portal = config.portalDist ? portalHandler(config.portalDist) : null;
  if (portal) app.use(portal);
  app.enableShutdownHooks();

  const dataSource = app.get(DataSource);
  const applied = migratedFirst ?? (await runMigrations(dataSource));
  if (applied.length) logger.event('info', 'migrations applied', { migrations: applied });
  if (config.loadDemoData) await app.get(DemoSeeder).seedIfEmpty();

  await app.init();
  return app;
}
