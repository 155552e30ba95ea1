import type { CaseStatus, ConsentPart, InformationCategory } from '@schakel/domain';
import type { CaseTheme } from '../cases/case.enums';
import type { ParticipantRole } from '../participants/participant.enums';

/*
 * Fictional persons and cases in the demo region, so every persona sees something — and sees
 * different things. Names, addresses and BSNs are invented (the BSNs pass the 11-proof but belong
 * to nobody known); agencies are referred to by their key in DEMO_AGENCIES.
 */

export interface DemoPerson {
  key: string;
  givenNames: string;
  familyName: string;
  dateOfBirth: string;
  bsn: string | null;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  wijk: string;
}

export const DEMO_PERSONS: readonly DemoPerson[] = [
  {
    key: 'kevin',
    givenNames: 'Kevin',
    familyName: 'Voorbeeld',
    dateOfBirth: '1994-03-12',
    bsn: '900001008',
    street: 'Proefstraat',
    houseNumber: '12',
    postcode: '1231AA',
    city: 'Demostad',
    wijk: 'Noord',
  },
  {
    key: 'sandra',
    givenNames: 'Sandra',
    familyName: 'Testmans',
    dateOfBirth: '1987-11-02',
    bsn: '910001005',
    street: 'Oefenlaan',
    houseNumber: '4b',
    postcode: '1241AB',
    city: 'Demostad',
    wijk: 'Centrum',
  },
  {
    key: 'ahmed',
    givenNames: 'Ahmed',
    familyName: 'Fictief',
    dateOfBirth: '1979-06-30',
    bsn: '920001002',
    street: 'Verzonnenweg',
    houseNumber: '88',
    postcode: '1251AC',
    city: 'Demostad',
    wijk: 'Zuid',
  },
  {
    key: 'mila',
    givenNames: 'Mila',
    familyName: 'Demodorp',
    dateOfBirth: '2007-01-19',
    bsn: null,
    street: 'Schijnplein',
    houseNumber: '3',
    postcode: '1232AD',
    city: 'Demostad',
    wijk: 'Noord',
  },
];

export interface DemoParticipant {
  agency: string;
  role: ParticipantRole;
  reason: string;
  legalBasis: string;
  /** Days ago the participation ended; absent while it runs. */
  endedDaysAgo?: number;
}

export interface DemoItem {
  category: InformationCategory;
  source: string;
  legalBasis: string;
  text: string;
  shareableSummary?: string;
}

export interface DemoCase {
  reference: string;
  person: string;
  theme: CaseTheme;
  status: CaseStatus;
  referrer: string;
  casusregisseurAgency?: string;
  /** E-mail of the demo user who is casusregisseur. */
  casusregisseur?: string;
  participants: readonly DemoParticipant[];
  items: readonly DemoItem[];
  /**
   * CARE (or other) consents: source agency records, recipient may read (only the named parts of
   * the category, when given). A volunteer organisation takes part only with one.
   */
  consents?: readonly {
    category: InformationCategory;
    recordedBy: string;
    recipient: string;
    parts?: readonly ConsentPart[];
  }[];
  conflictOfDuties?: readonly {
    category: InformationCategory;
    decidedBy: string;
    recipient: string;
    reasoning: string;
  }[];
}

const COVENANT = 'Convenant Zorg- en Veiligheidshuis Demo-regio, art. 5';
const procesregie = (
  reason = 'Procesregie op de casus namens het Veiligheidshuis',
): DemoParticipant => ({
  agency: 'zvh',
  role: 'PROCESREGIE',
  reason,
  legalBasis: COVENANT,
});

export const DEMO_CASES: readonly DemoCase[] = [
  {
    reference: 'ZVH-2026-001',
    person: 'kevin',
    theme: 'FREQUENT_OFFENDER',
    status: 'ACTIVE',
    referrer: 'politie',
    casusregisseurAgency: 'reclassering',
    casusregisseur: 'reclassering@reclassering.demo.example',
    participants: [
      procesregie(),
      {
        agency: 'politie',
        role: 'REFERRER',
        reason: 'Aanmelder; veelpleger in de wijk Noord',
        legalBasis: 'Wpg art. 16',
      },
      {
        agency: 'reclassering',
        role: 'CASUSREGISSEUR',
        reason: 'Toezicht op bijzondere voorwaarden',
        legalBasis: 'Wjsg; convenant art. 5',
      },
      {
        agency: 'wijkteam',
        role: 'PARTNER',
        reason: 'Schulden en dagbesteding',
        legalBasis: 'Wmo 2015; convenant art. 5',
      },
      {
        agency: 'ggz',
        role: 'PARTNER',
        reason: 'Behandeling verslaving en psychische klachten',
        legalBasis: 'WGBO; toestemming cliënt',
      },
      {
        agency: 'om',
        role: 'PARTNER',
        reason: 'Strafrechtelijke afdoening lopende zaken',
        legalBasis: 'Wjsg',
      },
      {
        agency: 'woningcorporatie',
        role: 'PARTNER',
        reason: 'Overlast en huurachterstand',
        legalBasis: 'Convenant art. 5',
      },
    ],
    items: [
      {
        category: 'IDENTITY',
        source: 'wijkteam',
        legalBasis: COVENANT,
        text: 'Woont sinds maart in een kamer via de woningcorporatie; telefoon 06-00000000 (fictief).',
      },
      {
        category: 'POLICE',
        source: 'politie',
        legalBasis: 'Wpg art. 16',
        text: 'Drie winkeldiefstallen en één bedreiging van een buurman in de afgelopen twee maanden.',
        shareableSummary: 'Recente incidenten in de wijk; politie is betrokken.',
      },
      {
        category: 'JUSTICE',
        source: 'om',
        legalBasis: 'Wjsg',
        text: 'Voorwaardelijke straf met bijzondere voorwaarden: meldplicht en ambulante behandeling.',
      },
      {
        category: 'PROBATION',
        source: 'reclassering',
        legalBasis: 'Wjsg',
        text: 'Meldt zich wisselend; motivatie voor behandeling neemt toe.',
      },
      {
        category: 'CARE',
        source: 'ggz',
        legalBasis: 'WGBO',
        text: 'Diagnose en behandelplan bij de GGZ; ambulante behandeling twee keer per week.',
      },
      {
        category: 'CARE_SIGNAL',
        source: 'ggz',
        legalBasis: 'Toestemming cliënt',
        text: 'In zorg: ja. Contactpersoon GGZ: Noor Jansen.',
      },
      {
        category: 'SOCIAL',
        source: 'wijkteam',
        legalBasis: 'Participatiewet; Wmo 2015',
        text: 'Schulden circa € 12.000; aangemeld voor schuldhulpverlening.',
      },
      {
        category: 'SAFETY',
        source: 'politie',
        legalBasis: 'Zwaarwegend belang',
        text: 'Reageert agressief op onverwacht bezoek; kom met twee collega’s.',
      },
      {
        category: 'PLAN',
        source: 'reclassering',
        legalBasis: COVENANT,
        text: 'Doel: stabiele dagbesteding binnen drie maanden; afspraak met wijkteam over werkplek.',
      },
    ],
    consents: [{ category: 'CARE', recordedBy: 'ggz', recipient: 'wijkteam' }],
  },
  {
    reference: 'ZVH-2026-002',
    person: 'sandra',
    theme: 'DOMESTIC_VIOLENCE',
    status: 'ACTIVE',
    referrer: 'veiligthuis',
    casusregisseurAgency: 'gemeente',
    casusregisseur: 'gemeente@demostad.demo.example',
    participants: [
      procesregie(),
      {
        agency: 'veiligthuis',
        role: 'REFERRER',
        reason: 'Aanmelder; meldingen huiselijk geweld',
        legalBasis: 'Wmo 2015 art. 4.1.8',
      },
      {
        agency: 'gemeente',
        role: 'CASUSREGISSEUR',
        reason: 'Regie op huisvesting en inkomen',
        legalBasis: 'Wmo 2015; convenant art. 5',
      },
      {
        agency: 'politie',
        role: 'PARTNER',
        reason: 'Meldingen en tijdelijk huisverbod',
        legalBasis: 'Wpg art. 16; Wet tijdelijk huisverbod',
      },
    ],
    items: [
      {
        category: 'POLICE',
        source: 'politie',
        legalBasis: 'Wpg art. 16',
        text: 'Twee meldingen van huiselijk geweld; tijdelijk huisverbod opgelegd aan de partner.',
        shareableSummary: 'Politie is betrokken bij meldingen in het gezin.',
      },
      {
        category: 'CARE',
        source: 'veiligthuis',
        legalBasis: 'WGBO; Wmo 2015',
        text: 'Veiligheidsplan opgesteld; kinderen in beeld bij Veilig Thuis.',
      },
      {
        category: 'SOCIAL',
        source: 'gemeente',
        legalBasis: 'Wmo 2015',
        text: 'Urgentieverklaring voor woning aangevraagd.',
      },
      {
        category: 'SAFETY',
        source: 'veiligthuis',
        legalBasis: 'Zwaarwegend belang',
        text: 'Ex-partner mag het adres niet weten; adres niet delen buiten de casus.',
      },
    ],
    conflictOfDuties: [
      {
        category: 'CARE',
        decidedBy: 'veiligthuis',
        recipient: 'politie',
        reasoning:
          'Acuut gevaar voor de kinderen weegt zwaarder dan het beroepsgeheim; politie heeft het veiligheidsplan nodig.',
      },
    ],
  },
  {
    reference: 'ZVH-2026-003',
    person: 'ahmed',
    theme: 'EX_DETAINEE',
    status: 'IN_TRIAGE',
    referrer: 'reclassering',
    participants: [
      procesregie(),
      {
        agency: 'reclassering',
        role: 'REFERRER',
        reason: 'Aanmelder; terugkeer na detentie',
        legalBasis: 'Wjsg; convenant art. 5',
      },
      {
        agency: 'gemeente',
        role: 'PARTNER',
        reason: 'Nazorg ex-gedetineerden: ID, inkomen, woning',
        legalBasis: 'Participatiewet',
      },
      {
        agency: 'exodus',
        role: 'PARTNER',
        reason: 'Maatje op verzoek en met toestemming van de cliënt',
        legalBasis: 'Toestemming cliënt',
      },
    ],
    // The client's consent for Exodus, with the default scope: name and contact, own actions.
    consents: [
      {
        category: 'IDENTITY',
        recordedBy: 'reclassering',
        recipient: 'exodus',
        parts: ['NAME', 'CONTACT'],
      },
      { category: 'PLAN', recordedBy: 'reclassering', recipient: 'exodus', parts: ['OWN_ACTIONS'] },
    ],
    items: [
      {
        category: 'PROBATION',
        source: 'reclassering',
        legalBasis: 'Wjsg',
        text: 'Advies: begeleid wonen en een vast maatje in de eerste maanden na vrijlating.',
      },
      {
        category: 'PLAN',
        source: 'reclassering',
        legalBasis: COVENANT,
        text: 'Triage: voorstel voor een casusoverleg met gemeente en Exodus.',
      },
    ],
  },
  {
    reference: 'ZVH-2025-017',
    person: 'ahmed',
    theme: 'CONFUSED_BEHAVIOUR',
    status: 'CLOSED',
    referrer: 'wijkteam',
    participants: [
      { ...procesregie(), endedDaysAgo: 30 },
      {
        agency: 'wijkteam',
        role: 'REFERRER',
        reason: 'Aanmelder; verward gedrag in de wijk',
        legalBasis: 'Wmo 2015',
        endedDaysAgo: 30,
      },
      {
        agency: 'politie',
        role: 'PARTNER',
        reason: 'Meldingen verward gedrag',
        legalBasis: 'Wpg art. 16',
        endedDaysAgo: 30,
      },
    ],
    items: [
      {
        category: 'PLAN',
        source: 'wijkteam',
        legalBasis: COVENANT,
        text: 'Afgesloten: cliënt in beeld bij de huisarts; geen verdere overlast.',
      },
    ],
  },
  {
    reference: 'ZVH-2026-004',
    person: 'mila',
    theme: 'YOUTH_CRIME',
    status: 'REFERRED',
    referrer: 'wijkteam',
    participants: [
      {
        agency: 'wijkteam',
        role: 'REFERRER',
        reason: 'Aanmelder; jongere glijdt af richting criminaliteit',
        legalBasis: 'Jeugdwet; convenant art. 5',
      },
      {
        agency: 'politie',
        role: 'PARTNER',
        reason: 'Signalen van de wijkagent',
        legalBasis: 'Wpg art. 16',
      },
    ],
    items: [
      {
        category: 'SOCIAL',
        source: 'wijkteam',
        legalBasis: 'Jeugdwet',
        text: 'Schoolverzuim sinds januari; gezin heeft schulden.',
      },
      {
        category: 'POLICE',
        source: 'politie',
        legalBasis: 'Wpg art. 16',
        text: 'Aangehouden bij een groep die scooters stal; geen vervolging.',
        shareableSummary: 'Politie heeft zorgen over de vriendengroep.',
      },
    ],
  },
];
