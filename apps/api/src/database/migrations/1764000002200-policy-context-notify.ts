import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The channel the API listens on (sharing/policy-context-cache.ts keeps the same name). */
const CHANNEL = 'schakel_policy_context';

/**
 * Which rows a session's cached policy context is built from, and the scope a change to them
 * invalidates: `user:<id>`, `session:<id>`, `agency:<id>`, `region:<id>` or `all`.
 */
const SOURCES: { table: string; scope: (row: 'OLD' | 'NEW') => string }[] = [
  { table: 'app_user', scope: (r) => `'user:' || ${r}.id` },
  { table: 'revoked_session', scope: (r) => `'session:' || ${r}.session_id` },
  { table: 'region', scope: (r) => `'region:' || ${r}.id` },
  { table: 'agency', scope: (r) => `'agency:' || ${r}.id` },
  { table: 'covenant_version', scope: (r) => `'region:' || ${r}.region_id` },
  // An entry names its version only; covenant changes are rare, so every context goes.
  { table: 'covenant_entry', scope: () => `'all'` },
  { table: 'consent', scope: (r) => `'agency:' || ${r}.recipient_agency_id` },
  { table: 'conflict_of_duties_decision', scope: (r) => `'agency:' || ${r}.recipient_agency_id` },
  { table: 'break_glass', scope: (r) => `'user:' || ${r}.user_id` },
];

/**
 * Issue 14 (ADR 0013): every change to what a session's policy context is built from — by the API,
 * another process or an operator's SQL — notifies the API processes, which drop the cached
 * contexts it touches before anyone can be served from them again. NOTIFY is delivered at commit,
 * in commit order; a rolled-back change notifies nobody.
 */
export class PolicyContextNotify1764000002200 implements MigrationInterface {
  name = 'PolicyContextNotify1764000002200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION policy_context_notify_all() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${CHANNEL}', 'all');
        RETURN NULL;
      END $$`);
    for (const { table, scope } of SOURCES) {
      await q.query(`
        CREATE FUNCTION ${table}_policy_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('${CHANNEL}', ${scope('OLD')}); END IF;
          IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('${CHANNEL}', ${scope('NEW')}); END IF;
          RETURN NULL;
        END $$`);
      await q.query(`CREATE TRIGGER ${table}_policy_notify
        AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION ${table}_policy_notify()`);
      await q.query(`CREATE TRIGGER ${table}_policy_notify_truncate AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION policy_context_notify_all()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table } of [...SOURCES].reverse()) {
      await q.query(`DROP TRIGGER ${table}_policy_notify_truncate ON ${table}`);
      await q.query(`DROP TRIGGER ${table}_policy_notify ON ${table}`);
      await q.query(`DROP FUNCTION ${table}_policy_notify()`);
    }
    await q.query(`DROP FUNCTION policy_context_notify_all()`);
  }
}
