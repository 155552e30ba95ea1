import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import fastifyHelmet from '@fastify/helmet';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Client } from 'pg';
import { createServer, type RequestListener } from 'node:http';
import type { Socket } from 'node:net';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { AuditService } from './audit/audit.service';
import type { AppConfig, HttpLimits } from './config/app-config';
import { appRoleUsableQuery, pooledLoginIsRoleQuery } from './database/database.queries';
import { parseCookies } from './graphql/http-answer';
import { assertMigrated, runMigrations, runMigrationsAsOwner } from './database/migrate';
import { DemoSeeder } from './demo/demo-seeder';
import { Metrics } from './metrics/metrics';
import { metricsHttpHook } from './metrics/metrics-http.hook';
import type { JsonLogger } from './observability/json-logger';
import {
  accessLogHook,
  requestContextHook,
  requestIdHook,
} from './observability/request-id.middleware';
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

/**
 * Browser features the portal never uses, denied to it and to anything it might embed; passkeys
 * (WebAuthn, the second factor: auth/mfa) are allowed to the portal's own origin only.
 */
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
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .concat(['publickey-credentials-create=(self)', 'publickey-credentials-get=(self)'])
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

/** Express's body-parser default, kept: a GraphQL document or its variables are never larger. */
export const BODY_LIMIT_BYTES = 100 * 1024;

/**
 * Fastify on an HTTP server with limits on slow clients (Node's defaults let a client that sends
 * one header byte at a time hold a connection for minutes). Node checks the limits every
 * connectionsCheckingInterval, so that is kept well below them. Fastify takes the server from
 * its `serverFactory`, so the limits and the socket tracking are Node's own, as before.
 *
 * Closing never waits for a client: Node's server.close() waits for every open connection,
 * including kept-alive ones in use and upgraded WebSockets, so after HTTP_CLOSE_GRACE_MS the
 * remaining ones are destroyed.
 */
export class LimitedFastifyAdapter extends FastifyAdapter {
  private readonly sockets = new Set<Socket>();
  /** Resolves when the server closed and its last connection ended; set when the stop began. */
  private closing: Promise<void> | null = null;
  private graceTimer: NodeJS.Timeout | null = null;

  constructor(limits: HttpLimits, trustProxy: string[] | false) {
    const { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs } = limits;
    super({
      serverFactory: (handler: RequestListener) =>
        createServer(
          {
            headersTimeout: headersTimeoutMs,
            requestTimeout: requestTimeoutMs,
            keepAliveTimeout: keepAliveTimeoutMs,
            connectionsCheckingInterval: Math.min(1000, Math.ceil(headersTimeoutMs / 4)),
          },
          handler,
        ),
      trustProxy,
      bodyLimit: BODY_LIMIT_BYTES,
      // Fastify's own logger stays off: observability/request-id.middleware.ts logs each request.
      logger: false,
    });
    const server = this.getInstance().server;
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
  }

  /** The stop began: no new connections, idle ones closed now, the rest after the grace. */
  beginClose(): void {
    const server = this.getInstance().server;
    if (this.closing) return;
    this.closing = server.listening
      ? new Promise((r) => server.close(() => r()))
      : Promise.resolve();
    server.closeIdleConnections();
    this.graceTimer = setTimeout(() => {
      for (const socket of this.sockets) socket.destroy();
    }, HTTP_CLOSE_GRACE_MS);
    this.graceTimer.unref();
  }

  override async close(): Promise<undefined> {
    this.beginClose();
    // Bounded even if a destroyed socket never reports its close.
    if (this.closing) await Promise.race([this.closing, sleep(HTTP_CLOSE_GRACE_MS + 500)]);
    if (this.graceTimer) clearTimeout(this.graceTimer);
    for (const socket of this.sockets) socket.destroy();
    // Fastify's onClose hooks; the server itself is closed above.
    return super.close();
  }
}

/**
 * The stop of the process (main.ts): Nest's shutdown hooks run the sequence (live sockets,
 * HTTP server, audit queue, schedulers, database pool); this starts the clocks at the signal, so
 * no hook can make the whole stop outlast SHUTDOWN_DEADLINE_MS. At the deadline the audit events
 * still unwritten go to the log and the process exits.
 */
export function boundShutdown(app: NestFastifyApplication, logger: JsonLogger): void {
  const onSignal = (signal: NodeJS.Signals) => {
    const began = Date.now();
    logger.event('info', 'stopping', { signal });
    const audit = app.get(AuditService);
    audit.beginShutdown();
    (app.getHttpAdapter() as unknown as LimitedFastifyAdapter).beginClose();
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
 * Serves the built portal on the API's origin (portal/serve-portal.ts: precompressed files, the
 * SPA fallback; API paths pass). The handler writes the raw response, so the reply is taken over
 * and the headers set by the hooks before this one (CSP, Permissions-Policy, request id …) are
 * copied onto it first; the handler's own caching replaces `no-store`.
 */
function servePortal(fastify: FastifyInstance, folder: string): void {
  const portal = portalHandler(folder, {
    beforeSend: (res, reply: FastifyReply) => {
      for (const [name, value] of Object.entries(reply.getHeaders()))
        if (value !== undefined) res.setHeader(name, value);
      reply.hijack();
    },
  });
  if (!portal) return;
  fastify.addHook('onRequest', (req: FastifyRequest, reply: FastifyReply, done) => {
    portal(req.raw, reply.raw, () => done(), reply);
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
  // The direct connections (audit writer, live signals) switch to the role at login.
  if ((await roleCheck(config.databaseDirectUrl, appRoleUsableQuery(role))) === true) {
    // Behind a pooler no switch reaches PostgreSQL: the pooled login user must be the role.
    if (!config.databasePooled) return config;
    const pooled = await roleCheck(config.databaseUrl, pooledLoginIsRoleQuery(role));
    if (pooled === true) return config;
    if (config.databaseAppRoleRequired) {
      throw new Error(
        `DB_APP_ROLE ${role}: behind a pooler (DATABASE_DIRECT_URL set), DATABASE_URL must log ` +
          `in as ${role} itself; see docs/operations.md#connection-pooling`,
      );
    }
  } else if (config.databaseAppRoleRequired) {
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

async function roleCheck(url: string, query: { sql: string; params: unknown[] }): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ usable: boolean }>(query.sql, query.params);
    return rows[0]?.usable === true;
  } finally {
    await client.end();
  }
}

/** Builds the fully configured application; shared by main.ts and the integration tests. */
export async function createApp(
  config: AppConfig,
  logger: JsonLogger,
): Promise<NestFastifyApplication> {
  // A pool in the restricted role can neither migrate nor connect before the role exists.
  const migratedFirst =
    config.migrateAtStart && config.databaseAppRole
      ? await runMigrationsAsOwner(config.databaseDirectUrl)
      : null;
  config = await resolveAppRole(config, logger);
  const adapter = new LimitedFastifyAdapter(config.http, config.trustProxy);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, logger),
    adapter,
    {
      logger,
      bufferLogs: false,
      abortOnError: false,
    },
  );
  // @nestjs/platform-fastify brings its own copy of fastify; hooks and plugins name the other.
  const fastify = adapter.getInstance<FastifyInstance>();
  fastify.addHook('onRequest', requestIdHook(logger));
  fastify.addHook('preHandler', requestContextHook);
  fastify.addHook('onResponse', accessLogHook(logger));
  if (config.observability.metricsPort !== null)
    fastify.addHook('onResponse', metricsHttpHook(app.get(Metrics)));
  await fastify.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    strictTransportSecurity: config.secureCookies
      ? { maxAge: 31536000, includeSubDomains: true }
      : false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
  fastify.addHook('onRequest', (_req, reply, done) => {
    void reply.header('Permissions-Policy', PERMISSIONS_POLICY);
    // Answers carry personal data (GraphQL, exports, PDFs): never kept by a browser or proxy.
    // The portal's static files below replace this with their own caching.
    void reply.header('Cache-Control', 'no-store');
    done();
  });
  fastify.addHook('onRequest', (req, _reply, done) => {
    req.cookies = parseCookies(req.headers.cookie);
    done();
  });
  if (config.portalDist) servePortal(fastify, config.portalDist);
  app.enableShutdownHooks();

  const dataSource = app.get(DataSource);
  if (config.migrateAtStart) {
    const applied = migratedFirst ?? (await runMigrations(dataSource));
    if (applied.length) logger.event('info', 'migrations applied', { migrations: applied });
  } else {
    await assertMigrated(dataSource).catch(async (error: unknown) => {
      await app.close();
      throw error;
    });
  }
  if (config.loadDemoData) await app.get(DemoSeeder).seedIfEmpty();

  await app.init();
  // Routes are final; the server answers (also to supertest) without listen().
  await fastify.ready();
  return app;
}
