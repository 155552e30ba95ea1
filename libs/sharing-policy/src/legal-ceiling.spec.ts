import fc from 'fast-check';
import { AGENCY_TYPES, INFORMATION_CATEGORIES, type AgencyType } from '@schakel/domain';
import { accessBasis, buildAbility } from './build-ability';
import { DEFAULT_COVENANT, grantsFor, type CovenantEntry } from './covenant';
import {
  LEGAL_CEILING,
  ceilingFor,
  ceilingViolations,
  clampToCeiling,
  regimeOf,
} from './legal-ceiling';
import { context, item, MY_AGENCY } from './testing/fixtures';

const withEntry = (extra: CovenantEntry): CovenantEntry[] => [
  ...DEFAULT_COVENANT.filter(
    (entry) =>
      !(
        entry.category === extra.category &&
        'agencyType' in entry.subject &&
        'agencyType' in extra.subject &&
        entry.subject.agencyType === extra.subject.agencyType
      ),
  ),
  extra,
];

describe('the legal ceiling', () => {
  it('has one row per category, each with its regime; CARE is medical secrecy (WGBO)', () => {
    expect(LEGAL_CEILING.map((row) => row.category)).toEqual([...INFORMATION_CATEGORIES]);
    expect(regimeOf('CARE')).toBe('WGBO');
    expect(regimeOf('POLICE')).toBe('WPG');
    expect(regimeOf('JUSTICE')).toBe('WJSG');
    const care = LEGAL_CEILING.find((row) => row.category === 'CARE')!;
    expect([care.read, care.readSummary, care.write]).toEqual([['CARE'], ['CARE'], ['CARE']]);
    const police = LEGAL_CEILING.find((row) => row.category === 'POLICE')!;
    expect(police.read).toEqual(['POLICE', 'PUBLIC_PROSECUTOR', 'ZVH']);
    // Every type but a volunteer organisation, which gets nothing through the covenant.
    expect(police.readSummary).toEqual(AGENCY_TYPES.filter((type) => type !== 'VOLUNTEER'));
  });

  it('holds the default covenant (a region may only tighten from there)', () => {
    expect(ceilingViolations(DEFAULT_COVENANT)).toEqual([]);
  });

  it('equals the default covenant for every agency type (a volunteer: nothing in both)', () => {
    for (const agencyType of AGENCY_TYPES) {
      const grants = grantsFor(DEFAULT_COVENANT, { agencyId: 'x', agencyType });
      for (const category of INFORMATION_CATEGORIES) {
        expect([agencyType, category, ceilingFor(agencyType, category)]).toEqual([
          agencyType,
          category,
          grants[category],
        ]);
      }
    }
  });

  it('refuses a covenant entry above it, naming party, category and regime', () => {
    const covenant = withEntry({
      subject: { agencyType: 'MUNICIPALITY' },
      category: 'CARE',
      read: true,
      write: false,
    });
    const [violation, ...rest] = ceilingViolations(covenant);
    expect(rest).toEqual([]);
    expect(violation).toMatchObject({
      index: covenant.length - 1,
      agencyType: 'MUNICIPALITY',
      category: 'CARE',
      regime: 'WGBO',
      permission: 'read',
    });
    expect(violation!.message).toBe(
      'Above the legal ceiling: MUNICIPALITY may not read CARE (medical secrecy, WGBO).',
    );
  });

  it('refuses full POLICE read for housing but allows the shareable summary', () => {
    const summary = { subject: { agencyType: 'HOUSING' as const }, category: 'POLICE' as const };
    expect(
      ceilingViolations(withEntry({ ...summary, read: false, write: false, readSummary: true })),
    ).toEqual([]);
    expect(
      ceilingViolations(withEntry({ ...summary, read: true, write: false })).map(
        (v) => v.permission,
      ),
    ).toEqual(['read']);
    expect(
      ceilingViolations(
        withEntry({
          subject: { agencyType: 'ZVH' },
          category: 'BSN',
          read: true,
          write: true,
        }),
      ).map((v) => [v.agencyType, v.category, v.permission]),
    ).toEqual([['ZVH', 'BSN', 'write']]);
  });

  it('holds an entry for one named agency to the ceiling of its type', () => {
    const entry: CovenantEntry = {
      subject: { agencyId: 'a-police' },
      category: 'CARE',
      read: true,
      write: false,
    };
    const types: Record<string, AgencyType> = { 'a-police': 'POLICE', 'a-care': 'CARE' };
    expect(ceilingViolations([entry], (id) => types[id]).map((v) => v.agencyType)).toEqual([
      'POLICE',
    ]);
    expect(
      ceilingViolations([{ ...entry, subject: { agencyId: 'a-care' } }], (id) => types[id]),
    ).toEqual([]);
  });

  it('clamps a stored grant above it, whatever the stored values say', () => {
    expect(
      clampToCeiling({ read: true, readSummary: true, write: true }, 'MUNICIPALITY', 'POLICE'),
    ).toEqual({ read: false, readSummary: true, write: false });
    expect(ceilingFor('FIRE_BRIGADE', 'CARE')).toEqual({
      read: false,
      readSummary: false,
      write: false,
    });
  });
});

describe('a stored covenant above the ceiling (e.g. written by SQL) grants nothing above it', () => {
  it('MUNICIPALITY and POLICE read no CARE, by type or by a named-agency entry', () => {
    for (const agencyType of ['MUNICIPALITY', 'POLICE'] as const) {
      const byType = withEntry({
        subject: { agencyType },
        category: 'CARE',
        read: true,
        write: true,
        readSummary: true,
      });
      const byAgency: CovenantEntry[] = [
        ...DEFAULT_COVENANT,
        { subject: { agencyId: MY_AGENCY }, category: 'CARE', read: true, write: true },
      ];
      for (const covenant of [byType, byAgency]) {
        const ability = buildAbility(context({ agencyType, roles: ['MEMBER'] }, { covenant }));
        expect(ability.can('read', item('CARE'))).toBe(false);
        expect(ability.can('read_summary', item('CARE'))).toBe(false);
        expect(ability.can('create', item('CARE'))).toBe(false);
      }
    }
  });

  it('housing given full POLICE read still gets only the shareable summary', () => {
    const covenant = withEntry({
      subject: { agencyType: 'HOUSING' },
      category: 'POLICE',
      read: true,
      write: true,
    });
    const ability = buildAbility(
      context({ agencyType: 'HOUSING', roles: ['MEMBER'] }, { covenant }),
    );
    expect(ability.can('read', item('POLICE'))).toBe(false);
    expect(ability.can('create', item('POLICE'))).toBe(false);
    expect(ability.can('read_summary', item('POLICE', { hasShareableSummary: true }))).toBe(true);
  });

  it('is no limit on consent or a conflict-of-duties decision (the legal route to CARE)', () => {
    const ability = buildAbility(
      context(
        { agencyType: 'MUNICIPALITY', roles: ['MEMBER'] },
        {
          consents: [
            { personId: 'person-1', category: 'CARE', recipientAgencyId: MY_AGENCY, caseId: null },
          ],
          conflictDecisions: [{ caseId: 'case-2', category: 'CARE', recipientAgencyId: MY_AGENCY }],
        },
      ),
    );
    expect(accessBasis(ability, 'read', item('CARE'))).toBe('consent');
    expect(
      accessBasis(ability, 'read', item('CARE', { caseId: 'case-2', personId: 'person-9' })),
    ).toBe('conflict_of_duties');
  });
});

describe('property: no stored covenant grants above the ceiling', () => {
  const entry: fc.Arbitrary<CovenantEntry> = fc.record(
    {
      subject: fc.oneof(
        fc.record({ agencyType: fc.constantFrom(...AGENCY_TYPES) }),
        fc.record({ agencyId: fc.constantFrom(MY_AGENCY, 'agency-other') }),
      ),
      category: fc.constantFrom(...INFORMATION_CATEGORIES),
      read: fc.boolean(),
      write: fc.boolean(),
      readSummary: fc.boolean(),
    },
    { requiredKeys: ['subject', 'category', 'read', 'write'] },
  );

  it('for 2,000 generated covenants and every agency type, category and action', () => {
    let covenantGrants = 0;
    let aboveCeilingAsked = 0;
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 30 }),
        fc.constantFrom(...AGENCY_TYPES),
        (covenant, agencyType) => {
          const ability = buildAbility(context({ agencyType, roles: ['MEMBER'] }, { covenant }));
          const grants = grantsFor(covenant, { agencyId: MY_AGENCY, agencyType });
          for (const category of INFORMATION_CATEGORIES) {
            const cell = ceilingFor(agencyType, category);
            const asked = grants[category];
            if ((asked.read && !cell.read) || (asked.write && !cell.write)) aboveCeilingAsked++;
            const subject = item(category, {
              hasShareableSummary: true,
              sourceAgencyId: MY_AGENCY,
            });
            const checks = [
              ['read', cell.read],
              ['read_summary', cell.readSummary],
              ['create', cell.write],
              ['update', cell.write],
            ] as const;
            for (const [action, permitted] of checks) {
              if (!ability.can(action, subject)) continue;
              covenantGrants++;
              if (!permitted) throw new Error(`${agencyType} may ${action} ${category}`);
            }
          }
        },
      ),
      { numRuns: 2_000 },
    );
    // Not vacuous: grants happen, and many generated covenants ask for more than the law allows.
    expect(covenantGrants).toBeGreaterThan(1_000);
    expect(aboveCeilingAsked).toBeGreaterThan(500);
  });
});
