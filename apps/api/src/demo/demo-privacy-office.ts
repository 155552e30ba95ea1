import type { EntityManager } from 'typeorm';
import { runStatement } from '../database/run-statement';
import {
  demoCasesForBreakGlassQuery,
  insertAuditEventQuery,
  insertBreakGlassQuery,
  insertBreakGlassReviewQuery,
  userByEmailQuery,
} from './demo-privacy-office.queries';

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
  const [row] = (await runStatement(
    tx,
    insertAuditEventQuery(
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
    ),
  )) as Row[];
  return row!.id;
}

async function demoUser(tx: EntityManager, email: string) {
  const [user] = (await runStatement(tx, userByEmailQuery(email))) as {
    id: string;
    agencyId: string;
    agencyType: string;
    roles: string[];
  }[];
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
  const cases = (await runStatement(tx, demoCasesForBreakGlassQuery(regionId))) as {
    reference: string;
    id: string;
    personId: string;
  }[];
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
    const [bg] = (await runStatement(
      tx,
      insertBreakGlassQuery(
        regionId,
        kase.id,
        regie.id,
        regie.agencyId,
        opening.reason,
        opening.daysAgo,
      ),
    )) as Row[];
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
      await runStatement(
        tx,
        insertBreakGlassReviewQuery(
          regionId,
          eventId,
          opening.review.verdict,
          opening.review.note,
          privacy.id,
        ),
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
