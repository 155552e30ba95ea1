import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outcome report (ADR 0037) counts volunteer couplings (ADR 0034): the hook
 * `outcome_volunteer_couplings` of migration 1764000004900 answered no rows until the couplings'
 * table existed; it now gives the moments a coupling of the case started, and a write to a
 * coupling refreshes its case's outcome rows like a write to any other source table. The kept
 * aggregates are rebuilt once so couplings recorded before this migration count too.
 */
export class OutcomeVolunteerCouplings1764000005100 implements MigrationInterface {
  name = 'OutcomeVolunteerCouplings1764000005100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION outcome_volunteer_couplings(p_case uuid)
        RETURNS TABLE (coupled_at timestamptz)
        LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
        SELECT vc.coupled_at FROM volunteer_coupling vc
         WHERE vc.case_id = p_case AND vc.coupled_at IS NOT NULL
      $$`);
    await q.query(`CREATE TRIGGER outcome_source_write
      AFTER INSERT OR DELETE OR UPDATE OF case_id, coupled_at ON volunteer_coupling
      FOR EACH ROW EXECUTE FUNCTION outcome_source_write('case_id')`);
    await q.query(`SELECT outcome_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER outcome_source_write ON volunteer_coupling`);
    await q.query(`
      CREATE OR REPLACE FUNCTION outcome_volunteer_couplings(p_case uuid)
        RETURNS TABLE (coupled_at timestamptz)
        LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
        SELECT NULL::timestamptz WHERE false
      $$`);
    await q.query(`SELECT outcome_rebuild()`);
  }
}
