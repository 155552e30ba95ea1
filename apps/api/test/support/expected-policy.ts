// The expected policy of the API, written by hand from domain brief §4 — deliberately not derived
// from DEFAULT_COVENANT, so a change to either shows up as a failing authorization matrix.
import type { AgencyType, InformationCategory, Role } from '@schakel/domain';

export const COLUMNS: readonly AgencyType[] = [
  'MUNICIPALITY',
  'POLICE',
  'PROBATION',
  'PUBLIC_PROSECUTOR',
  'CARE',
  'YOUTH',
  'HOUSING',
  'PRISON',
  'VOLUNTEER',
  'ZVH',
];

// r = read, s = only the shareable summary, - = nothing; w = may add items of the category.
// VOL: a volunteer organisation gets nothing from the covenant, only what a consent names.
// prettier-ignore
export const EXPECTED: Readonly<Record<InformationCategory, string>> = {
  //            MUN POL PRO OM  CARE YTH HOU PRI VOL ZVH
  IDENTITY:    'rw  rw  rw  rw  rw   rw  rw  rw  --  rw',
  BSN:         'rw  rw  rw  rw  --   --  --  --  --  r-',
  POLICE:      's-  rw  s-  r-  s-   s-  s-  s-  --  r-',
  JUSTICE:     '--  r-  rw  rw  --   --  --  --  --  r-',
  PROBATION:   '--  --  rw  r-  --   --  --  --  --  r-',
  CARE:        '--  --  --  --  rw   --  --  --  --  --',
  CARE_SIGNAL: 'r-  r-  r-  r-  rw   r-  r-  r-  --  r-',
  SOCIAL:      'rw  --  r-  --  r-   --  --  --  --  r-',
  SAFETY:      'rw  rw  rw  rw  rw   rw  rw  rw  --  rw',
  PLAN:        'rw  rw  rw  rw  rw   rw  rw  rw  --  rw',
};

/** Role sets of the fixture users, and whether they bring case content at all. */
export const ROLE_SETS: readonly (readonly [readonly Role[], boolean])[] = [
  [['MEMBER'], true],
  [['PROCESREGISSEUR'], true],
  [['AGENCY_ADMIN'], false],
  [['FUNCTIONAL_ADMIN'], false],
  [['PRIVACY_OFFICER'], false],
  // A partner's privacy contact sees its own part of a data-subject request only through that
  // request (issue 11 item 6), never through the ordinary case paths.
  [['PRIVACY_CONTACT'], false],
];

/**
 * The data-subject request paths per role (issue 11 item 6): the contactpunt's export (before any
 * release: statuses and the access log, no partner's texts) and a partner's own part.
 */
export function expectedDsrAccess(roles: readonly Role[]): {
  export: 'NO_TEXTS' | 'DENIED';
  ownPart: 'OWN_AGENCY_ONLY' | 'DENIED';
} {
  return {
    export: roles.includes('PRIVACY_OFFICER') ? 'NO_TEXTS' : 'DENIED',
    ownPart: roles.includes('PRIVACY_CONTACT') ? 'OWN_AGENCY_ONLY' : 'DENIED',
  };
}

export type Cell = { read: 'FULL' | 'SUMMARY' | 'WITHHELD'; write: boolean };

/** What an agency type may do with a category, for a user whose roles bring content. */
export function expectedCell(category: InformationCategory, agencyType: AgencyType): Cell {
  const value = EXPECTED[category].trim().split(/\s+/)[COLUMNS.indexOf(agencyType)];
  if (value === undefined) throw new Error(`no expectation for ${category} / ${agencyType}`);
  const [read, write] = value;
  return {
    read: read === 'r' ? 'FULL' : read === 's' ? 'SUMMARY' : 'WITHHELD',
    write: write === 'w',
  };
}

/**
 * A free text about the person outside the items — a referral's reason (with its goal) or a
 * participation's reason — labelled with one category (issue 11 item 3): shown in full exactly
 * where that category is read in full. It has no shareable summary, so a summary-only category
 * withholds it.
 */
export function expectedFreeText(
  category: InformationCategory,
  agencyType: AgencyType,
  content: boolean,
): 'FULL' | 'WITHHELD' {
  return content && expectedCell(category, agencyType).read === 'FULL' ? 'FULL' : 'WITHHELD';
}
