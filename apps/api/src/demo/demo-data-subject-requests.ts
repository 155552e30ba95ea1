import type { EntityManager } from 'typeorm';
import { runStatement } from '../database/run-statement';
import {
  insertDataSubjectRequestPartQuery,
  insertDataSubjectRequestQuery,
} from './demo-data-subject-requests.queries';

/*
 * Demo rows for the WGS contactpunt: one open access request (inzage) of Kevin Voorbeeld,
 * received ten days ago, with one part per agency holding data on him — the police's privacy
 * contact has released theirs, the others are still open — so the privacy officer and the
 * partners' privacy contacts have something to handle.
 */
export async function seedDemoDataSubjectRequests(
  tx: EntityManager,
  regionId: string,
): Promise<void> {
  const [request] = (await runStatement(tx, insertDataSubjectRequestQuery(regionId))) as {
    id: string;
    person_id: string;
  }[];
  if (!request) return;
  await runStatement(
    tx,
    insertDataSubjectRequestPartQuery(regionId, request.id, request.person_id),
  );
}
