import type { AgencyType, InformationCategory } from '@schakel/domain';
import type { CovenantQuery } from '../../../gql/graphql';
import { COVENANT_LEVELS, type CovenantLevel } from './covenantLevel';

export type LegalCeilingRow = CovenantQuery['covenantLegalCeiling'][number];

/**
 * Categories whose change the page warns about before it is proposed: medical secrecy (CARE),
 * the citizen service number (BSN), and police and justice data (Wpg, Wjsg).
 */
export const SENSITIVE_CATEGORIES: readonly InformationCategory[] = [
  'CARE',
  'BSN',
  'POLICE',
  'JUSTICE',
];

export function isSensitive(category: InformationCategory): boolean {
  return SENSITIVE_CATEGORIES.includes(category);
}

/** The most the law lets any covenant give this agency type for this category, as a level. */
export function ceilingLevel(
  ceiling: readonly LegalCeilingRow[],
  agencyType: AgencyType,
  category: InformationCategory,
): CovenantLevel {
  const row = ceiling.find((r) => r.category === category);
  // Without the ceiling (not loaded) nothing is blocked here: the API refuses what is too much.
  if (!row) return 'READ_WRITE';
  if (row.write.includes(agencyType)) return 'READ_WRITE';
  if (row.read.includes(agencyType)) return 'READ';
  if (row.readSummary.includes(agencyType)) return 'SUMMARY';
  return 'NONE';
}

export function isAboveCeiling(level: CovenantLevel, limit: CovenantLevel): boolean {
  return COVENANT_LEVELS.indexOf(level) > COVENANT_LEVELS.indexOf(limit);
}

/** The index of `entries[12]` (the API's field of a refused entry), or null. */
export function entryIndexOf(field: string | null): number | null {
  const match = field === null ? null : /^entries\[(\d+)\]/.exec(field);
  return match ? Number(match[1]) : null;
}
