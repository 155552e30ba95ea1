import type { MigrationInterface, QueryRunner } from 'typeorm';

const LIFE_DOMAINS = `('HOUSING','FINANCES','WORK_AND_DAYTIME','HEALTH_AND_CARE','ADDICTION',
  'JUSTICE_AND_BEHAVIOUR','SOCIAL_NETWORK','SAFETY','PARENTING')`;

/**
 * Issue 18 item 3, outcomes per life domain (ADR 0028). `life_domain_assessment`: one scoring
 * moment of a case — its intake, one adopted plan version, its closing — at most once each
 * (`NULLS NOT DISTINCT`), with a `revision` so a stale correction gives EDIT_CONFLICT.
 * `life_domain_score`: one 1–5 score per domain, carrying the category its domain maps to (the
 * CHECK keeps domain and category together, so the SQL filter per row cannot be fooled by a wrong
 * category). Both go with their case (retention) and, for a plan moment, with its plan version.
 */
export class LifeDomainScores1764000004300 implements MigrationInterface {
  name = 'LifeDomainScores1764000004300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE life_domain_assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        case_id uuid NOT NULL,
        moment text NOT NULL CHECK (moment IN ('INTAKE', 'PLAN', 'CLOSING')),
        plan_version_id uuid,
        revision integer NOT NULL DEFAULT 1,
        recorded_by_user_id uuid,
        recorded_by_agency_id uuid NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((moment = 'PLAN') = (plan_version_id IS NOT NULL)),
        UNIQUE (id, region_id),
        UNIQUE NULLS NOT DISTINCT (case_id, moment, plan_version_id),
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (plan_version_id, region_id) REFERENCES plan_version (id, region_id)
          ON DELETE CASCADE,
        FOREIGN KEY (recorded_by_agency_id, region_id) REFERENCES agency (id, region_id),
        FOREIGN KEY (recorded_by_user_id, region_id) REFERENCES app_user (id, region_id)
          ON DELETE SET NULL (recorded_by_user_id)
      )`);
    await q.query(`CREATE INDEX life_domain_assessment_version_idx
      ON life_domain_assessment (plan_version_id) WHERE plan_version_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE life_domain_score (
        region_id uuid NOT NULL,
        assessment_id uuid NOT NULL,
        domain text NOT NULL CHECK (domain IN ${LIFE_DOMAINS}),
        category text NOT NULL CHECK (category = CASE domain
          WHEN 'HEALTH_AND_CARE' THEN 'CARE' WHEN 'ADDICTION' THEN 'CARE'
          WHEN 'JUSTICE_AND_BEHAVIOUR' THEN 'JUSTICE' WHEN 'SAFETY' THEN 'SAFETY'
          ELSE 'SOCIAL' END),
        score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
        PRIMARY KEY (assessment_id, domain),
        FOREIGN KEY (assessment_id, region_id) REFERENCES life_domain_assessment (id, region_id)
          ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE life_domain_score`);
    await q.query(`DROP TABLE life_domain_assessment`);
  }
}
