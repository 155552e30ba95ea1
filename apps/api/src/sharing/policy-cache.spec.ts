// The policy of a cached session is built once and its SQL compiled once (ADR 0040): what is
// reused must be exactly what a fresh build gives, for any parameter offset, and a new session
// row (what the SessionCache loads after an invalidation) must get a new ability.
import { buildAbility, DEFAULT_COVENANT, type PolicyContext } from '@schakel/sharing-policy';
import type { DataSource } from 'typeorm';
import type { PolicyContextRow, PolicyParty } from './policy-context.queries';
import { policyFilter, SqlParams, type PolicyTarget } from './policy-sql';
import { PolicyService } from './policy.service';

const REGION = '00000000-0000-4000-8000-000000000001';
const AGENCY = '00000000-0000-4000-8000-000000000002';

function policeContext(): PolicyContext {
  return {
    user: { id: 'u1', roles: ['MEMBER'], agencyId: AGENCY, agencyType: 'POLICE', regionId: REGION },
    covenant: DEFAULT_COVENANT,
    consents: [],
    conflictDecisions: [],
    breakGlass: [],
  };
}

const TARGETS: PolicyTarget[] = [
  { subject: 'Case', alias: 'c' },
  { subject: 'Case', alias: 'c', participation: { agency: '$1', caseId: 'mine.case_id' } },
  { subject: 'InformationItem', alias: 'i' },
  { subject: 'CaseCategory', caseAlias: 'c', category: 'PLAN' },
];

describe('compiled policy filters (policy-sql.ts)', () => {
  it('compile an ability once per action and target, and render the same SQL as a fresh ability', () => {
    const ability = buildAbility(policeContext());
    const compiles = jest.spyOn(ability, 'rulesFor');
    const first = new SqlParams(['x']);
    const sql = policyFilter(ability, 'read', TARGETS[2]!, first);
    const compiledOnce = compiles.mock.calls.length;
    expect(compiledOnce).toBeGreaterThan(0);

    const again = new SqlParams(['x']);
    expect(policyFilter(ability, 'read', TARGETS[2]!, again)).toBe(sql);
    expect(again.values).toEqual(first.values);
    // Served from the compiled form: the ability's rules were not walked again.
    expect(compiles.mock.calls.length).toBe(compiledOnce);

    const fresh = new SqlParams(['x']);
    expect(policyFilter(buildAbility(policeContext()), 'read', TARGETS[2]!, fresh)).toBe(sql);
    expect(fresh.values).toEqual(first.values);
  });

  it('number the parameters after those already added, whatever the offset, and share no arrays', () => {
    const ability = buildAbility(policeContext());
    // (The joined participation's `$1` is the statement's own parameter: not shifted.)
    for (const target of TARGETS.filter((t) => !('participation' in t))) {
      const atOne = new SqlParams();
      const sqlAtOne = policyFilter(ability, 'read', target, atOne);
      const atFour = new SqlParams(['a', 'b', 'c']);
      const sqlAtFour = policyFilter(ability, 'read', target, atFour);
      // The same values after the three already there; every $n shifted by three.
      expect(atFour.values).toEqual(['a', 'b', 'c', ...atOne.values]);
      expect(sqlAtFour).toBe(sqlAtOne.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + 3}`));
      // Adding to one statement's parameters leaves the compiled filter as it was.
      atOne.values.push('changed');
      const later = new SqlParams();
      expect(policyFilter(ability, 'read', target, later)).toBe(sqlAtOne);
      expect(later.values).not.toContain('changed');
    }
  });

  it('keep actions apart: a write filter is not the read filter of the same target', () => {
    const ability = buildAbility(policeContext());
    const read = policyFilter(ability, 'read', TARGETS[2]!, new SqlParams());
    const write = policyFilter(ability, 'update', TARGETS[2]!, new SqlParams());
    expect(write).not.toBe(read);
    expect(policyFilter(ability, 'read', TARGETS[2]!, new SqlParams())).toBe(read);
  });
});

describe('PolicyService.buildOnce', () => {
  const service = new PolicyService({} as DataSource);
  const party: PolicyParty = {
    regionId: REGION,
    agencyId: AGENCY,
    agencyType: 'POLICE',
    roles: ['MEMBER'],
    userId: 'u1',
  };
  const row = (): PolicyContextRow => ({
    covenantVersion: 3,
    covenant: DEFAULT_COVENANT.map((entry) => ({
      agencyId: 'agencyId' in entry.subject ? entry.subject.agencyId : null,
      agencyType: 'agencyType' in entry.subject ? entry.subject.agencyType : null,
      category: entry.category,
      read: entry.read,
      write: entry.write,
      readSummary: entry.readSummary ?? false,
    })),
    consents: [],
    conflictDecisions: [],
    breakGlass: [],
  });

  it('gives the same policy for the same session row, a new one for a new row', () => {
    const cached = row();
    const first = service.buildOnce(party, cached);
    expect(service.buildOnce(party, cached)).toBe(first);
    const reloaded = service.buildOnce(party, row());
    expect(reloaded).not.toBe(first);
    expect(reloaded.ability).not.toBe(first.ability);
    expect(reloaded.covenantVersion).toBe(3);
  });

  it('builds what build() builds', () => {
    const cached = row();
    const once = service.buildOnce(party, cached);
    const plain = service.build(party, cached, false);
    expect(once.ability.rules).toEqual(plain.ability.rules);
    expect({ ...once, ability: null }).toEqual({ ...plain, ability: null });
  });
});
