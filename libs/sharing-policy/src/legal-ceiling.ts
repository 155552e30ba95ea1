import {
  AGENCY_TYPES,
  INFORMATION_CATEGORIES,
  isAgencyType,
  isInformationCategory,
  type AgencyType,
  type InformationCategory,
} from '@schakel/domain';
import type { CategoryGrant, CovenantEntry } from './covenant';

/**
 * The legal regime that decides who may ever receive a category (domain brief §4). A stable code:
 * the portal translates it (`covenant.regime.<code>`), the API names it in its messages.
 */
export const LEGAL_REGIMES = [
  'AVG',
  'AVG_SECTOR',
  'WPG',
  'WJSG',
  'WJSG_AVG',
  'WGBO',
  'CONSENT_OR_BASIS',
  'AVG_SOCIAL',
  'VITAL_INTEREST',
  'COVENANT',
] as const;
export type LegalRegime = (typeof LEGAL_REGIMES)[number];

/** English name of each regime, for API messages and logs; the portal has its own Dutch text. */
export const LEGAL_REGIME_NAMES: Readonly<Record<LegalRegime, string>> = {
  AVG: 'GDPR (AVG)',
  AVG_SECTOR: 'GDPR (AVG) and the BSN sector laws',
  WPG: 'Police Data Act (Wpg)',
  WJSG: 'Judicial and Criminal Records Act (Wjsg)',
  WJSG_AVG: 'Wjsg and GDPR (AVG)',
  WGBO: 'medical secrecy, WGBO',
  CONSENT_OR_BASIS: 'consent or a legal basis',
  AVG_SOCIAL: 'GDPR (AVG): Wmo, Participatiewet',
  VITAL_INTEREST: 'compelling interest (zwaarwegend belang)',
  COVENANT: 'the covenant',
};

/** The most a covenant may ever give one agency type for one category. */
export interface CeilingCell {
  /** May read the full item. */
  read: boolean;
  /** May read the summary the source marked as shareable (implied by `read`). */
  readSummary: boolean;
  write: boolean;
}

const C = { read: true, readSummary: true, write: true } as const; // may read and write
const R = { read: true, readSummary: true, write: false } as const; // may read
const S = { read: false, readSummary: true, write: false } as const; // shareable summary only
const _ = { read: false, readSummary: false, write: false } as const; // never by covenant

/*
 * THE LEGAL CEILING (domain brief §4, "Rules settled later": the defaults are the most a covenant
 * may grant; a region may only tighten). A covenant entry above its cell is refused when it is
 * proposed, and a stored entry above it is clamped when the ability is built, so it grants nothing.
 *
 * Consent and conflict-of-duties decisions are NOT covenant grants and are not limited by this
 * table: they are the legal route to e.g. CARE for one case, one category and one recipient.
 *
 * VOLUNTEER column: never by covenant. A volunteer organisation takes part only with the person's
 * recorded consent for that organisation, and sees only what that consent names.
 */
// prettier-ignore
const CEILING_TABLE: Readonly<
  Record<
    InformationCategory,
    { regime: LegalRegime; cells: Readonly<Record<AgencyType, CeilingCell>> }
  >
> = {
  //    C = read and write, R = read, S = shareable summary only, _ = never by covenant
  //   (MU municipality, PO police, PB probation, OM public prosecutor, CA care, YO youth,
  //    HO housing, PR prison, VO volunteer, ZV Zorg- en Veiligheidshuis)
  //                                                    MU PO PB OM CA YO HO PR VO ZV
  IDENTITY:    { regime: 'AVG',              cells: row(C, C, C, C, C, C, C, C, _, C) },
  BSN:         { regime: 'AVG_SECTOR',       cells: row(C, C, C, C, _, _, _, _, _, R) },
  POLICE:      { regime: 'WPG',              cells: row(S, C, S, R, S, S, S, S, _, R) },
  JUSTICE:     { regime: 'WJSG',             cells: row(_, R, C, C, _, _, _, _, _, R) },
  PROBATION:   { regime: 'WJSG_AVG',         cells: row(_, _, C, R, _, _, _, _, _, R) },
  CARE:        { regime: 'WGBO',             cells: row(_, _, _, _, C, _, _, _, _, _) },
  CARE_SIGNAL: { regime: 'CONSENT_OR_BASIS', cells: row(R, R, R, R, C, R, R, R, _, R) },
  SOCIAL:      { regime: 'AVG_SOCIAL',       cells: row(C, _, R, _, R, _, _, _, _, R) },
  SAFETY:      { regime: 'VITAL_INTEREST',   cells: row(C, C, C, C, C, C, C, C, _, C) },
  PLAN:        { regime: 'COVENANT',         cells: row(C, C, C, C, C, C, C, C, _, C) },
};

function row(...cells: CeilingCell[]): Readonly<Record<AgencyType, CeilingCell>> {
  if (cells.length !== AGENCY_TYPES.length) throw new Error('one ceiling cell per agency type');
  return Object.freeze(
    Object.fromEntries(AGENCY_TYPES.map((type, index) => [type, cells[index]!])) as Record<
      AgencyType,
      CeilingCell
    >,
  );
}

export interface LegalCeilingRow {
  category: InformationCategory;
  regime: LegalRegime;
  /** Agency types that may ever read the full item. */
  read: readonly AgencyType[];
  /** Agency types that may ever read the shareable summary (includes the full readers). */
  readSummary: readonly AgencyType[];
  write: readonly AgencyType[];
}

/** The ceiling as a list, one row per category, for the API and the portal. */
export const LEGAL_CEILING: readonly LegalCeilingRow[] = Object.freeze(
  INFORMATION_CATEGORIES.map((category): LegalCeilingRow => {
    const { regime, cells } = CEILING_TABLE[category];
    const where = (pick: keyof CeilingCell) => AGENCY_TYPES.filter((type) => cells[type][pick]);
    return Object.freeze({
      category,
      regime,
      read: where('read'),
      readSummary: where('readSummary'),
      write: where('write'),
    });
  }),
);

const NOTHING: CeilingCell = Object.freeze({ read: false, readSummary: false, write: false });

/** The ceiling for one agency type and category; unknown values (bad stored data) get nothing. */
export function ceilingFor(agencyType: unknown, category: unknown): CeilingCell {
  if (!isAgencyType(agencyType) || !isInformationCategory(category)) return NOTHING;
  return CEILING_TABLE[category].cells[agencyType];
}

export function regimeOf(category: InformationCategory): LegalRegime {
  return CEILING_TABLE[category].regime;
}

/** A grant cut down to the ceiling: whatever is stored, nothing above the law is ever granted. */
export function clampToCeiling(
  grant: CategoryGrant,
  agencyType: AgencyType,
  category: InformationCategory,
): CategoryGrant {
  const cell = ceilingFor(agencyType, category);
  return {
    read: grant.read && cell.read,
    readSummary: grant.readSummary && cell.readSummary,
    write: grant.write && cell.write,
  };
}

export interface CeilingViolation {
  /** Index of the offending entry in the list passed in. */
  index: number;
  agencyType: AgencyType;
  category: InformationCategory;
  regime: LegalRegime;
  /** The first permission above the ceiling: read, then summary, then write. */
  permission: 'read' | 'readSummary' | 'write';
  message: string;
}

/**
 * Entries that give more than the law allows. An entry naming one agency is held to the ceiling of
 * that agency's type (`agencyTypeOf`; an agency it does not know is another check's problem).
 */
export function ceilingViolations(
  covenant: readonly CovenantEntry[],
  agencyTypeOf: (agencyId: string) => AgencyType | undefined = () => undefined,
): CeilingViolation[] {
  const violations: CeilingViolation[] = [];
  covenant.forEach((entry, index) => {
    const agencyType =
      'agencyId' in entry.subject ? agencyTypeOf(entry.subject.agencyId) : entry.subject.agencyType;
    if (!isAgencyType(agencyType) || !isInformationCategory(entry.category)) return;
    const cell = ceilingFor(agencyType, entry.category);
    // Anything but a real `false` asks for the permission: stored JSON is not trusted.
    const asks = (value: unknown) => value !== false && value !== undefined && value !== null;
    const permission =
      asks(entry.read) && !cell.read
        ? 'read'
        : asks(entry.readSummary) && !cell.readSummary
          ? 'readSummary'
          : asks(entry.write) && !cell.write
            ? 'write'
            : null;
    if (permission === null) return;
    const regime = regimeOf(entry.category);
    const what = { read: 'read', readSummary: 'read the summary of', write: 'write' }[permission];
    violations.push({
      index,
      agencyType,
      category: entry.category,
      regime,
      permission,
      message:
        `Above the legal ceiling: ${agencyType} may not ${what} ${entry.category} ` +
        `(${LEGAL_REGIME_NAMES[regime]}).`,
    });
  });
  return violations;
}
