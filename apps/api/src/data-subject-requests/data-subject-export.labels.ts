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
  accessLog: 'Wie heeft uw gegevens ingezien of vastgelegd',
  accessLogColumns: [
    'Datum en tijd',
    'Organisatie',
    'Soort',
    'Rol',
    'Handeling',
    'Grondslag / doel',
  ],
  employee: 'Medewerker',
  noEvents: 'Er zijn geen raadplegingen vastgelegd.',
  namesLeftOut:
    'Namen van medewerkers zijn weggelaten; u ziet de organisatie, de rol en het doel van elke ' +
    'raadpleging.',
  none: 'Geen.',
  ongoing: 'heden',
  partners: 'Stand per organisatie',
  partnersIntro:
    'Elke organisatie beoordeelt en geeft haar eigen deel vrij; het Zorg- en Veiligheidshuis ' +
    'neemt een deel pas op nadat die organisatie het heeft vrijgegeven.',
  released: (on: string) => `vrijgegeven op ${on}`,
  notReleased: (agency: string) => `nog niet vrijgegeven door ${agency}`,
  addressNotReleased: 'Adres: nog niet vrijgegeven door alle organisaties',
} as const;

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

export const USER_ROLE: Record<string, string> = {
  MEMBER: 'Professional',
  PROCESREGISSEUR: 'Procesregisseur',
  AGENCY_ADMIN: 'Beheerder organisatie',
  FUNCTIONAL_ADMIN: 'Functioneel beheerder',
  PRIVACY_OFFICER: 'Privacyfunctionaris',
  PRIVACY_CONTACT: 'Privacycontactpersoon',
};

export const AUDIT_ACTION: Record<string, string> = {
  READ: 'Ingezien',
  SEARCH: 'Gezocht',
  EXPORT: 'Geëxporteerd',
  CREATE: 'Vastgelegd',
  UPDATE: 'Gewijzigd',
  DELETE: 'Verwijderd',
  DENIED: 'Geweigerd',
  BREAK_GLASS: 'Doorbraak',
  LOOKUP: 'Opgezocht',
  VIEW_AS: 'Bekeken als',
};

export const ACCESS_BASIS: Record<string, string> = {
  covenant: 'Convenant (deelname)',
  consent: 'Toestemming',
  conflict_of_duties: 'Conflict van plichten',
  break_glass: 'Doorbraak',
  role: 'Functie',
};

export const ACTION_STATUS: Record<string, string> = {
  OPEN: 'Open',
  IN_PROGRESS: 'Bezig',
  DONE: 'Afgerond',
  CANCELLED: 'Vervallen',
};

export const label = (table: Record<string, string>, code: string | null | undefined): string =>
  code ? (table[code] ?? code) : '';
