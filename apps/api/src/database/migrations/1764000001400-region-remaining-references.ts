import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One foreign key: its columns, what it references, and its ON DELETE clause. */
interface ForeignKey {
  columns: readonly string[];
  target: string;
  targetColumns: readonly string[];
  onDelete: string;
}

/** A reference this migration region-checks: the foreign key before (if any) and after. */
interface Reference {
  table: string;
  /** The constraint's name: PostgreSQL's default for the old one, kept for the new one. */
  name: string;
  before: ForeignKey | null;
  after: ForeignKey;
}

/**
 * The keys the new foreign keys point at. Each adds the region (and, for the current item, the
 * meeting) to a key that is unique already, so it changes nothing about which rows may exist.
 */
const TARGET_KEYS: readonly (readonly [table: string, name: string, columns: string])[] = [
  ['meeting_item', 'meeting_item_id_meeting_id_region_id_key', 'id, meeting_id, region_id'],
  [
    'meeting_item_invitee',
    'meeting_item_invitee_item_id_agency_id_region_id_key',
    'item_id, agency_id, region_id',
  ],
  ['plan_action_progress', 'plan_action_progress_action_key_region_id_key', 'action_key, region_id'],
  ['referral', 'referral_case_id_region_id_key', 'case_id, region_id'],
];

/**
 * Every foreign key to a region-scoped table that did not include region_id, and the two person
 * references of a referral that had no foreign key at all.
 */
const REFERENCES: readonly Reference[] = [
  {
    table: 'case_event',
    name: 'case_event_actor_agency_id_fkey',
    before: { columns: ['actor_agency_id'], target: 'agency', targetColumns: ['id'], onDelete: 'SET NULL' },
    after: {
      columns: ['actor_agency_id', 'region_id'],
      target: 'agency',
      targetColumns: ['id', 'region_id'],
      onDelete: 'SET NULL (actor_agency_id)',
    },
  },
  // The current item is an item of the same meeting (and so of the same region).
  {
    table: 'meeting',
    name: 'meeting_current_item_id_fkey',
    before: {
      columns: ['current_item_id'],
      target: 'meeting_item',
      targetColumns: ['id'],
      onDelete: 'SET NULL',
    },
    after: {
      columns: ['current_item_id', 'id', 'region_id'],
      target: 'meeting_item',
      targetColumns: ['id', 'meeting_id', 'region_id'],
      onDelete: 'SET NULL (current_item_id)',
    },
  },
  // The person a SAME_PERSON decision matched: kept while the referral exists (as the retention
  // job already did), so NO ACTION; the CHECK on match_decision forbids clearing it anyway.
  {
    table: 'referral',
    name: 'referral_match_person_id_fkey',
    before: null,
    after: {
      columns: ['match_person_id', 'region_id'],
      target: 'person',
      targetColumns: ['id', 'region_id'],
      onDelete: 'NO ACTION',
    },
  },
  // Needed only until the match is decided (the retention job keeps the person until then);
  // afterwards the person may go, and the id with it instead of staying behind stale.
  {
    table: 'referral',
    name: 'referral_bsn_match_person_id_fkey',
    before: null,
    after: {
      columns: ['bsn_match_person_id', 'region_id'],
      target: 'person',
      targetColumns: ['id', 'region_id'],
      onDelete: 'SET NULL (bsn_match_person_id)',
    },
  },
  {
    table: 'meeting_item_attendance',
    name: 'meeting_item_attendance_item_id_agency_id_fkey',
    before: {
      columns: ['item_id', 'agency_id'],
      target: 'meeting_item_invitee',
      targetColumns: ['item_id', 'agency_id'],
      onDelete: 'CASCADE',
    },
    after: {
      columns: ['item_id', 'agency_id', 'region_id'],
      target: 'meeting_item_invitee',
      targetColumns: ['item_id', 'agency_id', 'region_id'],
      onDelete: 'CASCADE',
    },
  },
  {
    table: 'plan_action_note',
    name: 'plan_action_note_action_key_fkey',
    before: {
      columns: ['action_key'],
      target: 'plan_action_progress',
      targetColumns: ['action_key'],
      onDelete: 'CASCADE',
    },
    after: {
      columns: ['action_key', 'region_id'],
      target: 'plan_action_progress',
      targetColumns: ['action_key', 'region_id'],
      onDelete: 'CASCADE',
    },
  },
  {
    table: 'referral_proposed_agency',
    name: 'referral_proposed_agency_case_id_fkey',
    before: { columns: ['case_id'], target: 'referral', targetColumns: ['case_id'], onDelete: 'CASCADE' },
    after: {
      columns: ['case_id', 'region_id'],
      target: 'referral',
      targetColumns: ['case_id', 'region_id'],
      onDelete: 'CASCADE',
    },
  },
];

/** The users a legal hold names: checked by a trigger, not a foreign key (see below). */
const LEGAL_HOLD_USERS = ['set_by_user_id', 'released_by_user_id'] as const;

const addForeignKey = (table: string, name: string, fk: ForeignKey) =>
  `ALTER TABLE ${table} ADD CONSTRAINT ${name}
     FOREIGN KEY (${fk.columns.join(', ')}) REFERENCES ${fk.target} (${fk.targetColumns.join(', ')})
     ON DELETE ${fk.onDelete}`;

/**
 * The references 1764000001300 left without a region check, now checked by the database too:
 *
 * - Every foreign key to a table with region_id includes region_id: `case_event.actor_agency_id`,
 *   `meeting.current_item_id` (which must also be an item of the same meeting),
 *   `meeting_item_attendance` → `meeting_item_invitee`, `plan_action_note` →
 *   `plan_action_progress` and `referral_proposed_agency` → `referral`.
 * - `referral.match_person_id` and `bsn_match_person_id` get composite foreign keys to
 *   `person (id, region_id)`; before, they had none. A `bsn_match_person_id` whose person is gone
 *   (retention may delete it once the match is decided) is cleared first; such an id was stale.
 * - `legal_hold.set_by_user_id` and `released_by_user_id` keep no foreign key: a hold is
 *   append-only (its guard refuses any change but the release) and stays with its case, so ON
 *   DELETE SET NULL could not run and RESTRICT would tie users to the history they wrote, which
 *   the audit trail and retention_period_history do not either. A trigger checks instead that a
 *   user written into a hold is a user of the hold's region (SQLSTATE 23503, like a foreign key).
 *
 * A row that already refers across regions (or, for the current item, to another meeting), or
 * to a person that does not exist, stops the migration with a clear list: a data error to be
 * fixed by hand, not to be cleared silently.
 */
export class RegionRemainingReferences1764000001400 implements MigrationInterface {
  name = 'RegionRemainingReferences1764000001400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE referral r SET bsn_match_person_id = NULL
      WHERE bsn_match_person_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM person p WHERE p.id = r.bsn_match_person_id)`);

    const crossing: string[] = [];
    for (const { table, after } of REFERENCES) {
      const [row] = (await q.query(
        `SELECT count(*)::int AS n FROM ${table} t
          WHERE ${after.columns.map((c) => `t.${c} IS NOT NULL`).join(' AND ')}
            AND NOT EXISTS (SELECT 1 FROM ${after.target} x
                             WHERE ${after.columns
                               .map((c, i) => `x.${after.targetColumns[i]} = t.${c}`)
                               .join(' AND ')})`,
      )) as { n: number }[];
      if (row && row.n > 0) crossing.push(`${table}.${after.columns[0]}: ${row.n}`);
    }
    for (const column of LEGAL_HOLD_USERS) {
      const [row] = (await q.query(
        `SELECT count(*)::int AS n FROM legal_hold t JOIN app_user u ON u.id = t.${column}
          WHERE u.region_id <> t.region_id`,
      )) as { n: number }[];
      if (row && row.n > 0) crossing.push(`legal_hold.${column}: ${row.n}`);
    }
    if (crossing.length > 0) {
      throw new Error(
        `Rows refer to a row of another region (or meeting) or to none; fix them first (${crossing.join(', ')})`,
      );
    }

    for (const [table, name, columns] of TARGET_KEYS) {
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${name} UNIQUE (${columns})`);
    }
    for (const { table, name, before, after } of REFERENCES) {
      if (before) await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${name}`);
      await q.query(addForeignKey(table, name, after));
    }

    await q.query(`
      CREATE FUNCTION legal_hold_user_region() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.set_by_user_id IS NOT NULL
           AND (TG_OP = 'INSERT' OR NEW.set_by_user_id IS DISTINCT FROM OLD.set_by_user_id)
           AND NOT EXISTS (SELECT 1 FROM app_user
                            WHERE id = NEW.set_by_user_id AND region_id = NEW.region_id) THEN
          RAISE EXCEPTION 'legal_hold.set_by_user_id % is not a user of the region', NEW.set_by_user_id
            USING ERRCODE = 'foreign_key_violation', TABLE = 'legal_hold',
                  COLUMN = 'set_by_user_id', CONSTRAINT = 'legal_hold_set_by_user_id_region';
        END IF;
        IF NEW.released_by_user_id IS NOT NULL
           AND (TG_OP = 'INSERT' OR NEW.released_by_user_id IS DISTINCT FROM OLD.released_by_user_id)
           AND NOT EXISTS (SELECT 1 FROM app_user
                            WHERE id = NEW.released_by_user_id AND region_id = NEW.region_id) THEN
          RAISE EXCEPTION 'legal_hold.released_by_user_id % is not a user of the region',
                NEW.released_by_user_id
            USING ERRCODE = 'foreign_key_violation', TABLE = 'legal_hold',
                  COLUMN = 'released_by_user_id', CONSTRAINT = 'legal_hold_released_by_user_id_region';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER legal_hold_user_region BEFORE INSERT OR UPDATE ON legal_hold
      FOR EACH ROW EXECUTE FUNCTION legal_hold_user_region()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER legal_hold_user_region ON legal_hold`);
    await q.query(`DROP FUNCTION legal_hold_user_region()`);
    for (const { table, name, before } of [...REFERENCES].reverse()) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${name}`);
      if (before) await q.query(addForeignKey(table, name, before));
    }
    for (const [table, name] of [...TARGET_KEYS].reverse()) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${name}`);
    }
  }
}
