import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16 item 1: a consent records how it was given ("mondeling, 4-12-2026, in gesprek met …"),
 * so whoever relies on it can check it. NULL for consents recorded before this column.
 */
export class ConsentEvidence1764000003800 implements MigrationInterface {
  name = 'ConsentEvidence1764000003800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consent ADD COLUMN evidence text
      CHECK (evidence IS NULL OR char_length(evidence) BETWEEN 5 AND 1000)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consent DROP COLUMN evidence`);
  }
}
