// The built API (dist/apps/api/main.js) as a real process, with the environment `npm start` gives
// it (tools/start.mjs) plus production settings. Its own process group; its log lines are kept
// (JSON, one per line) so the suite can find audit events that were logged instead of written.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { processGroupAlive, until } from './wait.mjs';

export class FaultApi {
  /**
   * @param {{ main: string, port: number, databaseUrl: string, sessionSecret: string,
   *   logFile: string, env?: Record<string, string>, log: (line: string) => void }} options
   */
  constructor(options) {
    this.options = options;
    this.child = null;
    this.pgid = null;
    /** Every log line of every instance, parsed when JSON. */
    this.lines = [];
    this.file = createWriteStream(options.logFile, { flags: 'a' });
    this.starts = 0;
  }

  get url() {
    return `http://127.0.0.1:${this.options.port}`;
  }

  /** Starts an instance and resolves once /health/ready answers 200 (bounded). */
  async start({ timeoutMs = 180_000 } = {}) {
    const { main, port, databaseUrl, sessionSecret, env = {} } = this.options;
    this.starts += 1;
    const instance = this.starts;
    const child = spawn(process.execPath, [main], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        SESSION_SECRET: sessionSecret,
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        SCHAKEL_DEMO_DATA: 'true',
        // The demo users sign in with a password only; the suite is about the audit trail, and
        // production would otherwise ask them to enrol a second factor first (ADR 0017).
        MFA_REQUIRED: 'false',
        LOG_LEVEL: 'info',
        ...env,
      },
    });
    const take = (chunk) => {
      this.file.write(chunk);
      for (const raw of String(chunk).split('\n')) {
        if (!raw.trim()) continue;
        let json = null;
        try {
          json = JSON.parse(raw);
        } catch {
          /* not JSON: kept as text */
        }
        this.lines.push({ instance, raw, json });
      }
    };
    // Lines can be split across chunks: buffer up to the last newline per stream.
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.on('data', (chunk) => {
        const text = rest + String(chunk);
        const cut = text.lastIndexOf('\n');
        if (cut < 0) {
          rest = text;
          return;
        }
        rest = text.slice(cut + 1);
        take(text.slice(0, cut + 1));
      });
      stream.on('end', () => rest && take(rest + '\n'));
    }
    this.child = child;
    this.pgid = child.pid;
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
    );
    await until(
      'the API is ready (/health/ready)',
      async () => {
        if (child.exitCode !== null || child.signalCode !== null) {
          const tail = this.lines.filter((l) => l.instance === instance).slice(-10);
          throw new Error(`the API exited while starting:\n${tail.map((l) => l.raw).join('\n')}`);
        }
        try {
          const res = await fetch(`${this.url}/health/ready`, {
            signal: AbortSignal.timeout(5000),
          });
          return res.ok;
        } catch {
          return false;
        }
      },
      { timeoutMs, intervalMs: 200 },
    );
  }

  get running() {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** kill -9 of the API process; resolves once it is gone. */
  async kill9() {
    const exited = this.exited;
    this.child?.kill('SIGKILL');
    await exited;
    this.signalGroup('SIGKILL');
  }

  /**
   * What an orchestrator does: SIGTERM, then SIGKILL `graceMs` later if still running.
   * Resolves with how it ended and whether the SIGKILL was needed.
   */
  async terminate(graceMs) {
    const exited = this.exited;
    const sentAt = Date.now();
    this.child?.kill('SIGTERM');
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      this.child?.kill('SIGKILL');
    }, graceMs);
    const result = await exited;
    clearTimeout(timer);
    this.signalGroup('SIGKILL');
    return { ...result, killed, stopMs: result.at - sentAt };
  }

  signalGroup(signal) {
    if (!this.pgid || !processGroupAlive(this.pgid)) return;
    try {
      process.kill(-this.pgid, signal);
    } catch {
      /* gone */
    }
  }

  /** Synchronous, for exit handlers. */
  destroy() {
    this.signalGroup('SIGKILL');
    this.file.end();
  }
}
