import type { MigrationInterface, QueryRunner } from 'typeorm';

type OnDelete = 'SET NULL' | 'RESTRICT' | 'CASCADE';

/**
 * Every column that refers to a user, with the ON DELETE it had. All these tables carry their
 * own region_id, so each reference can include it. Not listed, on purpose: the audit trail
 * (`audit_event.actor_user_id`, `on_behalf_of_user_id`), `retention_period_history` and
 * `legal_hold` keep user ids without a foreign key, because their history outlives users.
 */
const USER_REFERENCES: readonly (readonly [table: string, column: string, onDelete: OnDelete])[] =
  [
    ['covenant_version', 'created_by_user_id', 'RESTRICT'],
    ['case_file', 'casusregisseur_user_id', 'SET NULL'],
    ['case_participant', 'added_by_user_id', 'SET NULL'],
    ['case_participant', 'ended_by_user_id', 'SET NULL'],
    ['information_item', 'created_by_user_id', 'SET NULL'],
    ['consent', 'recorded_by_user_id', 'SET NULL'],
    ['consent', 'withdrawn_by_user_id', 'SET NULL'],
    ['conflict_of_duties_decision', 'decided_by_user_id', 'SET NULL'],
    ['conflict_of_duties_decision', 'withdrawn_by_user_id', 'SET NULL'],
    ['break_glass', 'user_id', 'RESTRICT'],
    ['notification', 'recipient_user_id', 'CASCADE'],
    ['case_event', 'actor_user_id', 'SET NULL'],
    ['referral', 'match_decided_by_user_id', 'SET NULL'],
    ['referral', 'referred_by_user_id', 'SET NULL'],
    ['referral', 'decided_by_user_id', 'SET NULL'],
    ['plan_version', 'adopted_by_user_id', 'SET NULL'],
    ['plan_version', 'created_by_user_id', 'SET NULL'],
    ['plan_action', 'owner_user_id', 'SET NULL'],
    ['plan_action_progress', 'status_changed_by_user_id', 'SET NULL'],
    ['plan_action_note', 'author_user_id', 'SET NULL'],
    ['agreed_approach', 'updated_by_user_id', 'SET NULL'],
    ['agreed_approach_revision', 'saved_by_user_id', 'SET NULL'],
    ['agreed_approach_lookup', 'user_id', 'RESTRICT'],
    ['case_closure', 'closed_by_user_id', 'SET NULL'],
    ['meeting', 'chair_user_id', 'RESTRICT'],
    ['meeting_item', 'minutes_updated_by_user_id', 'SET NULL'],
    ['meeting_item_attendance', 'recorded_by_user_id', 'SET NULL'],
    ['break_glass_review', 'reviewed_by_user_id', 'RESTRICT'],
    ['data_subject_request', 'registered_by_user_id', 'SET NULL'],
    ['data_subject_request_part', 'updated_by_user_id', 'SET NULL'],
    ['retention_period', 'updated_by_user_id', 'SET NULL'],
  ];

/** The foreign key's name: PostgreSQL's default for the old one, kept for the new one. */
const fkName = (table: string, column: string) => `${table}_${column}_fkey`;

/**
 * User references checked by region in the database (like agencies, persons and cases since
 * 1763900000000): `app_user` gets the region of its agency (`region_id`, filled in by a trigger
 * when an insert leaves it out, and held to the agency by the foreign key (agency_id, region_id)),
 * is unique on (id, region_id), and every reference to a user becomes
 * `(x_user_id, region_id) REFERENCES app_user (id, region_id)`. A row of one region can then no
 * longer name a user of another, whatever code writes it.
 *
 * ON DELETE SET NULL becomes SET NULL (x_user_id): the row's own region_id stays.
 */
export class RegionUserReferences1764000001300 implements MigrationInterface {
  name = 'RegionUserReferences1764000001300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN region_id uuid`);
    await q.query(`UPDATE app_user u SET region_id = a.region_id FROM agency a WHERE a.id = u.agency_id`);
    await q.query(`ALTER TABLE app_user ALTER COLUMN region_id SET NOT NULL`);
    // Inserts name only the agency (demo seed, fixtures, scripts); the region follows from it.
    // An explicit region_id is kept, so a wrong one is refused by the foreign key, not corrected.
    await q.query(`
      CREATE FUNCTION app_user_region() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.region_id IS NULL THEN
          SELECT region_id INTO NEW.region_id FROM agency WHERE id = NEW.agency_id;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER app_user_region BEFORE INSERT ON app_user
      FOR EACH ROW EXECUTE FUNCTION app_user_region()`);
    // A user stays in the region of its agency: moving to another region's agency is refused.
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_agency_id_fkey`);
    await q.query(`ALTER TABLE app_user ADD CONSTRAINT app_user_agency_id_fkey
      FOREIGN KEY (agency_id, region_id) REFERENCES agency (id, region_id) ON DELETE RESTRICT`);
    await q.query(`ALTER TABLE app_user ADD CONSTRAINT app_user_id_region_key UNIQUE (id, region_id)`);

    // A row that already names a user of another region stops the migration with a clear list;
    // such a row is a data error to be fixed by hand, not something to clear silently.
    const crossing: string[] = [];
    for (const [table, column] of USER_REFERENCES) {
      const [row] = (await q.query(
        `SELECT count(*)::int AS n FROM ${table} t JOIN app_user u ON u.id = t.${column}
          WHERE u.region_id <> t.region_id`,
      )) as { n: number }[];
      if (row && row.n > 0) crossing.push(`${table}.${column}: ${row.n}`);
    }
    if (crossing.length > 0) {
      throw new Error(
        `Rows refer to a user of another region; fix them first (${crossing.join(', ')})`,
      );
    }

    for (const [table, column, onDelete] of USER_REFERENCES) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${fkName(table, column)}`);
      const action = onDelete === 'SET NULL' ? `SET NULL (${column})` : onDelete;
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${fkName(table, column)}
        FOREIGN KEY (${column}, region_id) REFERENCES app_user (id, region_id) ON DELETE ${action}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, column, onDelete] of [...USER_REFERENCES].reverse()) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${fkName(table, column)}`);
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${fkName(table, column)}
        FOREIGN KEY (${column}) REFERENCES app_user (id) ON DELETE ${onDelete}`);
    }
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_id_region_key`);
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_agency_id_fkey`);
    await q.query(`ALTER TABLE app_user ADD CONSTRAINT app_user_agency_id_fkey
      FOREIGN KEY (agency_id) REFERENCES agency (id) ON DELETE RESTRICT`);
    await q.query(`DROP TRIGGER app_user_region ON app_user`);
    await q.query(`DROP FUNCTION app_user_region()`);
    await q.query(`ALTER TABLE app_user DROP COLUMN region_id`);
  }
}
