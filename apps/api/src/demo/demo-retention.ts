import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { runStatement } from '../database/run-statement';
import { insertDeletionRecordQuery, insertLegalHoldQuery } from './demo-retention.queries';

/*
 * Retention demo rows, so the privacy officer's Bewaartermijnen page has something to show: a
 * legal hold on the closed demo case ZVH-2025-017, and one earlier deletion record of a case that
 * never was in the demo (a record holds no personal data, so there is nothing else to seed).
 */
export async function seedRetentionDemo(
  tx: EntityManager,
  regionId: string,
  userIds: ReadonlyMap<string, string>,
): Promise<void> {
  await runStatement(
    tx,
    insertLegalHoldQuery(
      regionId,
      userIds.get('privacy@zvh.demo.example') ?? null,
      'Lopende klacht bij de Nationale ombudsman over de afhandeling van deze casus.',
    ),
  );
  await runStatement(tx, insertDeletionRecordQuery(regionId, randomUUID(), randomUUID()));
}
