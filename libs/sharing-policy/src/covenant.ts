import {
  AGENCY_TYPES,
  INFORMATION_CATEGORIES,
  isAgencyType,
  isInformationCategory,
  type AgencyType,
  type InformationCategory,
} from '@schakel/domain';

/** Who a covenant entry speaks about: every agency of a type, or one named agency. */
export type CovenantParty = { agencyType: AgencyType } | { agencyId: string };

export interface CovenantEntry {
  subject: CovenantParty;
  category: InformationCategory;
  read: boolean;
  write: boolean;
  /**
   * Read only a summary the source marked as shareable (the POLICE row of §4). A separate permission
   * (`read_summary`), so the portal can show "samenvatting" instead of the full item.
   */
  readSummary?: boolean;
}

/** What one agency may do with one category, after overrides are applied. */
export interface CategoryGrant {
  read: boolean;
  readSummary: boolean;
  write: boolean;
}

const allBut = (...excluded: AgencyType[]): AgencyType[] =>
  AGENCY_TYPES.filter((type) => !excluded.includes(type));
/** Every type that can take part by the covenant alone: all but the volunteer organisation. */
const PARTNERS: readonly AgencyType[] = allBut('VOLUNTEER');

/*
 * The default covenant (domain brief §4). Read follows the brief's table exactly; write is "the
 * categories of the agency's own domain", plus the shared working categories.
 *
 *                 MUN  POL  PRO  OM   CARE YOUTH HOUS PRIS VOL  ZVH
 *   IDENTITY      rw   rw   rw   rw   rw   rw    rw   rw   -    rw
 *   BSN           rw   rw   rw   rw   -    -     -    -    -    r
 *   POLICE        s    rw   s    r    s    s     s    s    -    r     s = shareable summary only
 *   JUSTICE       -    r    rw   rw   -    -     -    -    -    r
 *   PROBATION     -    -    rw   r    -    -     -    -    -    r
 *   CARE          -    -    -    -    rw   -     -    -    -    -     others: consent / conflict of duties
 *   CARE_SIGNAL   r    r    r    r    rw   r     r    r    -    r
 *   SOCIAL        rw   -    r    -    r    -     -    -    -    r
 *   SAFETY        rw   rw   rw   rw   rw   rw    rw   rw   -    rw
 *   PLAN          rw   rw   rw   rw   rw   rw    rw   rw   -    rw
 *
 * VOL: a volunteer organisation gets nothing from the covenant; it reads only what the person's
 * recorded consent for that organisation names (buildAbility ignores covenant entries for it, so
 * an older stored covenant that still grants it something grants nothing).
 *
 * Write choices that are judgement calls:
 * - BSN: only agencies with their own legal basis to process it (BRP, police, justice chain); the ZVH
 *   reads it for matching but has no legal task of its own to record it.
 * - JUSTICE: the OM, and probation, which records the special conditions it supervises.
 * - CARE_SIGNAL ("in care: yes/no, contact person") is said by care itself.
 * - IDENTITY: everyone who refers or meets the person may correct an address; a volunteer
 *   supports the client but does not register data.
 * - SAFETY and PLAN: every participant, so a risk signal or an action update is never blocked.
 * - Nobody writes what it cannot read (validateCovenant reports that as a problem).
 * The agreed-approach lookup by all police in the region (PLAN row) is the `lookup` action on the
 * `AgreedApproach` subject (build-ability.ts); it follows the police agency's PLAN read.
 */
const DEFAULT_MATRIX: Readonly<
  Record<
    InformationCategory,
    { read: readonly AgencyType[]; summary?: readonly AgencyType[]; write: readonly AgencyType[] }
  >
> = {
  IDENTITY: { read: PARTNERS, write: PARTNERS },
  BSN: {
    read: ['MUNICIPALITY', 'POLICE', 'PROBATION', 'PUBLIC_PROSECUTOR', 'ZVH'],
    write: ['MUNICIPALITY', 'POLICE', 'PROBATION', 'PUBLIC_PROSECUTOR'],
  },
  POLICE: {
    read: ['POLICE', 'PUBLIC_PROSECUTOR', 'ZVH'],
    summary: allBut('POLICE', 'PUBLIC_PROSECUTOR', 'ZVH', 'VOLUNTEER'),
    write: ['POLICE'],
  },
  JUSTICE: {
    read: ['PUBLIC_PROSECUTOR', 'POLICE', 'PROBATION', 'ZVH'],
    write: ['PUBLIC_PROSECUTOR', 'PROBATION'],
  },
  PROBATION: { read: ['PROBATION', 'PUBLIC_PROSECUTOR', 'ZVH'], write: ['PROBATION'] },
  CARE: { read: ['CARE'], write: ['CARE'] },
  CARE_SIGNAL: { read: PARTNERS, write: ['CARE'] },
  SOCIAL: { read: ['MUNICIPALITY', 'PROBATION', 'CARE', 'ZVH'], write: ['MUNICIPALITY'] },
  SAFETY: { read: PARTNERS, write: PARTNERS },
  PLAN: { read: PARTNERS, write: PARTNERS },
};

/** One explicit entry per agency type and category, so "no access" is visible, not implied. */
export const DEFAULT_COVENANT: readonly CovenantEntry[] = Object.freeze(
  INFORMATION_CATEGORIES.flatMap((category) =>
    AGENCY_TYPES.map((agencyType): CovenantEntry => {
      const row = DEFAULT_MATRIX[category];
      const entry: CovenantEntry = {
        subject: { agencyType },
        category,
        read: row.read.includes(agencyType),
        write: row.write.includes(agencyType),
      };
      if (row.summary?.includes(agencyType)) entry.readSummary = true;
      return Object.freeze(entry);
    }),
  ),
);

function isAgencyParty(party: CovenantParty): party is { agencyId: string } {
  return 'agencyId' in party;
}

function combineRestrictive(entries: readonly CovenantEntry[]): CategoryGrant {
  // Duplicates are a configuration error (validateCovenant reports them); until fixed, the most
  // restrictive reading wins so a mistake never widens access. `=== true` because entries may come
  // from stored JSON, and anything but a real `true` must not grant.
  return {
    read: entries.every((entry) => entry.read === true),
    readSummary: entries.every((entry) => entry.read === true || entry.readSummary === true),
    write: entries.every((entry) => entry.write === true),
  };
}

const NO_GRANT: CategoryGrant = Object.freeze({ read: false, readSummary: false, write: false });

/**
 * Resolves the covenant for one agency: an entry naming the agency overrides its type's entry for
 * that category; a category without any entry grants nothing.
 */
export function grantsFor(
  covenant: readonly CovenantEntry[],
  agency: { agencyId: string; agencyType: AgencyType },
): Record<InformationCategory, CategoryGrant> {
  const result = {} as Record<InformationCategory, CategoryGrant>;
  for (const category of INFORMATION_CATEGORIES) {
    const forCategory = covenant.filter((entry) => entry.category === category);
    const own = forCategory.filter(
      (entry) => isAgencyParty(entry.subject) && entry.subject.agencyId === agency.agencyId,
    );
    const ofType = forCategory.filter(
      (entry) => !isAgencyParty(entry.subject) && entry.subject.agencyType === agency.agencyType,
    );
    const applicable = own.length > 0 ? own : ofType;
    result[category] = applicable.length > 0 ? combineRestrictive(applicable) : NO_GRANT;
  }
  return result;
}

export type CovenantProblemCode =
  | 'DUPLICATE_ENTRY'
  | 'UNKNOWN_CATEGORY'
  | 'UNKNOWN_AGENCY_TYPE'
  | 'INVALID_SUBJECT'
  | 'WRITE_WITHOUT_READ';

export interface CovenantProblem {
  code: CovenantProblemCode;
  /** Index of the offending entry in the list passed in. */
  index: number;
  message: string;
}

/**
 * Checks a covenant before it is stored. Entries typically come from the database or an admin form,
 * so the checks do not trust the static types.
 */
export function validateCovenant(covenant: readonly CovenantEntry[]): CovenantProblem[] {
  const problems: CovenantProblem[] = [];
  const seen = new Map<string, number>();

  covenant.forEach((entry, index) => {
    const subject: Partial<Record<'agencyType' | 'agencyId', unknown>> = entry.subject;
    const hasType = subject.agencyType !== undefined;
    const hasId = subject.agencyId !== undefined;
    let partyKey: string | null = null;

    if (hasType === hasId) {
      problems.push({
        code: 'INVALID_SUBJECT',
        index,
        message: 'an entry names either an agency type or an agency id, not both or neither',
      });
    } else if (hasId) {
      if (typeof subject.agencyId !== 'string' || subject.agencyId.trim() === '') {
        problems.push({ code: 'INVALID_SUBJECT', index, message: 'the agency id is empty' });
      } else {
        partyKey = `agency:${subject.agencyId}`;
      }
    } else if (!isAgencyType(subject.agencyType)) {
      problems.push({
        code: 'UNKNOWN_AGENCY_TYPE',
        index,
        message: `unknown agency type ${JSON.stringify(subject.agencyType)}`,
      });
    } else {
      partyKey = `type:${subject.agencyType}`;
    }

    const category: unknown = entry.category;
    if (!isInformationCategory(category)) {
      problems.push({
        code: 'UNKNOWN_CATEGORY',
        index,
        message: `unknown category ${JSON.stringify(category)}`,
      });
    } else if (partyKey !== null) {
      const key = `${partyKey}|${category}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, index);
      } else {
        problems.push({
          code: 'DUPLICATE_ENTRY',
          index,
          message: `${partyKey} / ${category} is already set by entry ${first}`,
        });
      }
    }

    if (entry.write && !entry.read) {
      problems.push({
        code: 'WRITE_WITHOUT_READ',
        index,
        message: 'an agency that may not read a category cannot be allowed to write it',
      });
    }
  });

  return problems;
}
