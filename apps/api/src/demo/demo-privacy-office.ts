import type { EntityManager } from 'typeorm';

interface Row {
  id: string;
}

/** One event through the same columns AuditService.record writes; the trigger chains and times it. */
async function auditEvent(
  tx: EntityManager,
  event: {
    regionId: string;
    user: { id: string; agencyId: string; agencyType: string; roles: string[] };
    action: string;
    operation: string;
    personIds: string[];
    caseId: string | null;
    categories?: string[];
    accessBasis?: string | null;
    purpose?: string | null;
    record?: { type: string; id: string } | null;
  },
): Promise<string> {
  const [row] = await tx.query<Row[]>(
    `INSERT INTO audit_event (region_id, actor_user_id, actor_agency_id, actor_agency_type,
       actor_roles, action, result, operation, person_ids, case_id, categories, access_basis,
       purpose, record_type, record_id)
     VALUES ($1, $2, $3, $4, $5, $6, 'ALLOWED', $7, $8, $9, $10, $11, $12, $13, $14)
     RETURNING id::text AS id`,
    [
      event.regionId,
      event.user.id,
      event.user.agencyId,
      event.user.agencyType,
      event.user.roles,
      event.action,
      event.operation,
      event.personIds,
      event.caseId,
      event.categories ?? [],
      event.accessBasis ?? null,
      event.purpose ?? null,
      event.record?.type ?? null,
      event.record?.id ?? null,
    ],
  );
  return row!.id;
}

async function demoUser(tx: EntityManager, email: string) {
  const [user] = await tx.query<
    { id: string; agencyId: string; agencyType: string; roles: string[] }[]
  >(
    `SELECT u.id, u.agency_id AS "agencyId", a.type AS "agencyType", u.roles
       FROM app_user u JOIN agency a ON a.id = u.agency_id WHERE u.email = $1`,
    [email],
  );
  return user!;
}

/**
 * What the demo privacy officer finds on the privacy-office pages: two break-the-glass openings
 * by the procesregisseur (one reviewed, one waiting in the queue) and a police lookup of an
 * afsprakenkaart for a person whose cases the police take no part in. Both openings have
 * expired, so they grant no access now.
 */
export async function seedPrivacyOfficeDemo(tx: EntityManager, regionId: string): Promise<void> {
  const regie = await demoUser(tx, 'procesregisseur@zvh.demo.example');
  const agent = await demoUser(tx, 'wijkagent@politie.demo.example');
  const privacy = await demoUser(tx, 'privacy@zvh.demo.example');
  const cases = await tx.query<{ reference: string; id: string; personId: string }[]>(
    `SELECT reference, id, subject_person_id AS "personId" FROM case_file
      WHERE region_id = $1 AND reference IN ('ZVH-2026-002', 'ZVH-2026-003')`,
    [regionId],
  );
  const byReference = new Map(cases.map((c) => [c.reference, c]));

  const openings = [
    {
      reference: 'ZVH-2026-002',
      reason:
        'Veilig Thuis meldt buiten kantoortijd acute dreiging; de casusregisseur is niet bereikbaar.',
      daysAgo: 9,
      review: {
        verdict: 'JUSTIFIED',
        note: 'Acute dreiging en geen bereikbare casusregisseur: opening was nodig en beperkt.',
      },
    },
    {
      reference: 'ZVH-2026-003',
      reason:
        'Verzoek van de reclassering om de huidige afspraken te controleren vóór een zitting.',
      daysAgo: 2,
      review: null,
    },
  ];
  for (const opening of openings) {
    const kase = byReference.get(opening.reference);
    if (!kase) continue;
    const [bg] = await tx.query<Row[]>(
      `INSERT INTO break_glass (region_id, case_id, user_id, agency_id, reason, created_at,
                                expires_at)
       VALUES ($1, $2, $3, $4, $5, now() - make_interval(days => $6),
               now() - make_interval(days => $6) + interval '4 hours')
       RETURNING id`,
      [regionId, kase.id, regie.id, regie.agencyId, opening.reason, opening.daysAgo],
    );
    const eventId = await auditEvent(tx, {
      regionId,
      user: regie,
      action: 'BREAK_GLASS',
      operation: 'breakGlass',
      personIds: [kase.personId],
      caseId: kase.id,
      accessBasis: 'role',
      record: { type: 'break_glass', id: bg!.id },
    });
    if (opening.review) {
      await tx.query(
        `INSERT INTO break_glass_review (region_id, audit_event_id, verdict, note,
                                         reviewed_by_user_id)
         VALUES ($1, $2::bigint, $3, $4, $5)`,
        [regionId, eventId, opening.review.verdict, opening.review.note, privacy.id],
      );
    }
  }

  // The police take no part in ZVH-2026-003: a lookup of its card is outside participation.
  const ex = byReference.get('ZVH-2026-003');
  if (ex) {
    await auditEvent(tx, {
      regionId,
      user: agent,
      action: 'LOOKUP',
      operation: 'Mutation.lookupAgreedApproach',
      personIds: [ex.personId],
      caseId: ex.id,
      categories: ['PLAN'],
      accessBasis: 'covenant',
      purpose: 'Controle op straat: afgestemde aanpak raadplegen',
    });
  }
}
