import type { EntityManager } from 'typeorm';
import { runStatement } from '../database/run-statement';
import {
  insertAgreedApproachContactQuery,
  insertAgreedApproachLookupQuery,
  insertAgreedApproachQuery,
  insertAgreedApproachRevisionQuery,
  insertApproachCaseEventQuery,
} from './demo-agreed-approaches.queries';

/*
 * Demo agreed approaches (afsprakenkaarten), with dates relative to the day the demo is loaded:
 * a valid card for Kevin Voorbeeld (ZVH-2026-001, BSN 900001008, born 1994-03-12) and an expired
 * one for Sandra Testmans (ZVH-2026-002, BSN 910001005, born 1987-11-02). Names, numbers and
 * people are invented; the phone numbers are in ranges no real subscriber has.
 */
interface DemoCard {
  reference: string;
  /** Days from today (Dutch time); negative: expired that many days ago. */
  validForDays: number;
  instructions: string;
  updatedBy: string;
  contacts: readonly {
    agency: string;
    name: string;
    role: string;
    phone: string;
    available?: string;
  }[];
  /** Earlier lookups by the demo police officer, days ago, so the log is not empty. */
  lookups?: readonly { daysAgo: number; purposeKind: string; purpose: string }[];
}

const DEMO_CARDS: readonly DemoCard[] = [
  {
    reference: 'ZVH-2026-001',
    validForDays: 90,
    instructions:
      'Bij overlast in de wijk Noord: eerst aanspreken, niet aanhouden voor kleine overlast; ' +
      'meld elk contact dezelfde dag aan de reclasseringswerker.\n' +
      'Locatieverbod Winkelcentrum Noord (bijzondere voorwaarde): bij overtreding aanhouden en ' +
      'de reclassering bellen.\n' +
      'Niet alleen op huisbezoek: bekend met agressie tegen hulpverleners.',
    updatedBy: 'reclassering@reclassering.demo.example',
    contacts: [
      {
        agency: 'Reclassering Nederland, unit Demo-regio',
        name: 'Esra Yilmaz',
        role: 'Reclasseringswerker (toezicht)',
        phone: '06 9999 0101',
        available: 'ma–vr 8–17',
      },
      {
        agency: 'Politie basisteam Demostad',
        name: 'Jeroen de Vries',
        role: 'Wijkagent Noord',
        phone: '06 9999 0202',
        available: 'di–za 7–23',
      },
      {
        agency: 'Wijkteam Demostad-Noord',
        name: 'Daan Bakker',
        role: 'Wijkteamprofessional (schulden, dagbesteding)',
        phone: '030 999 0303',
        available: 'ma–do 9–17',
      },
    ],
    lookups: [
      { daysAgo: 3, purposeKind: 'STREET_CHECK', purpose: 'Aangetroffen bij winkelcentrum Noord' },
    ],
  },
  {
    reference: 'ZVH-2026-002',
    validForDays: -12,
    instructions:
      'Bij een melding van huiselijk geweld: altijd met twee collega’s ter plaatse, ' +
      'Veilig Thuis direct informeren.',
    updatedBy: 'gemeente@demostad.demo.example',
    contacts: [
      {
        agency: 'Gemeente Demostad',
        name: 'Fleur Smit',
        role: 'Casusregisseur',
        phone: '030 999 0404',
        available: 'ma–vr 9–17',
      },
      {
        agency: 'Veilig Thuis Demo-regio',
        name: 'Lotte Mulder',
        role: 'Medewerker Veilig Thuis',
        phone: '0800 2000',
        available: '24/7',
      },
    ],
  },
];

export async function seedAgreedApproaches(tx: EntityManager, regionId: string): Promise<void> {
  for (const card of DEMO_CARDS) {
    const [saved] = (await runStatement(
      tx,
      insertAgreedApproachQuery(
        regionId,
        card.reference,
        card.instructions,
        card.validForDays,
        card.updatedBy,
      ),
    )) as { id: string; caseId: string; validUntil: string; userId: string; agencyId: string }[];
    if (!saved) throw new Error(`demo agreed approach: no case ${card.reference}`);
    const contacts = JSON.stringify(
      card.contacts.map((contact, position) => ({ ...contact, position })),
    );
    await runStatement(tx, insertAgreedApproachContactQuery(regionId, saved.id, contacts));
    await runStatement(
      tx,
      insertAgreedApproachRevisionQuery(
        regionId,
        saved.id,
        card.instructions,
        saved.validUntil,
        contacts,
        saved.userId,
        saved.agencyId,
      ),
    );
    await runStatement(
      tx,
      insertApproachCaseEventQuery(
        regionId,
        saved.caseId,
        saved.userId,
        saved.agencyId,
        JSON.stringify({ revision: 1, validUntil: saved.validUntil }),
      ),
    );
    for (const lookup of card.lookups ?? []) {
      await runStatement(
        tx,
        insertAgreedApproachLookupQuery(
          regionId,
          saved.caseId,
          lookup.purposeKind,
          lookup.purpose,
          lookup.daysAgo,
        ),
      );
    }
  }
}
