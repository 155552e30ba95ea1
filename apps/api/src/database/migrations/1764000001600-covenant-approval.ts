import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Four eyes on the covenant (issue 11 item 2): a change is a proposal by the functional
 * administrator that becomes a covenant version only when a privacy officer of the same region
 * approves it, or is rejected with a reason. The database holds the rules whatever code writes:
 * the decider is never the proposer, a decision is final, and an approval names the version it
 * created. Both steps stay in the history (who, when, the version before and the one after).
 */
export class CovenantApproval1764000001600 implements MigrationInterface {
  name = 'CovenantApproval1764000001600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE covenant_proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
        base_version integer NOT NULL CHECK (base_version >= 0),
        note text NOT NULL CHECK (length(note) BETWEEN 1 AND 1000),
        entries jsonb NOT NULL CHECK (jsonb_typeof(entries) = 'array'),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
        proposed_by_user_id uuid NOT NULL,
        proposed_at timestamptz NOT NULL DEFAULT now(),
        decided_by_user_id uuid,
        decided_at timestamptz,
        decision_reason text CHECK (length(decision_reason) BETWEEN 1 AND 1000),
        version_id uuid,
        UNIQUE (id, region_id),
        FOREIGN KEY (proposed_by_user_id, region_id) REFERENCES app_user (id, region_id)
          ON DELETE RESTRICT,
        FOREIGN KEY (decided_by_user_id, region_id) REFERENCES app_user (id, region_id)
          ON DELETE RESTRICT,
        FOREIGN KEY (version_id, region_id) REFERENCES covenant_version (id, region_id),
        CONSTRAINT covenant_proposal_four_eyes CHECK (decided_by_user_id <> proposed_by_user_id),
        CHECK ((status = 'PENDING') = (decided_by_user_id IS NULL)),
        CHECK ((status = 'PENDING') = (decided_at IS NULL)),
        CHECK ((status = 'APPROVED') = (version_id IS NOT NULL)),
        CHECK (status <> 'REJECTED' OR decision_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX covenant_proposal_region_idx
      ON covenant_proposal (region_id, proposed_at DESC)`);
    await q.query(`CREATE UNIQUE INDEX covenant_proposal_version_key
      ON covenant_proposal (version_id) WHERE version_id IS NOT NULL`);
    // A proposal is decided once; what was proposed, by whom and when never changes.
    await q.query(`
      CREATE FUNCTION covenant_proposal_decide_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'covenant_proposal rows are kept as history';
        END IF;
        IF OLD.status <> 'PENDING' THEN
          RAISE EXCEPTION 'covenant proposal % is already decided', OLD.id;
        END IF;
        IF (NEW.id, NEW.region_id, NEW.base_version, NEW.note, NEW.entries,
            NEW.proposed_by_user_id, NEW.proposed_at)
           IS DISTINCT FROM (OLD.id, OLD.region_id, OLD.base_version, OLD.note, OLD.entries,
            OLD.proposed_by_user_id, OLD.proposed_at) THEN
          RAISE EXCEPTION 'a covenant proposal cannot be changed, only decided';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER covenant_proposal_decide_once
      BEFORE UPDATE OR DELETE ON covenant_proposal
      FOR EACH ROW EXECUTE FUNCTION covenant_proposal_decide_once()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE covenant_proposal`);
    await q.query(`DROP FUNCTION covenant_proposal_decide_once()`);
  }
}
