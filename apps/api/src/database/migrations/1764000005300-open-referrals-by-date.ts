import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The overview's oldest waiting referral (ADR 0042, session 15): the referrals not yet decided, by
 * region and date, so the oldest is the first entry instead of the minimum over every case in
 * triage (433–538 ms at 1M cases, where the scale seed has 100k cases in triage). A referral is
 * decided in the transaction that moves its case out of REFERRED/IN_TRIAGE, so the undecided ones
 * are exactly the waiting cases that have a referral.
 */
export class OpenReferralsByDate1764000005300 implements MigrationInterface {
  name = 'OpenReferralsByDate1764000005300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX referral_undecided_idx ON referral (region_id, referred_at, case_id)
      WHERE decision IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX referral_undecided_idx`);
  }
}
