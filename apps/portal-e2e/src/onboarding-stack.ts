import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
// The API's own test fixtures (a real OpenID provider, a real SMTP server), shared on purpose.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startOidcProvider, type TestOidcProvider } from '../../api/test/support/oidc-provider';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startSmtpSink, type SmtpSink } from '../../api/test/support/smtp-sink';

/**
 * A stack of its own for the onboarding journey (issue 15, "Done means"), started and stopped by
 * the spec: a throw-away embedded PostgreSQL WITHOUT the demo data, a real SMTP server the test
 * reads (smtp-server + mailparser), a real OpenID provider in-process (oidc-provider), and the
 * built API serving the built portal through the same launcher as `npm start`
 * (`tools/start.mjs`, which with DATABASE_URL and SMTP_URL set starts neither a database nor a
 * mail sink of its own). MFA is required, as in production.
 */

const root = resolve(__dirname, '../../..');

interface EmbeddedPostgres {
  port: number;
  urlFor(database: string): string;
  ensureDatabase(name: string): Promise<void>;
  stop(options?: { remove?: boolean }): Promise<string>;
}

interface EmbeddedModule {
  freePort(): Promise<number>;
  startEmbeddedPostgres(options: {
    dir: string;
    password: string;
    throwAway?: boolean;
    log?: (line: string) => void;
  }): Promise<EmbeddedPostgres>;
}

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface OnboardingStack {
  /** http://localhost:<port>, also PUBLIC_URL. */
  baseUrl: string;
  databaseUrl: string;
  smtp: SmtpSink;
  oidc: TestOidcProvider;
  /** Runs the compiled admin command (`node dist/apps/api/admin.js …`) against this stack. */
  admin(args: string[]): Promise<CommandResult>;
  /** One SQL statement on the stack's database (test set-up only, never the journey itself). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<CommandResult> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolveRun({ code, stdout, stderr }));
  });
}

async function waitUntilReady(url: string, launcher: ChildProcess, log: () => string) {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (launcher.exitCode !== null || launcher.signalCode !== null) {
      throw new Error(`the API launcher stopped before it was ready:\n${log()}`);
    }
    try {
      const res = await fetch(`${url}/health/ready`);
      if (res.ok) return;
    } catch {
      /* not yet listening */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API was not ready within 120 s:\n${log()}`);
}

/** Starts everything; on a failure half-way, stops what did start before rethrowing. */
export async function startOnboardingStack(): Promise<OnboardingStack> {
  const stops: (() => Promise<unknown>)[] = [];
  const stopAll = async () => {
    // In reverse order: the API before the database it writes to.
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    stops.length = 0;
  };
  try {
    // tools/db/embedded.mjs is plain ESM without types.
    const embedded = (await import(
      join(root, 'tools/db/embedded.mjs')
    )) as unknown as EmbeddedModule;
    const stateDir = mkdtempSync(join(tmpdir(), 'schakel-onboarding-'));
    stops.push(() => Promise.resolve(rmSync(stateDir, { recursive: true, force: true })));
    const pg = await embedded.startEmbeddedPostgres({
      dir: join(stateDir, 'postgres'),
      password: randomBytes(16).toString('hex'),
      throwAway: true,
    });
    stops.push(() => pg.stop({ remove: true }));
    await pg.ensureDatabase('schakel');
    const databaseUrl = pg.urlFor('schakel');

    const smtp = await startSmtpSink();
    stops.push(() => smtp.close());

    const port = Number(process.env.E2E_ONBOARDING_PORT ?? (await embedded.freePort()));
    const baseUrl = `http://localhost:${port}`;
    const oidc = await startOidcProvider({
      redirectUris: [`${baseUrl}/auth/sso/callback`],
      postLogoutRedirectUris: [`${baseUrl}/inloggen`, `${baseUrl}/`],
    });
    stops.push(() => oidc.close());

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Schakel <schakel@zvh-onboarding.example>',
      PUBLIC_URL: baseUrl,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      // As in production: every local-password account needs a second factor.
      MFA_REQUIRED: 'true',
      // The agencies' client secrets are sealed with this key (outside production a key derived
      // from the session secret would do; set, so the stack is configured as a real one).
      SSO_SECRET_KEY: randomBytes(32).toString('base64'),
      // No demo region: this journey starts from an empty database.
      SCHAKEL_DEMO_DATA: 'false',
    };

    let launcherLog = '';
    const launcher = spawn(
      process.execPath,
      ['tools/start.mjs', '--port', String(port), '--quiet'],
      {
        cwd: root,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const collect = (chunk: Buffer) => {
      launcherLog = (launcherLog + chunk.toString('utf8')).slice(-20_000);
    };
    launcher.stdout?.on('data', collect);
    launcher.stderr?.on('data', collect);
    const launcherExit = new Promise<void>((r) => launcher.once('exit', () => r()));
    stops.push(async () => {
      if (launcher.exitCode !== null || launcher.signalCode !== null) return;
      // The launcher stops the API in order (its queued audit events written), then exits.
      launcher.kill('SIGTERM');
      const stopped = await Promise.race([
        launcherExit.then(() => true),
        new Promise<boolean>((r) => setTimeout(() => r(false), 20_000)),
      ]);
      if (!stopped) launcher.kill('SIGKILL');
    });
    await waitUntilReady(baseUrl, launcher, () => launcherLog);

    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    stops.push(() => db.end());

    return {
      baseUrl,
      databaseUrl,
      smtp,
      oidc,
      admin: (args) => run(process.execPath, ['dist/apps/api/admin.js', ...args], env),
      async sql<T>(text: string, params: unknown[] = []) {
        return (await db.query(text, params)).rows as T[];
      },
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
