import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACTIONS_BEFORE = `'READ','SEARCH','EXPORT','CREATE','UPDATE','DELETE','DENIED','BREAK_GLASS',
  'LOOKUP','VIEW_AS','LOGGING'`;

// The c2 content form of 1764000001100 (frozen here: a migration never follows app code).
const C2_FIELDS = `audit_field(e.region_id::text), audit_field(e.actor_user_id::text),
          audit_field(e.on_behalf_of_user_id::text), audit_field(e.actor_agency_id::text),
          audit_field(e.actor_agency_type), audit_list(e.actor_roles), audit_field(e.action),
          audit_field(e.result), audit_field(e.operation), audit_list(e.person_ids::text[]),
          audit_field(e.case_id::text), audit_list(e.categories), audit_list(e.fields),
          audit_field(e.record_type), audit_field(e.record_id), audit_field(e.access_basis),
          audit_field(e.purpose), audit_field(e.reason_code), audit_field(e.origin_address),
          audit_field(e.user_agent), audit_field(e.request_id)`;

/**
 * The security trail (ADR 0018, issue 15):
 *
 * - `detail`: before/after of an administrative or security change, as the exact JSON text the app
 *   wrote (an object, at most 8000 bytes). The app hashes it in a new content form "c3" (the c2
 *   fields, then the detail); an event without detail keeps the c2 form, so every row written
 *   before this migration verifies as before and the insert trigger's link step is unchanged.
 *   A row without content hash (v1, written by SQL) cannot carry a detail: its hash would not
 *   cover it.
 * - Actions for the security trail: LOGIN (ALLOWED, or DENIED for a failed login of a known
 *   account), LOGOUT, MFA, PASSWORD and ADMIN.
 * - `audit_content(e)` gives the c3 form for rows with a detail (for DBAs and tests; the trigger
 *   neither uses nor trusts it).
 */
export class AuditDetail1764000003400 implements MigrationInterface {
  name = 'AuditDetail1764000003400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event ADD COLUMN detail text
      CONSTRAINT audit_event_detail_check CHECK (detail IS NULL OR (
        octet_length(detail) <= 8000 AND jsonb_typeof(detail::jsonb) = 'object'
        AND content_hash IS NOT NULL))`);
    await q.query(`ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check`);
    await q.query(`ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check
      CHECK (action IN (${ACTIONS_BEFORE}, 'LOGIN', 'LOGOUT', 'MFA', 'PASSWORD', 'ADMIN'))`);
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_content(e audit_event) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN e.detail IS NULL
          THEN concat_ws('|', 'c2', ${C2_FIELDS})
          ELSE concat_ws('|', 'c3', ${C2_FIELDS}, audit_field(e.detail)) END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_content(e audit_event) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT concat_ws('|', 'c2', ${C2_FIELDS}) $$`);
    // Events cannot be deleted: a trail that already holds the new actions keeps them unchecked.
    await q.query(`ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check`);
    await q.query(`ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check
      CHECK (action IN (${ACTIONS_BEFORE})) NOT VALID`);
    // The column goes only while no event has a detail: dropping one would break the chain.
    await q.query(`DO $$ BEGIN
      IF EXISTS (SELECT 1 FROM audit_event WHERE detail IS NOT NULL) THEN
        RAISE EXCEPTION 'audit events with a detail exist; they cannot be undone';
      END IF; END $$`);
    await q.query(`ALTER TABLE audit_event DROP COLUMN detail`);
  }
}
