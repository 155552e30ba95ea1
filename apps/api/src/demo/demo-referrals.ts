import type { EntityManager } from 'typeorm';
import { LEGAL_BASIS_REFERRAL, PROCESREGIE_REASON } from '../referrals/referral.enums';

/*
 * The triage board's demo: the referral rows of the waiting demo cases ZVH-2026-003 and -004 (the
 * ZVH is not in -004, which the break-the-glass demo needs) and two new referrals. ZVH-2026-005 may
 * be Kevin Voorbeeld of ZVH-2026-001: the housing corporation that referred it does not take part
 * in his case and is not told.
 */

type Ids = ReadonlyMap<string, string>;

interface DemoReferral {
  reference: string;
  /** Only for the new cases; the others exist already. */
  person?: { givenNames: string; familyName: string; dateOfBirth: string; wijk: string };
  theme?: string;
  referrer?: string;
  daysAgo: number;
  reason: string;
  goal: string;
  proposed: string[];
  notInformedReason?: string;
  zvhTakesPart?: boolean;
  /** The family name + birth date of a known person it may be. */
  possibleMatch?: { familyName: string; dateOfBirth: string };
}

const REFERRALS: DemoReferral[] = [
  {
    reference: 'ZVH-2026-003',
    daysAgo: 12,
    reason: 'Komt over zes weken vrij na twee jaar detentie; geen woning, geen inkomen, geen ID.',
    goal: 'Een sluitende nazorg: onderdak, inkomen en een vast maatje vanaf de dag van vrijlating.',
    // Not Exodus: a volunteer organisation is never proposed, it joins with the client's consent.
    proposed: ['gemeente', 'politie'],
  },
  {
    reference: 'ZVH-2026-004',
    daysAgo: 5,
    reason:
      'Jongere verzuimt sinds januari school en wordt gezien bij een groep die overlast geeft.',
    goal: 'Afglijden voorkomen: school, vrije tijd en gezin samen aanpakken.',
    proposed: ['politie', 'om'],
    // No ZVH participant here: the demo of break-the-glass needs a case the ZVH is not in.
    zvhTakesPart: false,
    notInformedReason: 'Gezin wordt samen met de leerplichtambtenaar ingelicht; eerst afstemming.',
  },
  {
    reference: 'ZVH-2026-005',
    person: {
      givenNames: 'K.',
      familyName: 'Voorbeeldt',
      dateOfBirth: '1994-03-12',
      wijk: 'Demostad-Noord',
    },
    theme: 'CONFUSED_BEHAVIOUR',
    referrer: 'woningcorporatie',
    daysAgo: 2,
    reason: 'Huurder veroorzaakt nachtelijke overlast, dreigt buren en betaalt de huur niet meer.',
    goal: 'Huisuitzetting voorkomen en zorg en veiligheid rond de huurder afstemmen.',
    proposed: ['wijkteam', 'politie', 'ggz'],
    possibleMatch: { familyName: 'Voorbeeld', dateOfBirth: '1994-03-12' },
  },
  {
    reference: 'ZVH-2026-006',
    person: {
      givenNames: 'Daan',
      familyName: 'de Groot-Smit',
      dateOfBirth: '2001-10-10',
      wijk: 'Demostad-Zuid',
    },
    theme: 'FREQUENT_OFFENDER',
    referrer: 'om',
    daysAgo: 1,
    reason: 'Elf winkeldiefstallen in drie maanden, vermoedelijk om verslaving te bekostigen.',
    goal: 'Een aanpak van justitie en verslavingszorg samen die de reeks doorbreekt.',
    proposed: ['reclassering', 'politie', 'ggz'],
  },
];

export async function seedDemoReferrals(
  tx: EntityManager,
  regionId: string,
  agencies: Ids,
): Promise<void> {
  const id = (key: string) => {
    const value = agencies.get(key);
    if (!value) throw new Error(`demo referral refers to unknown agency ${key}`);
    return value;
  };
  const [zvh] = await tx.query<{ id: string }[]>(
    `SELECT id FROM agency WHERE region_id = $1 AND type = 'ZVH' ORDER BY created_at LIMIT 1`,
    [regionId],
  );
  for (const demo of REFERRALS) {
    let caseId: string;
    let possible: string[] = [];
    if (demo.person) {
      const [person] = await tx.query<{ id: string }[]>(
        `INSERT INTO person (region_id, given_names, family_name, date_of_birth, wijk)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [
          regionId,
          demo.person.givenNames,
          demo.person.familyName,
          demo.person.dateOfBirth,
          demo.person.wijk,
        ],
      );
      const [created] = await tx.query<{ id: string }[]>(
        `INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                                referring_agency_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, 'REFERRED', $5, now() - make_interval(days => $6),
                 now() - make_interval(days => $6))
         RETURNING id`,
        [regionId, demo.reference, person!.id, demo.theme, id(demo.referrer!), demo.daysAgo],
      );
      caseId = created!.id;
      await tx.query(
        `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis,
                                       started_at)
         VALUES ($1, $2, $3, 'REFERRER', $4, $5, now() - make_interval(days => $6))`,
        [regionId, caseId, id(demo.referrer!), demo.reason, LEGAL_BASIS_REFERRAL, demo.daysAgo],
      );
      if (demo.possibleMatch) {
        possible = (
          await tx.query<{ id: string }[]>(
            `SELECT id FROM person
              WHERE region_id = $1 AND family_name = $2 AND date_of_birth = $3`,
            [regionId, demo.possibleMatch.familyName, demo.possibleMatch.dateOfBirth],
          )
        ).map((row) => row.id);
      }
    } else {
      const [existing] = await tx.query<{ id: string }[]>(
        `SELECT id FROM case_file WHERE region_id = $1 AND reference = $2`,
        [regionId, demo.reference],
      );
      if (!existing) throw new Error(`demo referral for unknown case ${demo.reference}`);
      caseId = existing.id;
    }
    // The ZVH takes part in every referral (but one, see above).
    if (demo.zvhTakesPart !== false) {
      await tx.query(
        `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis,
                                       started_at, reason_categories)
         SELECT $1, $2, $3, 'PROCESREGIE', $4, $5, now() - make_interval(days => $6),
                ARRAY['PLAN']::text[]
          WHERE NOT EXISTS (SELECT 1 FROM case_participant WHERE case_id = $2 AND agency_id = $3)`,
        [regionId, caseId, zvh!.id, PROCESREGIE_REASON, LEGAL_BASIS_REFERRAL, demo.daysAgo],
      );
    }
    const [referrer] = await tx.query<{ id: string }[]>(
      `SELECT u.id FROM app_user u JOIN case_file c ON c.referring_agency_id = u.agency_id
        WHERE c.id = $1 ORDER BY u.email LIMIT 1`,
      [caseId],
    );
    await tx.query(
      `INSERT INTO referral (case_id, region_id, reason, goal, person_informed,
                             not_informed_reason, person_source, possible_match_person_ids,
                             referred_by_user_id, referred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::uuid[], $9, now() - make_interval(days => $10))`,
      [
        caseId,
        regionId,
        demo.reason,
        demo.goal,
        !demo.notInformedReason,
        demo.notInformedReason ?? null,
        demo.person ? 'NEW' : 'EXISTING',
        possible,
        referrer?.id ?? null,
        demo.daysAgo,
      ],
    );
    await tx.query(
      `INSERT INTO referral_proposed_agency (case_id, region_id, agency_id)
       SELECT $1, $2, unnest($3::uuid[])`,
      [caseId, regionId, demo.proposed.map(id)],
    );
  }
}
