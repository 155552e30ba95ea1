import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const base = { DATABASE_URL: 'postgres://x@localhost/db' };
const secret = 'a'.repeat(40);

describe('loadConfig', () => {
  it('loads demo data in development by default and not in production', () => {
    expect(loadConfig({ ...base }).loadDemoData).toBe(true);
    expect(
      loadConfig({ ...base, NODE_ENV: 'production', SESSION_SECRET: secret }).loadDemoData,
    ).toBe(false);
    expect(
      loadConfig({
        ...base,
        NODE_ENV: 'production',
        SESSION_SECRET: secret,
        SCHAKEL_DEMO_DATA: 'true',
      }).loadDemoData,
    ).toBe(true);
  });

  it('refuses to start production without a strong session secret', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', SESSION_SECRET: 'short' })).toThrow(
      /32/,
    );
  });

  it('uses Secure cookies unless the public URL is plain-HTTP localhost', () => {
    expect(loadConfig({ ...base }).secureCookies).toBe(false);
    expect(loadConfig({ ...base, PUBLIC_URL: 'https://schakel.example.nl' }).secureCookies).toBe(
      true,
    );
    expect(
      loadConfig({
        ...base,
        NODE_ENV: 'production',
        SESSION_SECRET: secret,
        PUBLIC_URL: 'http://localhost:3000',
      }).secureCookies,
    ).toBe(false);
    expect(
      loadConfig({ ...base, NODE_ENV: 'production', SESSION_SECRET: secret }).secureCookies,
    ).toBe(true);
  });

  it('rejects nonsense instead of guessing', () => {
    expect(() => loadConfig({})).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ ...base, PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ ...base, SCHAKEL_DEMO_DATA: 'yes' })).toThrow(/SCHAKEL_DEMO_DATA/);
    expect(() => loadConfig({ ...base, AUDIT_READ_SYNCHRONOUS_COMMIT: 'sometimes' })).toThrow(
      /AUDIT_READ_SYNCHRONOUS_COMMIT/,
    );
  });

  it('answers before the audit event of a read is written, on disk, unless told otherwise (ADR 0009)', () => {
    expect(loadConfig({ ...base })).toMatchObject({
      auditReadMode: 'async',
      auditReadSynchronousCommit: 'on',
    });
    expect(
      loadConfig({ ...base, AUDIT_READ_MODE: 'sync', AUDIT_READ_SYNCHRONOUS_COMMIT: 'off' }),
    ).toMatchObject({ auditReadMode: 'sync', auditReadSynchronousCommit: 'off' });
    expect(() => loadConfig({ ...base, AUDIT_READ_MODE: 'later' })).toThrow(/AUDIT_READ_MODE/);
  });

  it('bounds the audit writer: timeouts, the loss window and the stop (issue 13)', () => {
    expect(loadConfig({ ...base }).audit).toEqual({
      statementTimeoutMs: 2000,
      lockTimeoutMs: 1000,
      maxUnwrittenMs: 2000,
      shutdownWaitMs: 5000,
    });
    expect(loadConfig({ ...base, AUDIT_MAX_UNWRITTEN_MS: '500' }).audit.maxUnwrittenMs).toBe(500);
    expect(() => loadConfig({ ...base, AUDIT_MAX_UNWRITTEN_MS: '0' })).toThrow(
      /AUDIT_MAX_UNWRITTEN_MS/,
    );
    expect(() => loadConfig({ ...base, AUDIT_SHUTDOWN_WAIT_MS: '9000' })).toThrow(
      /AUDIT_SHUTDOWN_WAIT_MS/,
    );
  });

  it('keeps metrics off unless asked, and never on the public port (ADR 0031)', () => {
    expect(loadConfig({ ...base }).observability).toEqual({
      metricsPort: null,
      metricsHost: '127.0.0.1',
      tracing: 'off',
    });
    expect(loadConfig({ ...base, TRACING: 'otlp' }).observability.tracing).toBe('otlp');
    expect(() => loadConfig({ ...base, TRACING: 'jaeger' })).toThrow(/TRACING/);
    expect(loadConfig({ ...base, METRICS_PORT: 'off' }).observability.metricsPort).toBeNull();
    expect(loadConfig({ ...base, METRICS_PORT: '9464' }).observability.metricsPort).toBe(9464);
    expect(
      loadConfig({ ...base, NODE_ENV: 'production', SESSION_SECRET: secret, METRICS_PORT: '9464' })
        .observability.metricsHost,
    ).toBe('0.0.0.0');
    expect(() => loadConfig({ ...base, METRICS_PORT: '3000' })).toThrow(/differ from PORT/);
    expect(() => loadConfig({ ...base, PORT: '8080', METRICS_PORT: '8080' })).toThrow(
      /METRICS_PORT/,
    );
    expect(() => loadConfig({ ...base, METRICS_PORT: '70000' })).toThrow(/METRICS_PORT/);
    expect(() => loadConfig({ ...base, METRICS_PORT: 'yes' })).toThrow(/METRICS_PORT/);
    expect(() => loadConfig({ ...base, METRICS_PORT: '9464', METRICS_HOST: 'any' })).toThrow(
      /METRICS_HOST/,
    );
  });

  it('takes a direct URL for sessions behind a pooler, and turns named statements off there (ADR 0030)', () => {
    const plain = loadConfig({ ...base });
    expect(plain).toMatchObject({
      databaseDirectUrl: base.DATABASE_URL,
      databasePooled: false,
      databasePreparedStatements: true,
    });
    const direct = 'postgres://owner@db:5432/db';
    const pooled = loadConfig({ ...base, DATABASE_DIRECT_URL: direct });
    expect(pooled).toMatchObject({
      databaseUrl: base.DATABASE_URL,
      databaseDirectUrl: direct,
      databasePooled: true,
      databasePreparedStatements: false,
    });
    // PgBouncer 1.21+ with max_prepared_statements: named statements may stay on.
    expect(
      loadConfig({ ...base, DATABASE_DIRECT_URL: direct, DATABASE_PREPARED_STATEMENTS: 'on' })
        .databasePreparedStatements,
    ).toBe(true);
    expect(
      loadConfig({ ...base, DATABASE_PREPARED_STATEMENTS: 'off' }).databasePreparedStatements,
    ).toBe(false);
    expect(() => loadConfig({ ...base, DATABASE_PREPARED_STATEMENTS: 'maybe' })).toThrow(
      /DATABASE_PREPARED_STATEMENTS/,
    );
    expect(() =>
      loadConfig({ ...base, DATABASE_DIRECT_URL: direct, DATABASE_DIRECT_URL_FILE: '/x' }),
    ).toThrow(/DATABASE_DIRECT_URL/);
  });
});

describe('secrets from files (NAME_FILE, Kubernetes and Docker secrets)', () => {
  let folder: string;
  const file = (name: string, text: string) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  };
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'schakel-config-'));
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads DATABASE_URL, SESSION_SECRET, MFA_ENCRYPTION_KEY and SMTP_URL from files, without the final newline', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL_FILE: file('uri', 'postgres://schakel_api:geheim@db-pooler:5432/schakel\n'),
      SESSION_SECRET_FILE: file('session', `${secret}\n`),
      MFA_ENCRYPTION_KEY_FILE: file('mfa', 'm'.repeat(40)),
      SMTP_URL_FILE: file('smtp', 'smtps://mailer:wachtwoord@smtp.example.nl:465\n'),
      MAIL_FROM: 'Schakel <schakel@example.nl>',
    });
    expect(config.databaseUrl).toBe('postgres://schakel_api:geheim@db-pooler:5432/schakel');
    expect(config.sessionSecret).toBe(secret);
    expect(config.mfa.encryptionKey).toBe('m'.repeat(40));
    expect(config.mail.smtpUrl).toBe('smtps://mailer:wachtwoord@smtp.example.nl:465');
  });

  it('refuses a variable set both ways, an unreadable file and a file with a weak secret', () => {
    expect(() =>
      loadConfig({ ...base, DATABASE_URL_FILE: file('uri2', 'postgres://y@h/db') }),
    ).toThrow('Set DATABASE_URL or DATABASE_URL_FILE, not both');
    expect(() => loadConfig({ DATABASE_URL_FILE: join(folder, 'absent') })).toThrow(
      /DATABASE_URL_FILE: cannot read/,
    );
    expect(() => loadConfig({ DATABASE_URL_FILE: file('empty', '\n') })).toThrow(
      /DATABASE_URL \(or DATABASE_URL_FILE\) is required/,
    );
    expect(() =>
      loadConfig({ ...base, NODE_ENV: 'production', SESSION_SECRET_FILE: file('short', 'kort') }),
    ).toThrow(/at least 32/);
  });
});

describe('DB_MIGRATE_AT_START', () => {
  it('migrates at start unless set to off, and refuses other values', () => {
    expect(loadConfig({ ...base }).migrateAtStart).toBe(true);
    expect(loadConfig({ ...base, DB_MIGRATE_AT_START: 'on' }).migrateAtStart).toBe(true);
    expect(loadConfig({ ...base, DB_MIGRATE_AT_START: 'off' }).migrateAtStart).toBe(false);
    expect(() => loadConfig({ ...base, DB_MIGRATE_AT_START: 'no' })).toThrow(
      'DB_MIGRATE_AT_START must be on or off',
    );
  });
});
