import { describe, expect, it } from 'vitest';
import { grantOf, levelOf } from './covenantLevel';
import {
  changedCellCount,
  entriesForSave,
  matrixOf,
  overridesOf,
  withCell,
  type CovenantEntry,
} from './covenantMatrix';

const entry = (overrides: Partial<CovenantEntry>): CovenantEntry => ({
  __typename: 'CovenantEntry',
  agencyType: 'POLICE',
  agency: null,
  category: 'POLICE',
  read: false,
  readSummary: false,
  write: false,
  ...overrides,
});

describe('covenant levels', () => {
  it('turns the three flags into one choice and back', () => {
    expect(levelOf({ read: true, readSummary: false, write: true })).toBe('READ_WRITE');
    expect(levelOf({ read: true, readSummary: true, write: false })).toBe('READ');
    expect(levelOf({ read: false, readSummary: true, write: false })).toBe('SUMMARY');
    expect(levelOf(undefined)).toBe('NONE');
    expect(grantOf('SUMMARY')).toEqual({ read: false, readSummary: true, write: false });
    expect(grantOf('READ_WRITE')).toEqual({ read: true, readSummary: false, write: true });
  });
});

describe('covenant matrix', () => {
  const entries = [
    entry({ agencyType: 'POLICE', category: 'POLICE', read: true, write: true }),
    entry({ agencyType: 'CARE', category: 'POLICE', readSummary: true }),
    entry({
      agencyType: null,
      agency: { __typename: 'Agency', id: 'a-1', name: 'GGZ Demoland', type: 'CARE' },
      category: 'JUSTICE',
      read: true,
    }),
  ];

  it('puts type entries in the matrix, treats missing ones as no access and keeps overrides apart', () => {
    const matrix = matrixOf(entries);
    expect(matrix.POLICE.POLICE).toBe('READ_WRITE');
    expect(matrix.CARE.POLICE).toBe('SUMMARY');
    expect(matrix.CARE.JUSTICE).toBe('NONE');
    expect(overridesOf(entries).map((e) => e.agency?.name)).toEqual(['GGZ Demoland']);
  });

  it('counts changed cells and saves every cell explicitly, with the overrides', () => {
    const before = matrixOf(entries);
    const after = withCell(before, 'CARE', 'POLICE', 'NONE');
    expect(changedCellCount(before, after)).toBe(1);
    expect(before.CARE.POLICE).toBe('SUMMARY');

    const saved = entriesForSave(after, overridesOf(entries));
    expect(saved).toHaveLength(10 * 10 + 1);
    expect(saved).toContainEqual({
      agencyType: 'CARE',
      category: 'POLICE',
      read: false,
      readSummary: false,
      write: false,
    });
    expect(saved).toContainEqual({
      agencyId: 'a-1',
      category: 'JUSTICE',
      read: true,
      readSummary: false,
      write: false,
    });
  });
});
