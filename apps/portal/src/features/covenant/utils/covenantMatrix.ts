import {
  AGENCY_TYPES,
  INFORMATION_CATEGORIES,
  type AgencyType,
  type InformationCategory,
} from '@schakel/domain';
import type { CovenantEntryInput, CovenantFieldsFragment } from '../../../gql/graphql';
import { grantOf, levelOf, type CovenantLevel } from './covenantLevel';

export type CovenantEntry = CovenantFieldsFragment['entries'][number];

/** Agency types (rows) × categories (columns). */
export type CovenantMatrix = Readonly<
  Record<AgencyType, Readonly<Record<InformationCategory, CovenantLevel>>>
>;

/** The matrix of the entries per agency type; a missing entry grants nothing, as in the API. */
export function matrixOf(entries: readonly CovenantEntry[]): CovenantMatrix {
  const matrix = {} as Record<AgencyType, Record<InformationCategory, CovenantLevel>>;
  for (const agencyType of AGENCY_TYPES) {
    const row = {} as Record<InformationCategory, CovenantLevel>;
    for (const category of INFORMATION_CATEGORIES) {
      row[category] = levelOf(
        entries.find((entry) => entry.agencyType === agencyType && entry.category === category),
      );
    }
    matrix[agencyType] = row;
  }
  return matrix;
}

/** Entries for one named agency, which override its type's entry. */
export function overridesOf(entries: readonly CovenantEntry[]): CovenantEntry[] {
  return entries.filter((entry) => entry.agency !== null && entry.agency !== undefined);
}

export function withCell(
  matrix: CovenantMatrix,
  agencyType: AgencyType,
  category: InformationCategory,
  level: CovenantLevel,
): CovenantMatrix {
  return { ...matrix, [agencyType]: { ...matrix[agencyType], [category]: level } };
}

export function changedCellCount(before: CovenantMatrix, after: CovenantMatrix): number {
  return AGENCY_TYPES.reduce(
    (count, agencyType) =>
      count +
      INFORMATION_CATEGORIES.filter(
        (category) => before[agencyType][category] !== after[agencyType][category],
      ).length,
    0,
  );
}

/**
 * A complete new version: one explicit entry per agency type and category (so "no access" is
 * stated, not implied), plus the named-agency overrides unchanged.
 */
export function entriesForSave(
  matrix: CovenantMatrix,
  overrides: readonly CovenantEntry[],
): CovenantEntryInput[] {
  const byType = AGENCY_TYPES.flatMap((agencyType) =>
    INFORMATION_CATEGORIES.map((category): CovenantEntryInput => ({
      agencyType,
      category,
      ...grantOf(matrix[agencyType][category]),
    })),
  );
  const named = overrides.flatMap((entry): CovenantEntryInput[] =>
    entry.agency
      ? [
          {
            agencyId: entry.agency.id,
            category: entry.category,
            read: entry.read,
            readSummary: entry.readSummary,
            write: entry.write,
          },
        ]
      : [],
  );
  return [...byType, ...named];
}
