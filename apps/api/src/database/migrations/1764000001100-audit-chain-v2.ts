import type { MigrationInterface, QueryRunner } from 'typeorm';

// The v1 chain step, as in 1764000000600-audit (frozen here: a migration never follows app code).
const V1_HASH = `sha256(NEW.prev_hash || convert_to(audit_canonical(NEW), 'UTF8'))`;

// The v2 chain step: the database links what only it knows (id, seq, time) to the hash of the
// content the app sent. Mirrors auditLinkHash() in apps/api/src/audit/audit-canonical.ts; id and
// seq are digits and the time has a fixed format, so "|" cannot occur inside them.
const V2_HASH = `sha256(NEW.prev_hash || convert_to('v2|' || NEW.id::text || '|' || NEW.seq::text
  || '|' || to_char(NEW.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '|',
  'UTF8') || NEW.content_hash)`;

/**
 * Audit chain v2 (ADR 0009): the app computes the sha256 of an event's content (the v1 canonical
 * form without id, seq and time, prefixed "c2") and sends it as `content_hash`; the insert trigger
 * only links it. Building the canonical text in SQL cost ≈0.4 ms of every request.
 *
 * Rows without `content_hash` (v1 rows, and rows written by SQL such as the demo data) keep the v1
 * step, so one chain holds both. The verifier recomputes the content hash from the row in Node: a
 * changed field breaks the row, a changed content hash breaks its link. `audit_content(e)` is the
 * same canonical content in SQL, for DBAs and tests; the trigger does not trust or use it.
 */
export class AuditChainV21764000001100 implements MigrationInterface {
  name = 'AuditChainV21764000001100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event ADD COLUMN content_hash bytea
      CHECK (content_hash IS NULL OR octet_length(content_hash) = 32)`);
    await q.query(`
      CREATE FUNCTION audit_content(e audit_event) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT concat_ws('|', 'c2',
          audit_field(e.region_id::text), audit_field(e.actor_user_id::text),
          audit_field(e.on_behalf_of_user_id::text), audit_field(e.actor_agency_id::text),
          audit_field(e.actor_agency_type), audit_list(e.actor_roles), audit_field(e.action),
          audit_field(e.result), audit_field(e.operation), audit_list(e.person_ids::text[]),
          audit_field(e.case_id::text), audit_list(e.categories), audit_list(e.fields),
          audit_field(e.record_type), audit_field(e.record_id), audit_field(e.access_basis),
          audit_field(e.purpose), audit_field(e.reason_code), audit_field(e.origin_address),
          audit_field(e.user_agent), audit_field(e.request_id)) $$`);
    await q.query(chainFunction(true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(chainFunction(false));
    await q.query(`DROP FUNCTION audit_content(audit_event)`);
    await q.query(`ALTER TABLE audit_event DROP COLUMN content_hash`);
  }
}

function chainFunction(v2: boolean): string {
  const step = v2
    ? `IF NEW.content_hash IS NULL THEN
          NEW.hash := ${V1_HASH};
        ELSE
          NEW.hash := ${V2_HASH};
        END IF;`
    : `NEW.hash := ${V1_HASH};`;
  return `
    CREATE OR REPLACE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = public, pg_temp AS $$
    DECLARE
      head audit_chain%ROWTYPE;
    BEGIN
      SELECT * INTO head FROM audit_chain WHERE region_id = NEW.region_id FOR UPDATE;
      IF NOT FOUND THEN
        INSERT INTO audit_chain (region_id, last_seq, last_hash)
        VALUES (NEW.region_id, 0, decode(repeat('00', 32), 'hex')) ON CONFLICT DO NOTHING;
        SELECT * INTO head FROM audit_chain WHERE region_id = NEW.region_id FOR UPDATE;
      END IF;
      -- The database's clock, so the app can neither backdate nor postdate an event.
      NEW.occurred_at := now();
      NEW.seq := head.last_seq + 1;
      NEW.prev_hash := head.last_hash;
      ${step}
      UPDATE audit_chain SET last_seq = NEW.seq, last_hash = NEW.hash
       WHERE region_id = NEW.region_id;
      RETURN NEW;
    END $$`;
}
