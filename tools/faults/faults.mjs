// The faults: each starts a failure, holds it for `holdMs` and ends it, returning when it ended
// (the moment recovery is measured from). `ctx` holds the PostgreSQL and API controllers and the
// owner's database URL.
import pg from 'pg';
import { sleep } from './wait.mjs';

/** A connection as the owner (superuser), for faults made inside the database. */
async function ownerConnection(ctx) {
  const client = new pg.Client({
    connectionString: ctx.pg.url(),
    application_name: 'schakel-fault',
  });
  client.on('error', () => {});
  await client.connect();
  return client;
}

/** Holds the row lock the chain trigger takes (audit_event_chain: audit_chain FOR UPDATE). */
async function lockChainHeads(ctx) {
  const client = await ownerConnection(ctx);
  await client.query('BEGIN');
  await client.query('SELECT region_id FROM audit_chain FOR UPDATE');
  return async () => {
    await client.query('ROLLBACK').catch(() => {});
    await client.end().catch(() => {});
  };
}

export const FAULTS = [
  {
    name: 'pg-fast-stop',
    title: 'PostgreSQL fast stop, then start',
    async run(ctx, holdMs) {
      await ctx.pg.fastStop();
      await sleep(holdMs);
      const end = Date.now();
      await ctx.pg.start();
      return end;
    },
  },
  {
    name: 'pg-crash',
    title: 'PostgreSQL crash (SIGKILL of the postmaster), then start',
    async run(ctx, holdMs) {
      await ctx.pg.crash();
      await sleep(holdMs);
      const end = Date.now();
      await ctx.pg.start();
      return end;
    },
  },
  {
    name: 'pg-freeze',
    title: 'PostgreSQL frozen (SIGSTOP of every process), then SIGCONT',
    async run(ctx, holdMs) {
      ctx.pg.freeze();
      await sleep(holdMs);
      ctx.pg.thaw();
      return Date.now();
    },
  },
  {
    name: 'audit-refuses',
    title: 'audit_event refuses inserts (a trigger raising), then the trigger is dropped',
    async run(ctx, holdMs) {
      const client = await ownerConnection(ctx);
      try {
        await client.query(`CREATE OR REPLACE FUNCTION fault_suite_refuse() RETURNS trigger
          LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'fault suite: audit_event refuses inserts'; END $$`);
        await client.query(`CREATE TRIGGER fault_suite_refuse BEFORE INSERT ON audit_event
          FOR EACH ROW EXECUTE FUNCTION fault_suite_refuse()`);
        await sleep(holdMs);
        await client.query('DROP TRIGGER fault_suite_refuse ON audit_event');
        return Date.now();
      } finally {
        await client.end().catch(() => {});
      }
    },
  },
  {
    name: 'chain-lock',
    title: 'the chain head locked by another connection, then released',
    async run(ctx, holdMs) {
      const release = await lockChainHeads(ctx);
      await sleep(holdMs);
      await release();
      return Date.now();
    },
  },
  {
    name: 'api-kill9',
    title: 'API kill -9, then start',
    apiDies: true,
    async run(ctx) {
      await ctx.api.kill9();
      const end = Date.now();
      await ctx.api.start();
      return end;
    },
  },
  {
    name: 'chain-lock-kill9',
    title: 'the chain head locked (a stalled trail), API kill -9 during it, release, start',
    apiDies: true,
    async run(ctx, holdMs) {
      const release = await lockChainHeads(ctx);
      try {
        // Longer than the bound on unwritten events, so a writer that does not notice the
        // stall loses more than the bound allows.
        await sleep(Math.max(holdMs, 3 * ctx.boundMs));
        await ctx.api.kill9();
      } finally {
        await release();
      }
      const end = Date.now();
      await ctx.api.start();
      return end;
    },
  },
  {
    name: 'api-sigterm',
    title: 'API SIGTERM, SIGKILL 10 s later if still running, then start',
    apiDies: true,
    graceful: true,
    async run(ctx) {
      ctx.stop = await ctx.api.terminate(10_000);
      const end = Date.now();
      await ctx.api.start();
      return end;
    },
  },
  {
    name: 'chain-lock-sigterm',
    title:
      'the chain head locked, API SIGTERM, SIGKILL 10 s later if still running, release, start',
    apiDies: true,
    graceful: true,
    async run(ctx, holdMs) {
      const release = await lockChainHeads(ctx);
      try {
        await sleep(holdMs);
        ctx.stop = await ctx.api.terminate(10_000);
      } finally {
        await release();
      }
      const end = Date.now();
      await ctx.api.start();
      return end;
    },
  },
];
