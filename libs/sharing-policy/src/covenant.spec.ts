import { AGENCY_TYPES, INFORMATION_CATEGORIES, type InformationCategory } from '@schakel/domain';
import { DEFAULT_COVENANT, grantsFor, validateCovenant, type CovenantEntry } from './covenant';

const entry = (overrides: Partial<CovenantEntry> = {}): CovenantEntry => ({
  subject: { agencyType: 'POLICE' },
  category: 'POLICE',
  read: true,
  write: true,
  ...overrides,
});

// Stored covenants are JSON; these cast deliberately broken input past the static types.
const untyped = (value: object): CovenantEntry => value as CovenantEntry;

describe('DEFAULT_COVENANT', () => {
  it('has exactly one entry per agency type and category, and passes validation', () => {
    expect(DEFAULT_COVENANT).toHaveLength(AGENCY_TYPES.length * INFORMATION_CATEGORIES.length);
    expect(validateCovenant(DEFAULT_COVENANT)).toEqual([]);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(DEFAULT_COVENANT)).toBe(true);
    expect(DEFAULT_COVENANT.every((e) => Object.isFrozen(e))).toBe(true);
  });

  it('gives care data to care only; others see only the police summary', () => {
    const readersOf = (category: InformationCategory) =>
      DEFAULT_COVENANT.filter((e) => e.category === category && e.read).map((e) => e.subject);
    expect(readersOf('CARE')).toEqual([{ agencyType: 'CARE' }]);
    const summaryOnly = DEFAULT_COVENANT.filter((e) => e.readSummary === true);
    expect(summaryOnly.every((e) => e.category === 'POLICE' && !e.read)).toBe(true);
    // Police, OM and the ZVH read in full; a volunteer organisation gets nothing by the covenant.
    expect(summaryOnly).toHaveLength(AGENCY_TYPES.length - 4);
  });

  it('gives a volunteer organisation nothing: its access comes only from consent', () => {
    const volunteer = DEFAULT_COVENANT.filter(
      (e) => 'agencyType' in e.subject && e.subject.agencyType === 'VOLUNTEER',
    );
    expect(volunteer).toHaveLength(INFORMATION_CATEGORIES.length);
    expect(volunteer.filter((e) => e.read || e.write || e.readSummary === true)).toEqual([]);
  });
});

describe('grantsFor', () => {
  it('resolves the type entries of the default covenant', () => {
    const grants = grantsFor(DEFAULT_COVENANT, { agencyId: 'a1', agencyType: 'HOUSING' });
    expect(grants.POLICE).toEqual({ read: false, readSummary: true, write: false });
    expect(grants.PLAN).toEqual({ read: true, readSummary: true, write: true });
    expect(grants.SOCIAL).toEqual({ read: false, readSummary: false, write: false });
  });

  it('lets an entry for the agency override its type for that category', () => {
    const covenant = [
      ...DEFAULT_COVENANT,
      entry({ subject: { agencyId: 'a1' }, category: 'SOCIAL', read: true, write: false }),
    ];
    expect(grantsFor(covenant, { agencyId: 'a1', agencyType: 'HOUSING' }).SOCIAL.read).toBe(true);
    expect(grantsFor(covenant, { agencyId: 'a2', agencyType: 'HOUSING' }).SOCIAL.read).toBe(false);
  });

  it('reads duplicates in the most restrictive way', () => {
    const covenant = [entry(), entry({ write: false })];
    expect(grantsFor(covenant, { agencyId: 'a1', agencyType: 'POLICE' }).POLICE).toEqual({
      read: true,
      readSummary: true,
      write: false,
    });
  });

  it('grants nothing for values that are not exactly true', () => {
    const covenant = [untyped({ ...entry(), read: 'true', write: 1 })];
    expect(grantsFor(covenant, { agencyId: 'a1', agencyType: 'POLICE' }).POLICE).toEqual({
      read: false,
      readSummary: false,
      write: false,
    });
  });
});

describe('validateCovenant', () => {
  const codes = (covenant: CovenantEntry[]) =>
    validateCovenant(covenant).map(({ code, index }) => [code, index]);

  it('reports a second entry for the same party and category', () => {
    expect(codes([entry(), entry({ write: false })])).toEqual([['DUPLICATE_ENTRY', 1]]);
    expect(
      codes([
        entry({ subject: { agencyId: 'a1' } }),
        entry({ subject: { agencyId: 'a1' }, read: false, write: false }),
      ]),
    ).toEqual([['DUPLICATE_ENTRY', 1]]);
  });

  it('does not confuse an agency entry with a type entry', () => {
    expect(codes([entry(), entry({ subject: { agencyId: 'POLICE' } })])).toEqual([]);
  });

  it('reports unknown categories and agency types', () => {
    expect(codes([untyped({ ...entry(), category: 'MEDICAL' })])).toEqual([
      ['UNKNOWN_CATEGORY', 0],
    ]);
    expect(codes([untyped({ ...entry(), subject: { agencyType: 'FIRE_BRIGADE' } })])).toEqual([
      ['UNKNOWN_AGENCY_TYPE', 0],
    ]);
  });

  it('reports subjects that name both, neither, or an empty agency', () => {
    expect(
      codes([
        untyped({ ...entry(), subject: { agencyType: 'POLICE', agencyId: 'a1' } }),
        untyped({ ...entry(), subject: {} }),
        entry({ subject: { agencyId: ' ' } }),
      ]),
    ).toEqual([
      ['INVALID_SUBJECT', 0],
      ['INVALID_SUBJECT', 1],
      ['INVALID_SUBJECT', 2],
    ]);
  });

  it('reports write access without read access', () => {
    expect(codes([entry({ read: false, write: true })])).toEqual([['WRITE_WITHOUT_READ', 0]]);
  });

  it('explains each problem', () => {
    const [problem] = validateCovenant([entry(), entry()]);
    expect(problem?.message).toBe('type:POLICE / POLICE is already set by entry 0');
  });
});
