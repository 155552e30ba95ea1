import type { EntityManager } from 'typeorm';

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
    const [saved] = await tx.query<
      { id: string; caseId: string; validUntil: string; userId: string; agencyId: string }[]
    >(
      `INSERT INTO agreed_approach (region_id, case_id, instructions, valid_until, updated_at,
                                    updated_by_user_id, updated_by_agency_id)
       SELECT $1, c.id, $3, (now() AT TIME ZONE 'Europe/Amsterdam')::date + $4::int,
              now() - interval '20 days', u.id, u.agency_id
         FROM case_file c, app_user u
        WHERE c.region_id = $1 AND c.reference = $2 AND u.email = $5
       RETURNING id, case_id AS "caseId", to_char(valid_until, 'YYYY-MM-DD') AS "validUntil",
                 updated_by_user_id AS "userId", updated_by_agency_id AS "agencyId"`,
      [regionId, card.reference, card.instructions, card.validForDays, card.updatedBy],
    );
    if (!saved) throw new Error(`demo agreed approach: no case ${card.reference}`);
    const contacts = JSON.stringify(
      card.contacts.map((contact, position) => ({ ...contact, position })),
    );
    await tx.query(
      `INSERT INTO agreed_approach_contact
         (region_id, agreed_approach_id, position, agency_id, name, role, phone, available)
       SELECT $1, $2, x.position, a.id, x.name, x.role, x.phone, x.available
         FROM jsonb_to_recordset($3::jsonb)
           AS x(position int, agency text, name text, role text, phone text, available text)
         JOIN agency a ON a.region_id = $1 AND a.name = x.agency`,
      [regionId, saved.id, contacts],
    );
    await tx.query(
      `INSERT INTO agreed_approach_revision (region_id, agreed_approach_id, revision, instructions,
         valid_until, contacts, saved_at, saved_by_user_id, saved_by_agency_id)
       VALUES ($1, $2, 1, $3, $4::date, $5::jsonb, now() - interval '20 days', $6, $7)`,
      [
        regionId,
        saved.id,
        card.instructions,
        saved.validUntil,
        contacts,
        saved.userId,
        saved.agencyId,
      ],
    );
    await tx.query(
      `INSERT INTO case_event (region_id, case_id, kind, at, actor_user_id, actor_agency_id, data)
       VALUES ($1, $2, 'AGREED_APPROACH_UPDATED', now() - interval '20 days', $3, $4, $5::jsonb)`,
      [
        regionId,
        saved.caseId,
        saved.userId,
        saved.agencyId,
        JSON.stringify({ revision: 1, validUntil: saved.validUntil }),
      ],
    );
    for (const lookup of card.lookups ?? []) {
      await tx.query(
        `INSERT INTO agreed_approach_lookup (lookup_id, region_id, case_id, user_id, agency_id,
           purpose_kind, purpose, search_kind, found, validity, at)
         SELECT gen_random_uuid(), $1, $2, u.id, u.agency_id, $3, $4, 'BSN', true, 'VALID',
                now() - make_interval(days => $5)
           FROM app_user u WHERE u.email = 'wijkagent@politie.demo.example'`,
        [regionId, saved.caseId, lookup.purposeKind, lookup.purpose, lookup.daysAgo],
      );
    }
  }
}
