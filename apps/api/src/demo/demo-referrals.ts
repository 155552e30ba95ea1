import type { EntityManager } from 'typeorm';
import { LEGAL_BASIS_REFERRAL, PROCESREGIE_REASON } from '../referrals/referral.enums';
import { runStatement } from '../database/run-statement';
import {
  caseByReferenceQuery,
  insertCaseFileQuery,
  insertCaseParticipantQuery,
  insertPersonQuery,
  insertProcesregieParticipantQuery,
  insertReferralProposedAgencyQuery,
  insertReferralQuery,
  personByNameQuery,
  referringUserQuery,
  zvhAgencyQuery,
} from './demo-referrals.queries';

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
  /** The wijk follows from the postcode (Demostad's wijken, demo-areas.ts). */
  person?: { givenNames: string; familyName: string; dateOfBirth: string; postcode: string };
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
      postcode: '1233BK',
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
      postcode: '1252CD',
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
  const [zvh] = (await runStatement(tx, zvhAgencyQuery(regionId))) as { id: string }[];
  for (const demo of REFERRALS) {
    let caseId: string;
    let possible: string[] = [];
    if (demo.person) {
      const [person] = (await runStatement(
        tx,
        insertPersonQuery(
          regionId,
          demo.person.givenNames,
          demo.person.familyName,
          demo.person.dateOfBirth,
          demo.person.postcode,
        ),
      )) as { id: string }[];
      const [created] = (await runStatement(
        tx,
        insertCaseFileQuery(
          regionId,
          demo.reference,
          person!.id,
          demo.theme,
          id(demo.referrer!),
          demo.daysAgo,
        ),
      )) as { id: string }[];
      caseId = created!.id;
      await runStatement(
        tx,
        insertCaseParticipantQuery(
          regionId,
          caseId,
          id(demo.referrer!),
          demo.reason,
          LEGAL_BASIS_REFERRAL,
          demo.daysAgo,
        ),
      );
      if (demo.possibleMatch) {
        possible = (
          (await runStatement(
            tx,
            personByNameQuery(
              regionId,
              demo.possibleMatch.familyName,
              demo.possibleMatch.dateOfBirth,
            ),
          )) as { id: string }[]
        ).map((row) => row.id);
      }
    } else {
      const [existing] = (await runStatement(
        tx,
        caseByReferenceQuery(regionId, demo.reference),
      )) as { id: string }[];
      if (!existing) throw new Error(`demo referral for unknown case ${demo.reference}`);
      caseId = existing.id;
    }
    // The ZVH takes part in every referral (but one, see above).
    if (demo.zvhTakesPart !== false) {
      await runStatement(
        tx,
        insertProcesregieParticipantQuery(
          regionId,
          caseId,
          zvh!.id,
          PROCESREGIE_REASON,
          LEGAL_BASIS_REFERRAL,
          demo.daysAgo,
        ),
      );
    }
    const [referrer] = (await runStatement(tx, referringUserQuery(caseId))) as { id: string }[];
    await runStatement(
      tx,
      insertReferralQuery(
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
      ),
    );
    await runStatement(
      tx,
      insertReferralProposedAgencyQuery(caseId, regionId, demo.proposed.map(id)),
    );
  }
}
