import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';

/** The restricted role the audit migration creates (1764000000600-audit.ts). */
export const DEFAULT_APP_ROLE = 'schakel_app';

export interface AppConfig {
  production: boolean;
  port: number;
  host: string;
  databaseUrl: string;
  /**
   * DATABASE_DIRECT_URL (or DATABASE_DIRECT_URL_FILE): a direct (session) connection to PostgreSQL
   * for what a transaction-mode pooler cannot carry: LISTEN (live signals, session cache), the audit
   * writer's session settings and the migrations' session lock (ADR 0030). Set, it means
   * DATABASE_URL may point at a pooler such as PgBouncer or CloudNativePG's Pooler in transaction
   * mode. Unset: DATABASE_URL is used for both.
   */
  databaseDirectUrl: string;
  /**
   * DATABASE_DIRECT_URL is set: DATABASE_URL is taken to be a transaction-mode pooler, so the
   * pooled connections get no start-up parameters (`options=-c role=…`): their login user must be
   * the restricted role itself (checked at start).
   */
  databasePooled: boolean;
  /**
   * DATABASE_PREPARED_STATEMENTS: `on` lets the hot reads run as named prepared statements on the
   * pooled connections; `off` sends them unnamed (parsed and planned on every call). Default `on`
   * without DATABASE_DIRECT_URL, `off` with it (PgBouncer before 1.21 cannot keep named statements
   * in transaction mode; with `max_prepared_statements` set on a newer one, `on` is fine).
   */
  databasePreparedStatements: boolean;
  /**
   * DB_APP_ROLE: the role the app's connections switch to after login (schakel_app, which may not
   * change the audit trail); migrations still run as the login user. Default `schakel_app` when
   * the login user may use it (else a warning), `off` for none. Null: no switch.
   */
  databaseAppRole: string | null;
  /** DB_APP_ROLE was set explicitly: starting without it is an error, not a warning. */
  databaseAppRoleRequired: boolean;
  /**
   * DB_MIGRATE_AT_START: `on` (default) applies pending migrations at start, as the login user;
   * `off` never migrates and refuses to start while migrations are pending (run `admin.js migrate`
   * first, e.g. as the Kubernetes migration Job with the owner's URL).
   */
  migrateAtStart: boolean;
  /** HMAC secret for session tokens. */
  sessionSecret: string;
  /** Inactivity after which a session ends (sliding window). */
  sessionIdleSeconds: number;
  /** Hard limit on a session's age, however active it is. */
  sessionMaxSeconds: number;
  /**
   * SESSION_CACHE_SECONDS: how long a session's checked row and policy context may be served from
   * memory at most (ADR 0013); changes invalidate it at once, this only bounds a lost
   * notification. 0: every request reads them from the database.
   */
  sessionCacheSeconds: number;
  /** Cookies are Secure unless the portal is served from localhost over plain HTTP. */
  secureCookies: boolean;
  /** PUBLIC_URL, where browsers reach the portal; live (WebSocket) connections must come from it. */
  publicUrl: string | null;
  /** Load the demo region into an empty database. */
  loadDemoData: boolean;
  /** Folder with the built portal; served on the same origin as the API when present. */
  portalDist: string | null;
  /**
   * "trust proxy" (Express and Fastify alike, through proxy-addr): the reverse proxies' addresses or CIDR ranges whose X-Forwarded-For
   * gives the client's address (throttle, audit origin_address). False: the socket's address.
   */
  trustProxy: string[] | false;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /**
   * AUDIT_READ_SYNCHRONOUS_COMMIT: PostgreSQL's synchronous_commit for the audit connections that
   * write the events of reads (ADR 0009). Default `on`: an event counts as written once it is on
   * disk. `off` lets the writer go on before the WAL flush (a database crash can then lose the
   * last ~0.6 s of events) — only worth it on slow disks. Events of writes commit with the
   * change itself and follow the server's setting.
   */
  auditReadSynchronousCommit: AuditSynchronousCommit;
  /**
   * AUDIT_READ_MODE: `async` (default) answers once the event of a read is queued, and waits for
   * its commit only while the trail is failing; `sync` always waits for the commit (ADR 0009).
   */
  auditReadMode: 'async' | 'sync';
  /** Bounds on the audit writer (docs/operations.md#the-audit-writer, ADR 0009). */
  audit: AuditWriterLimits;
  /** Limits on slow clients, in milliseconds (docs/operations.md#limits-on-slow-clients). */
  http: HttpLimits;
  /** E-mail (docs/operations.md#e-mail). */
  mail: MailSettings;
  /**
   * JOB_WORKERS: `off` makes this instance only enqueue jobs (mail, schedules) and run none;
   * default on. Every instance that works takes jobs from the same queue (ADR 0015).
   */
  jobWorkers: boolean;
  /** The scheduled jobs on the job queue (docs/operations.md#the-job-queue). */
  schedules: ScheduleSettings;
  /** The second factor (docs/operations.md#second-factor-mfa, ADR 0017). */
  mfa: MfaSettings;
  /** Single sign-on per agency (docs/operations.md#single-sign-on-per-agency, ADR 0016). */
  sso: SsoSettings;
  /** Prometheus metrics and OpenTelemetry traces (docs/operations.md#metrics-and-tracing). */
  observability: ObservabilitySettings;
}

export interface ObservabilitySettings {
  /**
   * METRICS_PORT: the port of the separate listener that serves `/metrics` (Prometheus text
   * format). Unset or `off`: no listener and no metrics are kept. Never the public PORT.
   * `0` takes any free port (tests).
   */
  metricsPort: number | null;
  /**
   * METRICS_HOST: the address that listener binds to. Default `127.0.0.1`, and `0.0.0.0` with
   * NODE_ENV=production (Prometheus scrapes the pod's address; the port is not in the Service the
   * Ingress uses, and a NetworkPolicy admits the monitoring namespace only).
   */
  metricsHost: string;
  /**
   * TRACING: `otlp` sends OpenTelemetry traces to the collector named by the standard
   * OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT); default `off`, and then
   * no tracing code is loaded at all.
   */
  tracing: 'off' | 'otlp';
}

export interface ScheduleSettings {
  /**
   * SCHAKEL_SCHEDULES: `off` registers no scheduled job in this instance (default on; off under
   * NODE_ENV=test, whose tests call the jobs with their own clock).
   */
  enabled: boolean;
  /** SCHAKEL_OVERDUE_CRON: when the overdue-actions check runs (default every 15 minutes). */
  overdueCron: string;
  /** JOB_CRON_CHECK_SECONDS: how often an instance looks whether a schedule is due (1–45). */
  cronCheckSeconds: number;
}

export interface MailSettings {
  /**
   * SMTP_URL, e.g. `smtps://user:pass@smtp.example.nl:465` or `smtp://relay:25`. Unset: mails
   * wait in the queue (a warning at start) until an instance with SMTP_URL sends them.
   */
  smtpUrl: string | null;
  /** MAIL_FROM: the sender, e.g. `Schakel <schakel@zvh-regio.nl>`. */
  from: string;
  /** MAIL_RETRY_DELAY_SECONDS: the first retry after a failed delivery; doubles each time. */
  retryDelaySeconds: number;
}

export interface MfaSettings {
  /**
   * MFA_REQUIRED: every local-password account needs a second factor; one without is led through
   * enrolment at its next login. Default: on when NODE_ENV=production, off otherwise (the demo).
   */
  required: boolean;
  /**
   * MFA_ENCRYPTION_KEY (at least 32 characters): encrypts TOTP secrets at rest. Default: derived
   * from SESSION_SECRET (changing that secret then means enrolling TOTP again).
   */
  encryptionKey: string;
  /** The WebAuthn relying party: the host name of PUBLIC_URL (default `localhost`). */
  rpId: string;
  /** Origins a passkey answer may come from: PUBLIC_URL's origin (development: localhost too). */
  origins: string[];
}

export interface SsoSettings {
  /**
   * SSO_SECRET_KEY or SSO_SECRET_KEY_FILE: 32 bytes (base64 or hex) that seal the agencies' client
   * secrets in the database (AES-256-GCM). Null: outside production a key derived from the
   * session secret; in production, client secrets cannot be stored.
   */
  secretKey: Buffer | null;
  /**
   * SSO_SIGNING_KEY or SSO_SIGNING_KEY_FILE: Schakel's private key (PKCS#8 PEM, EC P-256 or RSA)
   * for private_key_jwt; its public half is served at /auth/sso/jwks.json. Null: a key made at
   * start (development only; providers must then fetch the JWKS again after a restart).
   */
  signingKeyPem: string | null;
  /** Providers over plain HTTP on the loopback address (development and tests only). */
  allowLoopbackHttp: boolean;
}

export interface HttpLimits {
  /** HTTP_HEADERS_TIMEOUT_SECONDS: a request's headers must be complete within this time. */
  headersTimeoutMs: number;
  /** HTTP_REQUEST_TIMEOUT_SECONDS: the whole request (headers and body) within this time. */
  requestTimeoutMs: number;
  /** HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: an idle kept-alive connection is closed after this time. */
  keepAliveTimeoutMs: number;
  /**
   * LIVE_HANDSHAKE_TIMEOUT_SECONDS: an accepted WebSocket must send connection_init within this
   * time, and the session check of an upgrade must finish within it.
   */
  liveHandshakeTimeoutMs: number;
}

export interface AuditWriterLimits {
  /** AUDIT_STATEMENT_TIMEOUT_MS: PostgreSQL's statement_timeout on the audit connections. */
  statementTimeoutMs: number;
  /** AUDIT_LOCK_TIMEOUT_MS: PostgreSQL's lock_timeout there (the region's chain head). */
  lockTimeoutMs: number;
  /**
   * AUDIT_MAX_UNWRITTEN_MS: once the oldest event not yet written is older than this, answers
   * wait for their own event: what a crash of the process can lose is at most this much traffic.
   */
  maxUnwrittenMs: number;
  /** AUDIT_SHUTDOWN_WAIT_MS: how long a stop waits for the queue before logging what is left. */
  shutdownWaitMs: number;
}

export const AUDIT_SYNCHRONOUS_COMMIT = [
  'off',
  'local',
  'remote_write',
  'on',
  'remote_apply',
] as const;
export type AuditSynchronousCommit = (typeof AUDIT_SYNCHRONOUS_COMMIT)[number];

export class ConfigError extends Error {}

/** NAME or NAME_FILE (a Docker/Kubernetes secret mounted as a file); both set is an error. */
export function secretFrom(env: NodeJS.ProcessEnv, name: string): string | null {
  const direct = env[name]?.trim() ?? '';
  const file = env[`${name}_FILE`]?.trim() ?? '';
  if (direct && file) throw new ConfigError(`Set ${name} or ${name}_FILE, not both`);
  if (file) {
    try {
      return readFileSync(file, 'utf8').trim();
    } catch {
      throw new ConfigError(`${name}_FILE: cannot read ${file}`);
    }
  }
  return direct || null;
}

function ssoSettings(env: NodeJS.ProcessEnv, production: boolean): SsoSettings {
  const rawKey = secretFrom(env, 'SSO_SECRET_KEY');
  let secretKey: Buffer | null = null;
  if (rawKey) {
    secretKey = /^[0-9a-f]{64}$/i.test(rawKey)
      ? Buffer.from(rawKey, 'hex')
      : Buffer.from(rawKey, 'base64');
    if (secretKey.length !== 32)
      throw new ConfigError('SSO_SECRET_KEY must be 32 bytes, as 64 hex digits or base64');
  }
  const signingKeyPem = secretFrom(env, 'SSO_SIGNING_KEY');
  if (signingKeyPem && !signingKeyPem.includes('PRIVATE KEY'))
    throw new ConfigError('SSO_SIGNING_KEY must be a PKCS#8 private key in PEM');
  return { secretKey, signingKeyPem, allowLoopbackHttp: !production };
}

function observabilitySettings(
  env: NodeJS.ProcessEnv,
  production: boolean,
  port: number,
): ObservabilitySettings {
  const rawPort = (env.METRICS_PORT ?? '').trim().toLowerCase();
  let metricsPort: number | null = null;
  if (rawPort !== '' && rawPort !== 'off') {
    metricsPort = Number(rawPort);
    if (!/^\d{1,5}$/.test(rawPort) || metricsPort > 65535)
      throw new ConfigError('METRICS_PORT must be a port number (0–65535) or "off"');
    if (metricsPort === port)
      throw new ConfigError('METRICS_PORT must differ from PORT: metrics are never public');
  }
  const metricsHost = env.METRICS_HOST?.trim() || (production ? '0.0.0.0' : '127.0.0.1');
  if (isIP(metricsHost) === 0 && metricsHost !== 'localhost')
    throw new ConfigError('METRICS_HOST must be an IP address or localhost');
  const tracing = (env.TRACING ?? '').trim().toLowerCase() || 'off';
  if (tracing !== 'off' && tracing !== 'otlp') throw new ConfigError('TRACING must be off or otlp');
  return { metricsPort, metricsHost, tracing };
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new ConfigError(`${name} must be a positive integer`);
  return value;
}

/** proxy-addr's names for fixed address ranges; each is an explicit list of CIDRs. */
const TRUST_PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * TRUST_PROXY: the reverse proxies whose X-Forwarded-For the app believes, as a comma-separated
 * list of addresses, CIDR ranges or the names `loopback`, `linklocal`, `uniquelocal`. Anything
 * that trusts every sender or an unknown one is refused at startup: `true`, `*`, a hop count
 * (any client could then prepend its own address) or a /0 range. Unset or `false`: no proxy.
 */
export function parseTrustProxy(raw: string | undefined): string[] | false {
  const value = (raw ?? '').trim();
  if (value === '' || value.toLowerCase() === 'false') return false;
  const entries = value.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const problem = trustProxyProblem(entry);
    if (problem) {
      throw new ConfigError(
        `TRUST_PROXY: "${entry}" ${problem}. Name the reverse proxy's own addresses or CIDR ` +
          'ranges (e.g. TRUST_PROXY=10.0.0.0/8,127.0.0.1) or loopback, linklocal, uniquelocal; ' +
          'see docs/operations.md#behind-a-reverse-proxy',
      );
    }
  }
  return entries;
}

function trustProxyProblem(entry: string): string | null {
  if (entry === '') return 'is empty';
  const lower = entry.toLowerCase();
  if (lower === 'true' || entry === '*')
    return 'would trust every client to choose its own address';
  if (/^\d+$/.test(entry)) return 'is a hop count; any client could then choose its own address';
  if (TRUST_PROXY_NAMES.includes(lower)) return null;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return 'is not an IP address or CIDR range';
  if (prefix === undefined) return null;
  const bits = Number(prefix);
  if (!/^\d{1,3}$/.test(prefix) || bits > (family === 4 ? 32 : 128))
    return 'has an invalid prefix length';
  if (bits === 0) return 'would trust every client to choose its own address';
  return null;
}

/** Reads the configuration once, failing fast on anything unsafe for production. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const databaseUrl = secretFrom(env, 'DATABASE_URL');
  if (!databaseUrl) throw new ConfigError('DATABASE_URL (or DATABASE_URL_FILE) is required');

  let sessionSecret = secretFrom(env, 'SESSION_SECRET') ?? '';
  if (!sessionSecret) {
    if (production) throw new ConfigError('SESSION_SECRET is required in production');
    // Development only: sessions then end when the process restarts.
    sessionSecret = randomBytes(32).toString('hex');
  }
  if (sessionSecret.length < 32)
    throw new ConfigError('SESSION_SECRET must be at least 32 characters');

  const roleSetting = env.DB_APP_ROLE?.trim() ?? '';
  const databaseAppRole =
    roleSetting === 'off' ? null : roleSetting === '' ? DEFAULT_APP_ROLE : roleSetting;
  if (databaseAppRole && !/^[a-z_][a-z0-9_]{0,62}$/.test(databaseAppRole)) {
    throw new ConfigError('DB_APP_ROLE must be a plain lower-case role name or "off"');
  }
  const databaseAppRoleRequired = roleSetting !== '' && roleSetting !== 'off';

  const directUrl = secretFrom(env, 'DATABASE_DIRECT_URL');
  const prepared = (env.DATABASE_PREPARED_STATEMENTS ?? '').trim().toLowerCase();
  if (!['', 'on', 'off'].includes(prepared)) {
    throw new ConfigError('DATABASE_PREPARED_STATEMENTS must be "on" or "off"');
  }

  const migrateSetting = (env.DB_MIGRATE_AT_START ?? '').trim().toLowerCase();
  if (migrateSetting && migrateSetting !== 'on' && migrateSetting !== 'off') {
    throw new ConfigError('DB_MIGRATE_AT_START must be on or off');
  }

  const demo = (env.SCHAKEL_DEMO_DATA ?? '').toLowerCase();
  if (demo && !['true', 'false'].includes(demo)) {
    throw new ConfigError('SCHAKEL_DEMO_DATA must be "true" or "false"');
  }
  const loadDemoData = demo === 'true' || (demo === '' && !production);

  const publicUrl = env.PUBLIC_URL ?? '';
  const localHttp =
    publicUrl === '' ? !production : /^http:\/\/(localhost|127\.0\.0\.1)(:|\/|$)/.test(publicUrl);

  const logLevel = (env.LOG_LEVEL ?? 'info') as AppConfig['logLevel'];
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL must be debug, info, warn or error');
  }

  const auditCommit = (env.AUDIT_READ_SYNCHRONOUS_COMMIT ?? '').trim() || 'on';
  if (!(AUDIT_SYNCHRONOUS_COMMIT as readonly string[]).includes(auditCommit)) {
    throw new ConfigError(
      `AUDIT_READ_SYNCHRONOUS_COMMIT must be one of ${AUDIT_SYNCHRONOUS_COMMIT.join(', ')}`,
    );
  }

  const auditReadMode = (env.AUDIT_READ_MODE ?? '').trim() || 'async';
  if (auditReadMode !== 'async' && auditReadMode !== 'sync') {
    throw new ConfigError('AUDIT_READ_MODE must be async or sync');
  }

  const http: HttpLimits = {
    headersTimeoutMs: intFrom(env, 'HTTP_HEADERS_TIMEOUT_SECONDS', 10) * 1000,
    requestTimeoutMs: intFrom(env, 'HTTP_REQUEST_TIMEOUT_SECONDS', 30) * 1000,
    keepAliveTimeoutMs: intFrom(env, 'HTTP_KEEP_ALIVE_TIMEOUT_SECONDS', 5) * 1000,
    liveHandshakeTimeoutMs: intFrom(env, 'LIVE_HANDSHAKE_TIMEOUT_SECONDS', 5) * 1000,
  };
  if (http.headersTimeoutMs > http.requestTimeoutMs) {
    throw new ConfigError(
      'HTTP_HEADERS_TIMEOUT_SECONDS must not be larger than HTTP_REQUEST_TIMEOUT_SECONDS',
    );
  }

  const audit: AuditWriterLimits = {
    statementTimeoutMs: intFrom(env, 'AUDIT_STATEMENT_TIMEOUT_MS', 2000),
    lockTimeoutMs: intFrom(env, 'AUDIT_LOCK_TIMEOUT_MS', 1000),
    maxUnwrittenMs: intFrom(env, 'AUDIT_MAX_UNWRITTEN_MS', 2000),
    shutdownWaitMs: intFrom(env, 'AUDIT_SHUTDOWN_WAIT_MS', 5000),
  };
  // The platform kills a process 10 s after asking it to stop (Docker; Kubernetes: 30 s).
  if (audit.shutdownWaitMs > 5000) {
    throw new ConfigError(
      'AUDIT_SHUTDOWN_WAIT_MS must be at most 5000 (a stop must end within 8 s)',
    );
  }

  const sessionCacheSeconds =
    env.SESSION_CACHE_SECONDS?.trim() === '0' ? 0 : intFrom(env, 'SESSION_CACHE_SECONDS', 30);
  if (sessionCacheSeconds > 300) {
    throw new ConfigError('SESSION_CACHE_SECONDS must be at most 300 (0 turns the cache off)');
  }

  const smtpUrl = secretFrom(env, 'SMTP_URL') ?? '';
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) {
    throw new ConfigError('SMTP_URL must start with smtp:// or smtps://');
  }
  const mailFrom = env.MAIL_FROM?.trim() ?? '';
  if (production && smtpUrl && !mailFrom) {
    throw new ConfigError('MAIL_FROM is required in production when SMTP_URL is set');
  }
  const mail: MailSettings = {
    smtpUrl: smtpUrl || null,
    from: mailFrom || 'Schakel <schakel@localhost>',
    retryDelaySeconds: intFrom(env, 'MAIL_RETRY_DELAY_SECONDS', 30),
  };

  const workers = (env.JOB_WORKERS ?? '').trim().toLowerCase();
  if (workers && workers !== 'on' && workers !== 'off') {
    throw new ConfigError('JOB_WORKERS must be on or off');
  }

  const mfaRequiredSetting = (env.MFA_REQUIRED ?? '').trim().toLowerCase();
  if (mfaRequiredSetting && !['true', 'false'].includes(mfaRequiredSetting)) {
    throw new ConfigError('MFA_REQUIRED must be "true" or "false"');
  }
  const mfaEncryptionKey = secretFrom(env, 'MFA_ENCRYPTION_KEY') ?? '';
  if (mfaEncryptionKey && mfaEncryptionKey.length < 32) {
    throw new ConfigError('MFA_ENCRYPTION_KEY must be at least 32 characters');
  }
  let publicOrigin: URL | null = null;
  if (publicUrl !== '') {
    try {
      publicOrigin = new URL(publicUrl);
    } catch {
      publicOrigin = null; // Not a URL: passkeys then work for localhost only.
    }
  }
  const mfa: MfaSettings = {
    required: mfaRequiredSetting === 'true' || (mfaRequiredSetting === '' && production),
    encryptionKey: mfaEncryptionKey || `derived-from-session-secret:${sessionSecret}`,
    rpId: publicOrigin?.hostname ?? 'localhost',
    origins: publicOrigin
      ? [publicOrigin.origin]
      : production
        ? []
        : ['http://localhost:3000', 'http://localhost:4200', 'http://localhost:5173'],
  };

  const scheduleSetting = (env.SCHAKEL_SCHEDULES ?? '').trim().toLowerCase();
  if (scheduleSetting && scheduleSetting !== 'on' && scheduleSetting !== 'off') {
    throw new ConfigError('SCHAKEL_SCHEDULES must be on or off');
  }
  const overdueCron = env.SCHAKEL_OVERDUE_CRON?.trim() || '*/15 * * * *';
  if (!/^[\d*/,-]+( [\d*/,-]+){4}$/.test(overdueCron)) {
    throw new ConfigError('SCHAKEL_OVERDUE_CRON must be a five-field cron expression');
  }
  const schedules: ScheduleSettings = {
    enabled: scheduleSetting === '' ? env.NODE_ENV !== 'test' : scheduleSetting === 'on',
    overdueCron,
    cronCheckSeconds: intFrom(env, 'JOB_CRON_CHECK_SECONDS', 30),
  };
  if (schedules.cronCheckSeconds > 45) {
    throw new ConfigError('JOB_CRON_CHECK_SECONDS must be at most 45');
  }

  const port = intFrom(env, 'PORT', 3000);
  return {
    production,
    port,
    host: env.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    databaseUrl,
    databaseDirectUrl: directUrl ?? databaseUrl,
    databasePooled: directUrl !== null,
    databasePreparedStatements: prepared === '' ? directUrl === null : prepared === 'on',
    databaseAppRole,
    databaseAppRoleRequired,
    migrateAtStart: migrateSetting !== 'off',
    sessionSecret,
    sessionIdleSeconds: intFrom(env, 'SESSION_IDLE_MINUTES', 30) * 60,
    sessionMaxSeconds: intFrom(env, 'SESSION_MAX_HOURS', 10) * 3600,
    sessionCacheSeconds,
    secureCookies: !localHttp,
    publicUrl: publicUrl === '' ? null : publicUrl,
    loadDemoData,
    portalDist: env.PORTAL_DIST ?? null,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    logLevel,
    auditReadSynchronousCommit: auditCommit as AuditSynchronousCommit,
    auditReadMode,
    audit,
    http,
    mail,
    jobWorkers: workers !== 'off',
    mfa,
    schedules,
    sso: ssoSettings(env, production),
    observability: observabilitySettings(env, production, port),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
