import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import type { TestDatabase } from './test-database';

/** A PostgreSQL server this test may stop and start (support/postgres-process.mjs). */
export interface OwnPostgres {
  /** A database on it, created once. */
  database: TestDatabase;
  /** Fast shutdown (SIGINT): sessions are terminated, new connections refused. */
  stop(): Promise<void>;
  /** Starts it again on the same folder and port. */
  start(): Promise<void>;
  /** Stops it for good and removes its folder. */
  exit(): Promise<void>;
}

interface Reply {
  id?: number;
  ready?: boolean;
  url?: string;
  error?: string;
}

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const starter = join(__dirname, '../../../../tools/db/embedded.mjs');
  const child: ChildProcess = fork(join(__dirname, 'postgres-process.mjs'), [starter], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const replies = new Map<number, (reply: Reply) => void>();
  let next = 0;
  const adminUrl = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`postgres process exited (${code})`)));
    child.on('message', (reply: Reply) => {
      if (reply.ready && reply.url) resolve(reply.url);
      if (reply.id !== undefined) replies.get(reply.id)?.(reply);
    });
  });
  const send = (command: string) =>
    new Promise<void>((resolve, reject) => {
      const id = ++next;
      replies.set(id, (reply) => {
        replies.delete(id);
        if (reply.error) reject(new Error(reply.error));
        else resolve();
      });
      child.send({ id, command });
    });

  const name = 'schakel_outage';
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    database: { url: url.toString(), name, drop: () => Promise.resolve() },
    stop: () => send('stop'),
    start: () => send('start'),
    exit: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.send({ command: 'exit' });
      }),
  };
}
