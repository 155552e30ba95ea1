/**
 * Dutch labels of the access export (the PDF is for the person, in Dutch; docs/privacy.md). Kept
 * in step with the portal's catalogue (caseTheme.*, category.*, agencyType.*, role.*).
 */
export const NL = {
  title: 'Inzage in uw gegevens',
  intro: (region: string) =>
    `Overzicht van de gegevens die de partners van ${region} over u verwerken, en wie deze ` +
    'gegevens heeft ingezien (artikel 15 AVG, Wet gegevensverwerking door samenwerkingsverbanden).',
  request: (received: string, made: string) =>
    `Verzoek ontvangen op ${received}; overzicht gemaakt op ${made}.`,
  identity: 'Uw gegevens',
  name: 'Naam',
  dateOfBirth: 'Geboortedatum',
  bsn: 'BSN',
  address: 'Adres',
  noData: 'Bij de partners van het Zorg- en Veiligheidshuis zijn over u geen gegevens vastgelegd.',
  cases: 'Casussen',
  period: 'Periode',
  theme: 'Thema',
  status: 'Status',
  participations: 'Betrokken organisaties',
  itemsPerAgency: 'Gegevens per organisatie en categorie',
  source: 'Bron',
  legalBasis: 'Grondslag',
  planActions: 'Afspraken uit het plan van aanpak',
  due: 'uiterlijk',
  namesLeftOut:
    'Namen van medewerkers zijn weggelaten; u ziet welke organisatie uw gegevens gebruikte en ' +
    'waarom.',
  none: 'Geen.',
  ongoing: 'heden',
  partners: 'Stand per organisatie',
  partnersIntro:
    'Elke organisatie beoordeelt en geeft haar eigen deel vrij; het Zorg- en Veiligheidshuis ' +
    'neemt een deel pas op nadat die organisatie het heeft vrijgegeven.',
  released: (on: string) => `vrijgegeven op ${on}`,
  notReleased: (agency: string) => `nog niet vrijgegeven door ${agency}`,
  addressNotReleased: 'Adres: nog niet vrijgegeven door alle organisaties',
  accessBySystem: 'Schakel zelf (automatisch)',
  why: 'Waarom',
  noPurpose: 'geen reden opgegeven',
  employees: 'Medewerkers',
  consents: 'Uw toestemmingen',
  consentsIntro:
    'Toestemming die u gaf om gegevens te delen met een organisatie, en hoe u die gaf.',
  consent: (category: string, recipient: string, scope: string) =>
    `Toestemming aan ${recipient} voor gegevens over ${category} (${scope})`,
  consentAllCases: 'alle casussen waaraan deze organisatie deelneemt',
  consentGiven: (on: string, by: string) => `gegeven op ${on}, vastgelegd door ${by}`,
  consentValidUntil: (on: string) => `geldig tot ${on}`,
  consentWithdrawn: (on: string) => `ingetrokken op ${on}`,
  consentEvidence: 'Hoe u toestemming gaf',
  consentNoEvidence: 'Niet vastgelegd hoe u toestemming gaf.',
  conditions: 'Uw bijzondere voorwaarden',
  conditionsIntro:
    'De voorwaarden die de reclassering bij uw toezicht vastlegde, zoals de reclassering ze vrijgaf.',
  conditionSource: (kind: string, date: string, parket: string) =>
    `opgelegd bij ${kind} van ${date}, parketnummer ${parket}`,
  alcoholMonitor: 'met alcoholmeter (enkelband)',
  signals: 'Meldingen over mogelijke overtredingen',
  signalsIntro:
    'Wat een organisatie meldde over een mogelijke overtreding van een voorwaarde, en wat de ' +
    'reclassering ermee deed, voor zover elke organisatie haar deel vrijgaf.',
  signalReported: (on: string, by: string) => `Gemeld op ${on} door ${by}`,
  signalReportNotReleased: (by: string) => `De melding zelf is nog niet vrijgegeven door ${by}.`,
  signalAssessment: (on: string, by: string, followUp: string) =>
    `Beoordeeld op ${on} door ${by}: ${followUp}`,
  signalNotAssessed: 'Nog niet beoordeeld.',
  where: 'Waar',
  seenBy: 'Gezien door',
} as const;

export const CONDITION_KIND: Record<string, string> = {
  CONTACT_BAN: 'Contactverbod',
  LOCATION_BAN: 'Locatieverbod',
  ALCOHOL_BAN: 'Alcoholverbod',
  DRUG_BAN: 'Drugsverbod',
  REPORTING_DUTY: 'Meldplicht',
  TREATMENT: 'Behandelverplichting',
  RESIDENCE_IN_INSTITUTION: 'Verblijf in een instelling',
  OTHER: 'Andere voorwaarde',
};

export const CONDITION_STATUS: Record<string, string> = {
  ACTIVE: 'loopt',
  SUSPENDED: 'opgeschort',
  ENDED: 'beëindigd',
};

export const LEGAL_SOURCE: Record<string, string> = {
  SENTENCE: 'vonnis',
  PROSECUTOR_DECISION: 'OM-beslissing',
};

export const FOLLOW_UP: Record<string, string> = {
  CONVERSATION: 'gesprek',
  WARNING: 'waarschuwing',
  REPORT_TO_PROSECUTOR: 'rapportage aan het OM',
  NO_ACTION: 'geen actie',
};

export const THEME: Record<string, string> = {
  FREQUENT_OFFENDER: 'Veelpleger',
  CONFUSED_BEHAVIOUR: 'Verward gedrag',
  DOMESTIC_VIOLENCE: 'Huiselijk geweld',
  EX_DETAINEE: 'Ex-gedetineerde',
  YOUTH_CRIME: 'Jeugdcriminaliteit',
  RADICALISATION: 'Radicalisering',
  UNDERMINING: 'Ondermijning',
  OTHER: 'Overig',
};

export const CASE_STATUS: Record<string, string> = {
  REFERRED: 'Aangemeld',
  IN_TRIAGE: 'In triage',
  ACCEPTED: 'Geaccepteerd',
  REFERRED_BACK: 'Terugverwezen',
  REJECTED: 'Afgewezen',
  ACTIVE: 'Actief',
  CLOSED: 'Afgesloten',
};

export const CATEGORY: Record<string, string> = {
  IDENTITY: 'Identiteit',
  BSN: 'BSN',
  POLICE: 'Politie',
  JUSTICE: 'Justitie',
  PROBATION: 'Reclassering',
  CARE: 'Zorg',
  CARE_SIGNAL: 'Zorgsignaal',
  SOCIAL: 'Sociaal domein',
  SAFETY: 'Veiligheid',
  PLAN: 'Plan van aanpak',
};

export const PARTICIPANT_ROLE: Record<string, string> = {
  REFERRER: 'Aanmelder',
  CASUSREGISSEUR: 'Casusregisseur',
  PROCESREGIE: 'Procesregie',
  PARTNER: 'Ketenpartner',
};

export const AGENCY_TYPE: Record<string, string> = {
  MUNICIPALITY: 'Gemeente',
  POLICE: 'Politie',
  PROBATION: 'Reclassering',
  PUBLIC_PROSECUTOR: 'Openbaar Ministerie',
  CARE: 'Zorg',
  YOUTH: 'Jeugdbescherming',
  HOUSING: 'Woningcorporatie',
  PRISON: 'Penitentiaire inrichting',
  VOLUNTEER: 'Vrijwilligersorganisatie',
  ZVH: 'Zorg- en Veiligheidshuis',
};

export const ACTION_STATUS: Record<string, string> = {
  OPEN: 'Open',
  IN_PROGRESS: 'Bezig',
  DONE: 'Afgerond',
  CANCELLED: 'Vervallen',
};

export const label = (table: Record<string, string>, code: string | null | undefined): string =>
  code ? (table[code] ?? code) : '';

/**
 * The access overview in plain Dutch (B1): one line per organisation per day
 * (data-subject-access-summary.ts). Verbs follow "… heeft uw gegevens …".
 */
export const ACCESS_VERB_B1: Record<string, string> = {
  READ: 'bekeken',
  SEARCH: 'gezocht',
  LOOKUP: 'opgezocht',
  EXPORT: 'in een bestand gezet',
  CREATE: 'vastgelegd',
  UPDATE: 'gewijzigd',
  DELETE: 'verwijderd',
  BREAK_GLASS: 'in een noodgeval geopend',
  VIEW_AS: 'gecontroleerd',
  OTHER: 'gebruikt',
};

/** Why, when nobody wrote a purpose: what the access rested on. */
export const ACCESS_PURPOSE_B1: Record<string, string> = {
  covenant: 'voor de samenwerking rond u, zoals de organisaties dat hebben afgesproken',
  consent: 'omdat u daar toestemming voor gaf',
  conflict_of_duties: 'om ernstige schade te voorkomen',
  break_glass: 'in een noodgeval',
  role: 'voor het eigen werk van deze organisatie',
};

export const NL_ACCESS = {
  heading: 'Wie heeft uw gegevens gebruikt',
  intro:
    'Per dag ziet u welke organisatie uw gegevens heeft bekeken of vastgelegd, hoe vaak, en ' +
    'waarom. Eén regel per organisatie per dag.',
  columns: ['Datum', 'Wat er gebeurde'],
  none: 'Niemand heeft uw gegevens bekeken of vastgelegd.',
} as const;
