import type { MigrationInterface, QueryRunner } from 'typeorm';

const LIFE_DOMAINS = `('HOUSING','FINANCES','WORK_AND_DAYTIME','HEALTH_AND_CARE','ADDICTION',
  'JUSTICE_AND_BEHAVIOUR','SOCIAL_NETWORK','SAFETY','PARENTING')`;

/**
 * The plan of action (plan van aanpak): one per case, in numbered versions. A version is a DRAFT
 * until it is adopted (vastgesteld); an adopted version is frozen by triggers, so a later change
 * is a new version. Goals and actions carry a `key` that stays the same across versions, which is
 * what the difference between versions matches on.
 *
 * Progress is not plan content: the status of an action (afspraak) and its progress notes belong
 * to the action's key, in `plan_action_progress` and `plan_action_note`. Marking an adopted
 * action done therefore needs no new version, and the status carries over to later versions.
 */
export class Plans1764000000200 implements MigrationInterface {
  name = 'Plans1764000000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE plan_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        case_id uuid NOT NULL,
        number integer NOT NULL CHECK (number > 0),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','ADOPTED')),
        based_on_version_id uuid,
        -- Optimistic locking: every change of a draft is UPDATE … WHERE revision = the one seen.
        revision integer NOT NULL DEFAULT 1,
        adopted_on date,
        adopted_at timestamptz,
        adopted_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        adopted_by_agency_id uuid,
        created_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'ADOPTED') = (adopted_on IS NOT NULL AND adopted_at IS NOT NULL)),
        UNIQUE (case_id, number),
        UNIQUE (id, region_id),
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (based_on_version_id, region_id) REFERENCES plan_version (id, region_id)
          ON DELETE CASCADE,
        FOREIGN KEY (adopted_by_agency_id, region_id) REFERENCES agency (id, region_id)
      )`);
    // At most one draft per case: two people starting a revision at once get the same one.
    await q.query(`CREATE UNIQUE INDEX plan_version_one_draft ON plan_version (case_id)
      WHERE status = 'DRAFT'`);

    await q.query(`
      CREATE TABLE plan_goal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        version_id uuid NOT NULL,
        key uuid NOT NULL DEFAULT gen_random_uuid(),
        life_domain text NOT NULL CHECK (life_domain IN ${LIFE_DOMAINS}),
        description text NOT NULL CHECK (length(description) BETWEEN 3 AND 1000),
        position integer NOT NULL,
        UNIQUE (version_id, key),
        UNIQUE (id, region_id),
        FOREIGN KEY (version_id, region_id) REFERENCES plan_version (id, region_id)
          ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE plan_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        case_id uuid NOT NULL,
        version_id uuid NOT NULL,
        goal_id uuid NOT NULL,
        key uuid NOT NULL DEFAULT gen_random_uuid(),
        description text NOT NULL CHECK (length(description) BETWEEN 3 AND 1000),
        owner_agency_id uuid NOT NULL,
        owner_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        due_date date NOT NULL,
        position integer NOT NULL,
        UNIQUE (version_id, key),
        FOREIGN KEY (goal_id, region_id) REFERENCES plan_goal (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (version_id, region_id) REFERENCES plan_version (id, region_id)
          ON DELETE CASCADE,
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (owner_agency_id, region_id) REFERENCES agency (id, region_id)
      )`);
    // "Mijn acties": the actions of one agency, soonest due first.
    await q.query(`CREATE INDEX plan_action_owner_idx ON plan_action (owner_agency_id, due_date)`);
    await q.query(`CREATE INDEX plan_action_key_idx ON plan_action (key)`);

    await q.query(`
      CREATE TABLE plan_action_progress (
        action_key uuid PRIMARY KEY,
        region_id uuid NOT NULL,
        case_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'OPEN'
          CHECK (status IN ('OPEN','IN_PROGRESS','DONE','CANCELLED')),
        revision integer NOT NULL DEFAULT 1,
        status_changed_at timestamptz NOT NULL DEFAULT now(),
        status_changed_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        -- The due date an overdue notice went out for: once per action and due date.
        overdue_notified_for date,
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE plan_action_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        case_id uuid NOT NULL,
        action_key uuid NOT NULL REFERENCES plan_action_progress (action_key) ON DELETE CASCADE,
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
        author_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        author_agency_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (author_agency_id, region_id) REFERENCES agency (id, region_id)
      )`);
    await q.query(`CREATE INDEX plan_action_note_key_idx ON plan_action_note (action_key, created_at)`);
    await q.query(`CREATE TRIGGER plan_action_note_append_only BEFORE UPDATE ON plan_action_note
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);

    // An adopted version is frozen, whatever writes to it. Deleting it stays possible only
    // together with its case (retention): in that cascade the case row is already gone.
    await q.query(`
      CREATE FUNCTION plan_version_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'ADOPTED' THEN
          IF TG_OP = 'DELETE' THEN
            IF NOT EXISTS (SELECT 1 FROM case_file WHERE id = OLD.case_id) THEN RETURN OLD; END IF;
          END IF;
          RAISE EXCEPTION 'plan version % is adopted and cannot be changed', OLD.number
            USING ERRCODE = 'check_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER plan_version_frozen BEFORE UPDATE OR DELETE ON plan_version
      FOR EACH ROW EXECUTE FUNCTION plan_version_frozen()`);

    await q.query(`
      CREATE FUNCTION plan_content_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM plan_version v JOIN case_file c ON c.id = v.case_id
                                          WHERE v.id = OLD.version_id AND v.status = 'ADOPTED') THEN
          RAISE EXCEPTION '% of an adopted plan version cannot be changed', TG_TABLE_NAME
            USING ERRCODE = 'check_violation';
        END IF;
        IF TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM plan_version v JOIN case_file c ON c.id = v.case_id
                                          WHERE v.id = NEW.version_id AND v.status = 'ADOPTED') THEN
          RAISE EXCEPTION '% of an adopted plan version cannot be changed', TG_TABLE_NAME
            USING ERRCODE = 'check_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    for (const table of ['plan_goal', 'plan_action']) {
      await q.query(`CREATE TRIGGER ${table}_frozen BEFORE INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION plan_content_frozen()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'plan_action_note',
      'plan_action_progress',
      'plan_action',
      'plan_goal',
      'plan_version',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP FUNCTION plan_content_frozen()`);
    await q.query(`DROP FUNCTION plan_version_frozen()`);
  }
}
