// The scheduled jobs on the job queue (ADR 0015): with two app instances on one database, each
// checking its schedules every second, a due schedule (the overdue-actions check, every minute
// here) is enqueued once per due time and run by one worker of one instance. The jobs
// themselves are tested with a controlled clock elsewhere (plans.int-spec.ts, retention.int-spec.ts).
import { createTestApp, type TestApp } from './support/test-app';

const waitFor = async (what: string, check: () => Promise<boolean>, timeoutMs = 60_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

describe('a scheduled job with two instances', () => {
  let a: TestApp;
  let b: TestApp | null = null;

  beforeAll(async () => {
    const env = {
      SCHAKEL_SCHEDULES: 'on',
      SCHAKEL_OVERDUE_CRON: '* * * * *',
      JOB_CRON_CHECK_SECONDS: '1',
      SCHAKEL_DEMO_DATA: 'false',
    };
    a = await createTestApp(env);
    b = await createTestApp(env, a.database);
  });

  afterAll(async () => {
    await b?.app.close();
    await a?.close();
  });

  it('is enqueued once per due time and run once, whichever instance checks', async () => {
    const overdueJobs = () =>
      a.db.query<{ state: string; created_on: Date }[]>(
        `SELECT state::text AS state, created_on FROM pgboss.job WHERE name = 'plan.overdue'`,
      );
    await waitFor('the first run to complete', async () =>
      (await overdueJobs()).some((j) => j.state === 'completed'),
    );
    const first = (await overdueJobs())[0]!.created_on;

    // Both instances go on checking the schedule every second: watch the cron clock (pg-boss's
    // claim of each check round) move on several times after the first job.
    const rounds = new Set<string>();
    await waitFor('five more rounds of schedule checks', async () => {
      const [row] = await a.db.query<{ cron_on: Date | null }[]>(
        `SELECT cron_on FROM pgboss.version`,
      );
      if (row?.cron_on && row.cron_on > first) rounds.add(row.cron_on.toISOString());
      return rounds.size >= 5;
    });

    // One send per due minute (the schedule's singleton), one job per send, each run once.
    const sends = await a.db.query<{ slot: Date; n: number }[]>(
      `SELECT singleton_on AS slot, count(*)::int AS n FROM pgboss.job
        WHERE name = '__pgboss__send-it' AND singleton_key = 'plan.overdue'
        GROUP BY singleton_on`,
    );
    expect(sends.length).toBeGreaterThanOrEqual(1);
    expect(sends.every((s) => s.n === 1)).toBe(true);
    await waitFor('every run to finish', async () =>
      (await overdueJobs()).every((j) => j.state === 'completed'),
    );
    const jobs = await overdueJobs();
    // A send made in the last moments may not have become its job yet: at most one behind.
    expect(jobs.length).toBeGreaterThanOrEqual(sends.length - 1);
    expect(jobs.length).toBeLessThanOrEqual(sends.length);
  });
});
