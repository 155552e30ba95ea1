import type { CaseTheme, LifeDomain } from '@schakel/domain';
import type { EntityManager } from 'typeorm';
import { runStatement } from '../database/run-statement';
import type { ParticipantRole } from '../participants/participant.enums';
import {
  insertCaseClosedEventsQuery,
  insertParticipantAddedEventsQuery,
  insertParticipantEndedEventsQuery,
  insertReferredEventsQuery,
} from './demo-monitoring.queries';
import {
  adoptHistoryPlanVersionQuery,
  currentQuarterQuery,
  insertHistoryAssessmentQuery,
  insertHistoryCaseQuery,
  insertHistoryClosureQuery,
  insertHistoryEventQuery,
  insertHistoryItemQuery,
  insertHistoryParticipantQuery,
  insertHistoryPlanActionQuery,
  insertHistoryPlanGoalQuery,
  insertHistoryPlanVersionQuery,
  insertHistoryProgressQuery,
  insertHistoryReferralQuery,
} from './demo-history.queries';
import { insertPersonQuery } from './demo-seeder.queries';

/*
 * A year of history in the demo region (issue 18, "Demo data covers … a year of scores"), so the
 * outcome report (/rapportage, ADR 0037) and a case's Leefgebieden chart show real figures.
 *
 * Four cohorts of six cases, each in one wijk and theme: referred, accepted at triage, a plan
 * adopted, scored at intake, at the adopted plan and at closing, actions done (most on time), and
 * closed with an outcome — spread so that each of the three quarters before the current one has a
 * cell of at least five closed cases with a change per life domain, and three of them a cell of
 * at least five referrals. All moments lie in whole past quarters, counted from the current one,
 * so the report's default period (the current quarter and the three before) always holds them.
 * Each closing is at most day 58 of its quarter: with 30 days of grace, every participation has
 * ended before today, so no partner lists these cases (they are past need-to-know) and the counts
 * other demo users see are unchanged. The closings lie well inside the 24 months of retention.
 *
 * And one open case (Oud-West, ex-gedetineerde) led by probation, scored at intake and at three
 * adopted plan versions over the year, so its Leefgebieden chart draws a line.
 *
 * Runs after the monitoring seed (its notification query covers every case it finds), and writes
 * the timeline of these cases itself, reusing that seed's idempotent event queries. Answers the
 * number of cases it added.
 */

interface HistoryPerson {
  givenNames: string;
  familyName: string;
  dateOfBirth: string;
  street: string;
  houseNumber: string;
  postcode: string;
}

interface Cohort {
  wijk: string;
  theme: CaseTheme;
  referrer: string;
  lead: string;
  partners: readonly string[];
  /** Quarters before the current one (1 = the previous quarter). */
  referredQuartersAgo: number;
  closedQuartersAgo: number;
  /** Day of the quarter each case was referred (0-based). */
  referredOn: readonly number[];
  /** Day of the quarter each case closed (≤ 58: grace then ends inside the quarter after). */
  closedOn: readonly number[];
  triageDays: readonly number[];
  /** Days from referral to the adopted plan. */
  planDays: number;
  /** Days from the adopted plan to each action's due date. */
  actionDue: readonly [number, number];
  /** Per case, whether each action was done late. */
  late: readonly (readonly [boolean, boolean])[];
  persons: readonly HistoryPerson[];
  reason: string;
  goal: string;
  domains: readonly LifeDomain[];
  goals: readonly { domain: LifeDomain; goal: string; actions: readonly [string, string] }[];
  /** Per case, one digit (1–5) per domain, in the order of `domains`. */
  intake: readonly string[];
  closing: readonly string[];
  outcomes: readonly string[];
  closingReason: string;
  summary: string;
}

const COVENANT = 'Convenant Zorg- en Veiligheidshuis Demo-regio, art. 5';

const LEGAL_BASIS: Record<string, string> = {
  zvh: COVENANT,
  gemeente: 'Wmo 2015; Participatiewet; convenant art. 5',
  wijkteam: 'Wmo 2015; convenant art. 5',
  politie: 'Wpg art. 16',
  reclassering: 'Wjsg; convenant art. 5',
  ggz: 'WGBO; toestemming cliënt',
  om: 'Wjsg',
  veiligthuis: 'Wmo 2015 art. 4.1.8',
  woningcorporatie: 'Convenant art. 5',
};

const PARTNER_REASON: Record<string, string> = {
  gemeente: 'Regie op wonen, inkomen en dagbesteding',
  wijkteam: 'Schulden en dagbesteding in de wijk',
  politie: 'Signalen en incidenten in de wijk',
  reclassering: 'Toezicht op bijzondere voorwaarden',
  ggz: 'Behandeling en zorgcontact',
  om: 'Strafrechtelijke afdoening lopende zaken',
  veiligthuis: 'Veiligheid van het gezin',
  woningcorporatie: 'Overlast en huurachterstand',
};

export const DEMO_HISTORY: readonly Cohort[] = [
  {
    wijk: 'Noord',
    theme: 'FREQUENT_OFFENDER',
    referrer: 'politie',
    lead: 'reclassering',
    partners: ['wijkteam', 'om'],
    referredQuartersAgo: 4,
    closedQuartersAgo: 3,
    referredOn: [4, 9, 15, 22, 30, 38],
    closedOn: [18, 24, 31, 40, 47, 55],
    triageDays: [6, 8, 5, 11, 7, 9],
    planDays: 27,
    actionDue: [21, 49],
    late: [
      [false, false],
      [false, true],
      [false, false],
      [true, false],
      [false, false],
      [true, true],
    ],
    persons: [
      p('Dennis', 'Proefhuis', '1991-02-14', 'Dijkstraat', '7', '1230AB'),
      p('Mohamed', 'Oefenaar', '1988-09-03', 'Molenweg', '21', '1231BC'),
      p('Rick', 'Staalmans', '1996-05-27', 'Kade', '3a', '1232CD'),
      p('Tim', 'Veldhoeve', '1985-12-08', 'Noorderplein', '15', '1233DE'),
      p('Jordy', 'Zandvoorde', '1999-07-19', 'Dijkstraat', '44', '1230EF'),
      p('Marco', 'Lindeboom', '1979-03-30', 'Molenweg', '2', '1231FG'),
    ],
    reason: 'Veelvuldige winkeldiefstal en overlast in de wijk; schulden en geen dagbesteding.',
    goal: 'Minder delicten door een vaste dagbesteding, schuldhulp en toezicht.',
    domains: ['HOUSING', 'FINANCES', 'WORK_AND_DAYTIME', 'ADDICTION', 'JUSTICE_AND_BEHAVIOUR'],
    goals: [
      {
        domain: 'FINANCES',
        goal: 'Schulden zijn in beeld en er loopt een schuldhulptraject',
        actions: ['Aanmelden bij de schuldhulpverlening', 'Budgetbeheer afspreken'],
      },
      {
        domain: 'WORK_AND_DAYTIME',
        goal: 'Vier dagdelen per week dagbesteding',
        actions: ['Intake bij het werkleerbedrijf', 'Eerste werkweek evalueren'],
      },
    ],
    intake: ['21312', '12211', '22321', '31212', '21221', '12312'],
    closing: ['33423', '23322', '33432', '32313', '32331', '22312'],
    outcomes: [
      'GOAL_ACHIEVED',
      'GOAL_ACHIEVED',
      'PARTIALLY_ACHIEVED',
      'GOAL_ACHIEVED',
      'PARTIALLY_ACHIEVED',
      'TAKEN_OVER_BY_JUSTICE',
    ],
    closingReason:
      'Afgeschaald na evaluatie: de afspraken uit het plan lopen in het reguliere toezicht.',
    summary:
      'Plan van aanpak gericht op dagbesteding, schuldhulp en meldplicht bij de reclassering.',
  },
  {
    wijk: 'Zuid',
    theme: 'CONFUSED_BEHAVIOUR',
    referrer: 'woningcorporatie',
    lead: 'gemeente',
    partners: ['politie', 'ggz'],
    referredQuartersAgo: 3,
    closedQuartersAgo: 2,
    referredOn: [3, 11, 17, 26, 33, 41],
    closedOn: [15, 22, 29, 37, 44, 52],
    triageDays: [4, 7, 5, 6, 10, 8],
    planDays: 30,
    actionDue: [20, 45],
    late: [
      [false, false],
      [false, false],
      [true, false],
      [false, false],
      [false, true],
      [false, false],
    ],
    persons: [
      p('Gerda', 'Rozendaal', '1962-04-11', 'Zuiderlaan', '18', '1251AB'),
      p('Peter', 'Oosterveld', '1970-10-25', 'Parkweg', '5', '1253BC'),
      p('Nadia', 'El Fictief', '1983-01-09', 'Zuiderlaan', '90', '1255CD'),
      p('Henk', 'Waterman', '1957-06-16', 'Havenstraat', '12', '1257DE'),
      p('Iris', 'Brugmans', '1992-08-02', 'Parkweg', '31', '1252EF'),
      p('Wim', 'Kortenhoeve', '1966-11-21', 'Havenstraat', '7b', '1259FG'),
    ],
    reason: 'Verward gedrag en geluidsoverlast; buren voelen zich onveilig en de huur is achter.',
    goal: 'Rust in de buurt en passende zorg, met behoud van de woning.',
    domains: ['HOUSING', 'FINANCES', 'HEALTH_AND_CARE', 'SOCIAL_NETWORK', 'SAFETY'],
    goals: [
      {
        domain: 'HEALTH_AND_CARE',
        goal: 'Cliënt is in zorg bij de huisarts en de GGZ',
        actions: ['Huisbezoek met de GGZ plannen', 'Afspraak bij de huisarts begeleiden'],
      },
      {
        domain: 'HOUSING',
        goal: 'De woning blijft behouden; een huurachterstand is geregeld',
        actions: ['Betalingsregeling met de woningcorporatie', 'Buurtbemiddeling inzetten'],
      },
    ],
    intake: ['21222', '12121', '22112', '31221', '22211', '11122'],
    closing: ['33333', '23233', '33223', '42332', '33322', '22233'],
    outcomes: [
      'REFERRED_TO_REGULAR_CARE',
      'REFERRED_TO_REGULAR_CARE',
      'REFERRED_TO_REGULAR_CARE',
      'REFERRED_TO_REGULAR_CARE',
      'REFERRED_TO_REGULAR_CARE',
      'REFERRED_TO_REGULAR_CARE',
    ],
    closingReason:
      'Overgedragen aan de huisarts en de GGZ; geen overlast meer gemeld sinds de zomer.',
    summary: 'Zorg en woonbegeleiding ingezet; buurtbemiddeling heeft de overlast verminderd.',
  },
  {
    wijk: 'Centrum',
    theme: 'DOMESTIC_VIOLENCE',
    referrer: 'veiligthuis',
    lead: 'gemeente',
    partners: ['politie'],
    referredQuartersAgo: 2,
    closedQuartersAgo: 1,
    referredOn: [2, 8, 14, 21, 29, 36],
    closedOn: [12, 19, 27, 34, 43, 50],
    triageDays: [3, 4, 6, 5, 4, 7],
    planDays: 24,
    actionDue: [18, 42],
    late: [
      [false, false],
      [false, false],
      [false, false],
      [true, false],
      [false, false],
      [false, true],
    ],
    persons: [
      p('Samira', 'Verhoeven', '1989-03-05', 'Marktstraat', '4', '1241AB'),
      p('Linda', 'de Proef', '1984-07-22', 'Kerkplein', '11', '1243BC'),
      p('Jessica', 'Altena', '1993-12-17', 'Marktstraat', '27', '1245CD'),
      p('Roy', 'Steenbergen', '1981-02-28', 'Stationsweg', '8', '1246DE'),
      p('Fenna', 'Hofstede', '1995-09-13', 'Kerkplein', '3', '1248EF'),
      p('Youssef', 'Bakkerus', '1978-05-06', 'Stationsweg', '52', '1249FG'),
    ],
    reason: 'Herhaalde meldingen van huiselijk geweld; kinderen in het gezin; financiële stress.',
    goal: 'Een veilige thuissituatie voor ouder en kinderen.',
    domains: ['HOUSING', 'FINANCES', 'SOCIAL_NETWORK', 'SAFETY', 'PARENTING'],
    goals: [
      {
        domain: 'SAFETY',
        goal: 'Er is een veiligheidsplan en het wordt nageleefd',
        actions: ['Veiligheidsplan opstellen met het gezin', 'Veiligheidsplan evalueren'],
      },
      {
        domain: 'PARENTING',
        goal: 'Opvoedondersteuning voor de ouder',
        actions: ['Aanmelden bij opvoedondersteuning', 'Gesprek met school over de kinderen'],
      },
    ],
    intake: ['22111', '21212', '32121', '21112', '22212', '31121'],
    closing: ['33343', '32333', '43343', '32322', '33333', '42232'],
    outcomes: [
      'GOAL_ACHIEVED',
      'GOAL_ACHIEVED',
      'GOAL_ACHIEVED',
      'GOAL_ACHIEVED',
      'GOAL_ACHIEVED',
      'GOAL_ACHIEVED',
    ],
    closingReason: 'Veiligheidsplan werkt; het gezin heeft hulp in het voorliggende veld.',
    summary: 'Veiligheidsplan en opvoedondersteuning; geen nieuwe meldingen sinds de afspraken.',
  },
  {
    wijk: 'Oud-West',
    theme: 'YOUTH_CRIME',
    referrer: 'politie',
    lead: 'gemeente',
    partners: ['om'],
    referredQuartersAgo: 1,
    closedQuartersAgo: 1,
    referredOn: [1, 3, 5, 6, 8, 10],
    closedOn: [48, 50, 52, 54, 56, 58],
    triageDays: [5, 4, 6, 3, 5, 4],
    planDays: 14,
    actionDue: [12, 26],
    late: [
      [false, false],
      [true, false],
      [false, false],
      [false, false],
      [false, true],
      [false, false],
    ],
    persons: [
      p('Jayden', 'Westerbeek', '2008-04-23', 'Singel', '19', '1260AB'),
      p('Noah', 'Kleinhout', '2009-01-15', 'Grachtkade', '6', '1261BC'),
      p('Milan', 'Voorthuis', '2007-10-30', 'Singel', '40', '1262CD'),
      p('Sem', 'Ravenstein', '2008-08-08', 'Tuinstraat', '13', '1263DE'),
      p('Amir', 'Duinkerk', '2009-06-12', 'Grachtkade', '25', '1264EF'),
      p('Luuk', 'Geldrop', '2007-02-03', 'Tuinstraat', '1', '1260FG'),
    ],
    reason: 'Jongere glijdt af: schoolverzuim, een vriendengroep met scooterdiefstallen.',
    goal: 'Terug naar school en weg uit de criminele vriendengroep.',
    domains: ['WORK_AND_DAYTIME', 'SOCIAL_NETWORK', 'JUSTICE_AND_BEHAVIOUR', 'SAFETY', 'PARENTING'],
    goals: [
      {
        domain: 'WORK_AND_DAYTIME',
        goal: 'De jongere gaat weer elke dag naar school',
        actions: ['Overleg met de leerplichtambtenaar', 'Stage of bijbaan zoeken'],
      },
      {
        domain: 'SOCIAL_NETWORK',
        goal: 'Een vrijetijdsbesteding buiten de vriendengroep',
        actions: ['Aanmelden bij de sportclub', 'Gesprek met de ouders over de vrienden'],
      },
    ],
    intake: ['12122', '21212', '11222', '22123', '12112', '21222'],
    closing: ['33233', '22322', '22333', '33234', '12212', '32333'],
    outcomes: [
      'GOAL_ACHIEVED',
      'PARTIALLY_ACHIEVED',
      'GOAL_ACHIEVED',
      'PARTIALLY_ACHIEVED',
      'NO_COOPERATION',
      'NOT_ACHIEVED',
    ],
    closingReason: 'Afgesloten na de evaluatie in het casusoverleg; vervolg bij het wijkteam.',
    summary: 'Afspraken met school, leerplicht en ouders; halt-traject afgerond.',
  },
];

/** The open case with a line in its chart: intake, then three adopted plan versions. */
export const DEMO_HISTORY_OPEN = {
  person: p('Ricardo', 'Tuinman', '1986-10-04', 'Tuinstraat', '28', '1263AB'),
  theme: 'EX_DETAINEE' as CaseTheme,
  referrer: 'gemeente',
  lead: 'reclassering',
  referredQuartersAgo: 4,
  referredOn: 38,
  triageDays: 5,
  reason: 'Terugkeer na detentie zonder woning, inkomen of vaste dagbesteding.',
  goal: 'Een stabiele terugkeer in de wijk zonder nieuwe delicten.',
  domains: [
    'HOUSING',
    'FINANCES',
    'WORK_AND_DAYTIME',
    'JUSTICE_AND_BEHAVIOUR',
    'SOCIAL_NETWORK',
  ] as LifeDomain[],
  intake: '11121',
  /** Each adopted plan version: when (quarters ago, day of that quarter) and its scores. */
  versions: [
    { quartersAgo: 4, day: 66, scores: '21122' },
    { quartersAgo: 2, day: 30, scores: '32232' },
    { quartersAgo: 1, day: 40, scores: '33343' },
  ],
  goals: [
    {
      domain: 'HOUSING' as LifeDomain,
      goal: 'Een eigen woonruimte met woonbegeleiding',
      action: 'Urgentieaanvraag en woonbegeleiding regelen',
    },
    {
      domain: 'WORK_AND_DAYTIME' as LifeDomain,
      goal: 'Vier dagdelen per week werk of dagbesteding',
      action: 'Werkervaringsplek bij de gemeente zoeken',
    },
  ],
};

function p(
  givenNames: string,
  familyName: string,
  dateOfBirth: string,
  street: string,
  houseNumber: string,
  postcode: string,
): HistoryPerson {
  return { givenNames, familyName, dateOfBirth, street, houseNumber, postcode };
}

/** A day counted from the first day of a quarter: YYYY-MM-DD (calendar arithmetic in UTC). */
function dayOf(currentQuarter: string, quartersAgo: number, day: number): string {
  const [y, m] = currentQuarter.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 - quartersAgo * 3, 1 + day)).toISOString().slice(0, 10);
}

function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A local Dutch moment as the queries take it. */
const moment = (date: string, hour: number) => `${date} ${String(hour).padStart(2, '0')}:00`;

const digits = (s: string) => [...s].map(Number);

type Ids = ReadonlyMap<string, string>;

function idOf(ids: Ids, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`demo history refers to unknown key ${key}`);
  return id;
}

export async function seedDemoHistory(
  tx: EntityManager,
  regionId: string,
  agencyIds: Ids,
): Promise<number> {
  const [{ quarter, today }] = (await runStatement(tx, currentQuarterQuery())) as [
    { quarter: string; today: string },
  ];
  const zvh = idOf(agencyIds, 'zvh');
  let serial = 100;
  const reference = (referredOn: string) => `ZVH-${referredOn.slice(0, 4)}-${++serial}`;

  const person = async (h: HistoryPerson, wijk: string) => {
    const [row] = (await runStatement(
      tx,
      insertPersonQuery(
        regionId,
        h.givenNames,
        h.familyName,
        h.dateOfBirth,
        null,
        h.street,
        h.houseNumber,
        h.postcode,
        'Demostad',
        wijk,
      ),
    )) as { id: string }[];
    return row!.id;
  };

  const event = (caseId: string, kind: string, at: string, agency: string, data: object) =>
    runStatement(tx, insertHistoryEventQuery(regionId, caseId, kind, at, agency, data));

  const score = (
    caseId: string,
    kind: 'INTAKE' | 'PLAN' | 'CLOSING',
    versionId: string | null,
    agency: string,
    at: string,
    domains: readonly LifeDomain[],
    scores: readonly number[],
  ) =>
    runStatement(
      tx,
      insertHistoryAssessmentQuery(regionId, caseId, kind, versionId, agency, at, domains, scores),
    );

  /** A plan version with its goals and actions, adopted at `adoptedAt`; returns its id and keys. */
  const plan = async (
    caseId: string,
    number: number,
    basedOn: string | null,
    adoptedAt: string,
    goals: readonly { domain: LifeDomain; goal: string; actions: readonly string[] }[],
    owner: string,
    due: (goal: number, action: number) => string,
  ) => {
    const [version] = (await runStatement(
      tx,
      insertHistoryPlanVersionQuery(regionId, caseId, number, basedOn, moment(adoptedAt, 9)),
    )) as { id: string }[];
    const keys: { key: string; due: string }[] = [];
    for (const [g, goal] of goals.entries()) {
      const [row] = (await runStatement(
        tx,
        insertHistoryPlanGoalQuery(regionId, version!.id, goal.domain, goal.goal, g + 1),
      )) as { id: string }[];
      for (const [a, description] of goal.actions.entries()) {
        const dueDate = due(g, a);
        const [action] = (await runStatement(
          tx,
          insertHistoryPlanActionQuery(
            regionId,
            caseId,
            version!.id,
            row!.id,
            description,
            owner,
            dueDate,
            a + 1,
          ),
        )) as { key: string }[];
        keys.push({ key: action!.key, due: dueDate });
      }
    }
    await runStatement(tx, adoptHistoryPlanVersionQuery(version!.id, moment(adoptedAt, 15), zvh));
    await event(caseId, 'PLAN_ADOPTED', moment(adoptedAt, 15), zvh, { version: number });
    return { versionId: version!.id, keys };
  };

  for (const cohort of DEMO_HISTORY) {
    const lead = idOf(agencyIds, cohort.lead);
    for (const [i, h] of cohort.persons.entries()) {
      const referredOn = dayOf(quarter, cohort.referredQuartersAgo, cohort.referredOn[i]!);
      const decidedOn = plusDays(referredOn, cohort.triageDays[i]!);
      const adoptedOn = plusDays(referredOn, cohort.planDays + (i % 3));
      const closedOn = dayOf(quarter, cohort.closedQuartersAgo, cohort.closedOn[i]!);
      const endedAt = moment(plusDays(closedOn, 30), 11);
      const personId = await person(h, cohort.wijk);
      const [row] = (await runStatement(
        tx,
        insertHistoryCaseQuery(
          regionId,
          reference(referredOn),
          personId,
          cohort.theme,
          'CLOSED',
          idOf(agencyIds, cohort.referrer),
          lead,
          moment(referredOn, 10),
          moment(closedOn, 11),
        ),
      )) as { id: string }[];
      const caseId = row!.id;
      await runStatement(
        tx,
        insertHistoryReferralQuery(
          caseId,
          regionId,
          cohort.reason,
          cohort.goal,
          moment(referredOn, 10),
          moment(decidedOn, 14),
          zvh,
        ),
      );
      await event(caseId, 'TRIAGE_DECIDED', moment(decidedOn, 14), zvh, { decision: 'ACCEPTED' });
      const participants: [string, ParticipantRole, string][] = [
        ['zvh', 'PROCESREGIE', moment(referredOn, 10)],
        [cohort.referrer, 'REFERRER', moment(referredOn, 10)],
        [cohort.lead, 'CASUSREGISSEUR', moment(decidedOn, 14)],
        ...cohort.partners.map((a): [string, ParticipantRole, string] => [
          a,
          'PARTNER',
          moment(decidedOn, 14),
        ]),
      ];
      for (const [agency, role, startedAt] of participants) {
        await runStatement(
          tx,
          insertHistoryParticipantQuery(
            regionId,
            caseId,
            idOf(agencyIds, agency),
            role,
            role === 'PROCESREGIE'
              ? 'Procesregie op de casus namens het Veiligheidshuis'
              : role === 'REFERRER'
                ? `Aanmelder; ${cohort.reason.charAt(0).toLowerCase()}${cohort.reason.slice(1)}`
                : PARTNER_REASON[agency]!,
            LEGAL_BASIS[agency]!,
            startedAt,
            endedAt,
          ),
        );
      }
      await runStatement(
        tx,
        insertHistoryItemQuery(
          regionId,
          caseId,
          personId,
          'PLAN',
          lead,
          COVENANT,
          cohort.summary,
          moment(adoptedOn, 16),
        ),
      );

      const intake = digits(cohort.intake[i]!);
      const closing = digits(cohort.closing[i]!);
      await score(
        caseId,
        'INTAKE',
        null,
        lead,
        moment(plusDays(decidedOn, 2), 11),
        cohort.domains,
        intake,
      );
      const { versionId, keys } = await plan(
        caseId,
        1,
        null,
        adoptedOn,
        cohort.goals,
        lead,
        (g, a) => plusDays(adoptedOn, cohort.actionDue[a]! + g * 3),
      );
      // At the plan, a first step from the intake towards where the case ends.
      const atPlan = intake.map((s, d) => Math.floor((2 * s + closing[d]!) / 3));
      await score(caseId, 'PLAN', versionId, lead, moment(adoptedOn, 15), cohort.domains, atPlan);
      for (const [n, { key, due }] of keys.entries()) {
        const late = cohort.late[i]![n % 2]!;
        // Done two days early or six days late, and never after the closing.
        const done = [plusDays(due, late ? 6 : -2), plusDays(closedOn, -1)].sort()[0]!;
        await runStatement(
          tx,
          insertHistoryProgressQuery(key, regionId, caseId, 'DONE', moment(done, 12)),
        );
      }
      await score(caseId, 'CLOSING', null, lead, moment(closedOn, 10), cohort.domains, closing);
      await runStatement(
        tx,
        insertHistoryClosureQuery(
          caseId,
          regionId,
          cohort.outcomes[i]!,
          cohort.closingReason,
          moment(closedOn, 11),
          zvh,
        ),
      );
    }
  }

  // The open case: referred four quarters ago, scored at intake and at each adopted plan.
  const open = DEMO_HISTORY_OPEN;
  const lead = idOf(agencyIds, open.lead);
  const referredOn = dayOf(quarter, open.referredQuartersAgo, open.referredOn);
  const decidedOn = plusDays(referredOn, open.triageDays);
  const last = open.versions[open.versions.length - 1]!;
  const personId = await person(open.person, 'Oud-West');
  const [row] = (await runStatement(
    tx,
    insertHistoryCaseQuery(
      regionId,
      reference(referredOn),
      personId,
      open.theme,
      'ACTIVE',
      idOf(agencyIds, open.referrer),
      lead,
      moment(referredOn, 10),
      moment(dayOf(quarter, last.quartersAgo, last.day), 16),
    ),
  )) as { id: string }[];
  const caseId = row!.id;
  await runStatement(
    tx,
    insertHistoryReferralQuery(
      caseId,
      regionId,
      open.reason,
      open.goal,
      moment(referredOn, 10),
      moment(decidedOn, 14),
      zvh,
    ),
  );
  await event(caseId, 'TRIAGE_DECIDED', moment(decidedOn, 14), zvh, { decision: 'ACCEPTED' });
  for (const [agency, role, reason, startedAt] of [
    ['zvh', 'PROCESREGIE', 'Procesregie op de casus namens het Veiligheidshuis', referredOn],
    ['gemeente', 'REFERRER', 'Aanmelder; nazorg ex-gedetineerden: ID, inkomen, woning', referredOn],
    ['reclassering', 'CASUSREGISSEUR', 'Toezicht op bijzondere voorwaarden na detentie', decidedOn],
  ] as const) {
    await runStatement(
      tx,
      insertHistoryParticipantQuery(
        regionId,
        caseId,
        idOf(agencyIds, agency),
        role,
        reason,
        LEGAL_BASIS[agency]!,
        moment(startedAt, 14),
        null,
      ),
    );
  }
  await runStatement(
    tx,
    insertHistoryItemQuery(
      regionId,
      caseId,
      personId,
      'PROBATION',
      lead,
      'Wjsg',
      'Meldt zich trouw bij de reclassering; houdt zich aan de bijzondere voorwaarden.',
      moment(dayOf(quarter, 1, 40), 16),
    ),
  );
  await score(
    caseId,
    'INTAKE',
    null,
    lead,
    moment(plusDays(decidedOn, 2), 11),
    open.domains,
    digits(open.intake),
  );
  let previous: string | null = null;
  for (const [n, version] of open.versions.entries()) {
    const adoptedOn = dayOf(quarter, version.quartersAgo, version.day);
    const current = n === open.versions.length - 1;
    // The current version's actions fall due in the coming weeks; earlier ones were done.
    const { versionId, keys } = await plan(
      caseId,
      n + 1,
      previous,
      adoptedOn,
      open.goals.map((g) => ({ domain: g.domain, goal: g.goal, actions: [g.action] })),
      lead,
      (g) => (current ? plusDays(today, 21 + g * 35) : plusDays(adoptedOn, 30 + g * 14)),
    );
    for (const [a, { key, due }] of keys.entries()) {
      await runStatement(
        tx,
        current
          ? insertHistoryProgressQuery(
              key,
              regionId,
              caseId,
              a === 0 ? 'IN_PROGRESS' : 'OPEN',
              moment(adoptedOn, 15),
            )
          : insertHistoryProgressQuery(
              key,
              regionId,
              caseId,
              'DONE',
              moment(plusDays(due, -3), 12),
            ),
      );
    }
    await score(
      caseId,
      'PLAN',
      versionId,
      lead,
      moment(adoptedOn, 15),
      open.domains,
      digits(version.scores),
    );
    previous = versionId;
  }

  // The timeline of the new cases: referral, partners in and out, closing (events exist once).
  await runStatement(tx, insertReferredEventsQuery(regionId));
  await runStatement(tx, insertParticipantAddedEventsQuery(regionId));
  await runStatement(tx, insertCaseClosedEventsQuery(regionId));
  await runStatement(tx, insertParticipantEndedEventsQuery(regionId));
  return serial - 100;
}
