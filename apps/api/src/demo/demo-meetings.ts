import type { EntityManager } from 'typeorm';
import { runStatement } from '../database/run-statement';
import {
  insertMeetingItemInviteeQuery,
  insertMeetingItemQuery,
  insertMeetingQuery,
  userByEmailQuery,
} from './demo-meetings.queries';

/**
 * A planned case meeting next week, chaired by the demo procesregisseur, with two items whose
 * cases have different participants: ZVH-2026-001 (police take part) and ZVH-2026-003 (no
 * police). The police user sees the first item and only the time slot of the second.
 */
export async function seedDemoMeetings(tx: EntityManager, regionId: string): Promise<void> {
  const day = new Date();
  day.setUTCHours(0, 0, 0, 0);
  const at = (hoursUtc: number) => new Date(day.getTime() + 7 * 86_400_000 + hoursUtc * 3_600_000);
  const [chair] = (await runStatement(
    tx,
    userByEmailQuery('procesregisseur@zvh.demo.example'),
  )) as { id: string }[];
  const [meeting] = (await runStatement(
    tx,
    insertMeetingQuery(
      regionId,
      at(9),
      at(11),
      'Veiligheidshuis Demo-regio, vergaderzaal 2',
      'https://overleg.demo.example/casusoverleg',
      chair!.id,
    ),
  )) as { id: string }[];
  const items: [string, number, number][] = [
    ['ZVH-2026-001', 9, 9.5],
    ['ZVH-2026-003', 9.5, 10],
  ];
  for (const [reference, from, to] of items) {
    const [item] = (await runStatement(
      tx,
      insertMeetingItemQuery(regionId, meeting!.id, reference, at(from), at(to)),
    )) as { id: string }[];
    // Invited: the agencies that take part in the case (the planner's default).
    await runStatement(tx, insertMeetingItemInviteeQuery(item!.id, regionId));
  }
}
