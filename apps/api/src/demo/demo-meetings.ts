import type { EntityManager } from 'typeorm';

/**
 * A planned case meeting next week, chaired by the demo procesregisseur, with two items whose
 * cases have different participants: ZVH-2026-001 (police take part) and ZVH-2026-003 (no
 * police). The police user sees the first item and only the time slot of the second.
 */
export async function seedDemoMeetings(tx: EntityManager, regionId: string): Promise<void> {
  const day = new Date();
  day.setUTCHours(0, 0, 0, 0);
  const at = (hoursUtc: number) => new Date(day.getTime() + 7 * 86_400_000 + hoursUtc * 3_600_000);
  const [chair] = await tx.query<{ id: string }[]>(`SELECT id FROM app_user WHERE email = $1`, [
    'procesregisseur@zvh.demo.example',
  ]);
  const [meeting] = await tx.query<{ id: string }[]>(
    `INSERT INTO meeting (region_id, starts_at, ends_at, location, online_url, chair_user_id)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      regionId,
      at(9),
      at(11),
      'Veiligheidshuis Demo-regio, vergaderzaal 2',
      'https://overleg.demo.example/casusoverleg',
      chair!.id,
    ],
  );
  const items: [string, number, number][] = [
    ['ZVH-2026-001', 9, 9.5],
    ['ZVH-2026-003', 9.5, 10],
  ];
  for (const [reference, from, to] of items) {
    const [item] = await tx.query<{ id: string }[]>(
      `INSERT INTO meeting_item (region_id, meeting_id, case_id, starts_at, ends_at)
       SELECT $1, $2, c.id, $4, $5 FROM case_file c WHERE c.region_id = $1 AND c.reference = $3
       RETURNING id`,
      [regionId, meeting!.id, reference, at(from), at(to)],
    );
    // Invited: the agencies that take part in the case (the planner's default).
    await tx.query(
      `INSERT INTO meeting_item_invitee (item_id, region_id, agency_id)
       SELECT $1, $2, p.agency_id FROM case_participant p
        WHERE p.case_id = (SELECT case_id FROM meeting_item WHERE id = $1)
          AND (p.ended_at IS NULL OR p.ended_at > now())`,
      [item!.id, regionId],
    );
  }
}
