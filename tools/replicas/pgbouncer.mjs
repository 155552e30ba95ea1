// PgBouncer (Debian's package, /usr/sbin/pgbouncer) in transaction mode in front of a PostgreSQL,
// for the replica test: what CloudNativePG's Pooler and managed PostgreSQL offers put between the
// app and the database. Its own folder (config, user list, log); stopped with SIGINT ("safe
// shutdown" is SIGINT in PgBouncer 1.18: wait for clients, then exit) or harder.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { until } from '../faults/wait.mjs';

export const PGBOUNCER = process.env.PGBOUNCER_PATH ?? '/usr/sbin/pgbouncer';

/** The version PgBouncer reports, e.g. "1.18.0"; null when it is not installed. */
export function pgbouncerVersion() {
  if (!existsSync(PGBOUNCER)) return null;
  const out = execFileSync(PGBOUNCER, ['--version'], { encoding: 'utf8' });
  return /PgBouncer (\S+)/.exec(out)?.[1] ?? null;
}

const quote = (value) => `"${String(value).replace(/"/g, '""')}"`;

/**
 * @param {{ dir: string, port: number, server: { host: string, port: number },
 *   database: string, users: { name: string, password: string }[], poolSize?: number }} options
 */
export async function startPgBouncer({ dir, port, server, database, users, poolSize = 8 }) {
  mkdirSync(dir, { recursive: true });
  // PgBouncer refuses to run as root: it then switches to the user PostgreSQL runs as.
  const asRoot = userInfo().uid === 0;
  const lines = [
    '[databases]',
    `${database} = host=${server.host} port=${server.port} dbname=${database}`,
    '',
    '[pgbouncer]',
    'listen_addr = 127.0.0.1',
    `listen_port = ${port}`,
    'unix_socket_dir =',
    'auth_type = scram-sha-256',
    `auth_file = ${join(dir, 'userlist.txt')}`,
    'pool_mode = transaction',
    `default_pool_size = ${poolSize}`,
    'max_client_conn = 500',
    // What node-postgres may send at start beyond user/database; `options` is NOT listed: a
    // client that relied on `-c role=…` is refused instead of silently running as its login.
    'ignore_startup_parameters = extra_float_digits',
    `logfile = ${join(dir, 'pgbouncer.log')}`,
    `pidfile = ${join(dir, 'pgbouncer.pid')}`,
    'admin_users = ',
    ...(asRoot ? ['user = postgres'] : []),
  ];
  writeFileSync(join(dir, 'pgbouncer.ini'), lines.join('\n') + '\n');
  writeFileSync(
    join(dir, 'userlist.txt'),
    users.map((u) => `${quote(u.name)} ${quote(u.password)}`).join('\n') + '\n',
    { mode: 0o600 },
  );
  writeFileSync(join(dir, 'pgbouncer.log'), '');
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chmodSync(dir, 0o755);
    for (const file of ['', 'pgbouncer.ini', 'userlist.txt', 'pgbouncer.log']) {
      chownSync(join(dir, file), uid, gid);
    }
  }
  const child = spawn(PGBOUNCER, [join(dir, 'pgbouncer.ini')], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const log = () => {
    try {
      return readFileSync(join(dir, 'pgbouncer.log'), 'utf8');
    } catch {
      return '';
    }
  };
  await until('PgBouncer to listen', () => {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`PgBouncer ended at start:\n${output}\n${log()}`);
    }
    return /listening on 127\.0\.0\.1:\d+/.test(log() + output);
  });
  return {
    port,
    url: (user, password) =>
      `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    log,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // SIGTERM: immediate shutdown (1.18); the clients are gone by now anyway.
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
    /** Synchronous, for exit handlers. */
    destroy() {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    },
  };
}
