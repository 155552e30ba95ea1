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
});
