import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15 item 2 (ADR 0019): an agency's people may work only while it has signed the region's
 * current covenant version. Before this release the signature was not recorded, and every
 * agency worked under the region's covenant; so that an upgrade does not lock every partner out
 * at once, each agency without a recorded signature is taken to have signed the version in
 * force now, with no date (unknown). The functional administrator records the real signatures
 * (docs/operations.md); from then on a new version locks out whoever does not sign it.
 */
export class CovenantSignatures1764000003600 implements MigrationInterface {
  name = 'CovenantSignatures1764000003600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE agency a
         SET covenant_signed_version = (SELECT max(v.version) FROM covenant_version v
                                         WHERE v.region_id = a.region_id)
       WHERE a.covenant_signed_version IS NULL
         AND EXISTS (SELECT 1 FROM covenant_version v WHERE v.region_id = a.region_id)`);
  }

  async down(): Promise<void> {
    // The signatures stay: which were backfilled is not known afterwards, and keeping them
    // locks nobody out.
  }
}
