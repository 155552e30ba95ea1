import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16 item 8, rectification and erasure of one information item (AVG art. 16/17, ADR 0025).
 * `information_item.revision`: a stale correction gives EDIT_CONFLICT; `rectified_at`: readers
 * see that the source corrected the item. `information_item_change`: the history the audit needs —
 * which item, what kind of change, who, when, why, on which data-subject request — and never the
 * content: a corrected text is overwritten and an erased item deleted, so no read path (list,
 * preview, search, export, PDF) can show the old content again. The item id has no foreign key on
 * purpose: the history outlives the erased row; it goes with its case (retention).
 */
export class InformationRectification1764000004050 implements MigrationInterface {
  name = 'InformationRectification1764000004050';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE information_item
      ADD COLUMN revision integer NOT NULL DEFAULT 1,
      ADD COLUMN rectified_at timestamptz`);
    await q.query(`
      CREATE TABLE information_item_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        case_id uuid NOT NULL,
        item_id uuid NOT NULL,
        item_created_at timestamptz NOT NULL,
        category text NOT NULL,
        source_agency_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('RECTIFIED', 'ERASED')),
        reason text NOT NULL CHECK (length(reason) BETWEEN 10 AND 1000),
        data_subject_request_id uuid,
        changed_by_user_id uuid,
        changed_by_name text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (case_id, region_id) REFERENCES case_file (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (source_agency_id, region_id) REFERENCES agency (id, region_id),
        FOREIGN KEY (data_subject_request_id, region_id) REFERENCES data_subject_request (id, region_id)
          ON DELETE SET NULL (data_subject_request_id),
        FOREIGN KEY (changed_by_user_id, region_id) REFERENCES app_user (id, region_id)
          ON DELETE SET NULL (changed_by_user_id)
      )`);
    await q.query(`CREATE INDEX information_item_change_case_idx
      ON information_item_change (case_id, changed_at DESC)`);
    await q.query(`CREATE INDEX information_item_change_item_idx
      ON information_item_change (item_id)`);
    await q.query(`CREATE INDEX information_item_change_request_idx
      ON information_item_change (data_subject_request_id)
      WHERE data_subject_request_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE information_item_change`);
    await q.query(`ALTER TABLE information_item DROP COLUMN rectified_at, DROP COLUMN revision`);
  }
}
