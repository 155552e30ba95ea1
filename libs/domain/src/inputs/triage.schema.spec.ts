import { parseWith } from './input-problem';
import { triageDecisionSchema } from './triage.schema';

const ALL = {
  multiDomain: true,
  chainsCooperate: true,
  impactOnSurroundings: true,
  seriousLocalSafety: false,
};
const decision = {
  caseId: '00000000-0000-4000-8000-000000000001',
  decision: 'ACCEPTED',
  reason: 'Voldoet aan alle criteria.',
  criteria: ALL,
};
const problems = (input: unknown) => {
  const result = parseWith(triageDecisionSchema(), input);
  return result.ok ? [] : result.problems.map(({ path, code }) => `${path}:${code}`);
};

describe('triage decision input', () => {
  it('keeps the reason between 10 and 2000 characters', () => {
    expect(problems({ ...decision, reason: 'a'.repeat(10) })).toEqual([]);
    expect(problems({ ...decision, reason: 'a'.repeat(9) })).toEqual(['reason:TOO_SHORT']);
    expect(problems({ ...decision, reason: 'a'.repeat(2000) })).toEqual([]);
    expect(problems({ ...decision, reason: 'a'.repeat(2001) })).toEqual(['reason:TOO_LONG']);
  });

  it('accepts only with the national criteria, or a serious local safety problem', () => {
    const noImpact = { ...ALL, impactOnSurroundings: false };
    expect(problems({ ...decision, criteria: noImpact })).toEqual(['criteria:INVALID']);
    expect(problems({ ...decision, criteria: { ...noImpact, seriousLocalSafety: true } })).toEqual(
      [],
    );
    expect(problems({ ...decision, decision: 'REJECTED', criteria: noImpact })).toEqual([]);
  });

  it('needs a decision, and reports it together with the reason', () => {
    expect(problems({ ...decision, decision: '', reason: '' })).toEqual([
      'decision:REQUIRED',
      'reason:REQUIRED',
    ]);
  });

  it('chooses partners only when accepting', () => {
    const partner = ['00000000-0000-4000-8000-000000000002'];
    expect(problems({ ...decision, partnerAgencyIds: partner })).toEqual([]);
    expect(problems({ ...decision, decision: 'REJECTED', partnerAgencyIds: partner })).toEqual([
      'partnerAgencyIds:INVALID',
    ]);
  });

  it('names the known person exactly when deciding it is the same person', () => {
    const known = '00000000-0000-4000-8000-000000000003';
    expect(problems({ ...decision, personMatch: 'SAME_PERSON', matchedPersonId: known })).toEqual(
      [],
    );
    expect(problems({ ...decision, personMatch: 'SAME_PERSON' })).toEqual([
      'matchedPersonId:REQUIRED',
    ]);
    expect(problems({ ...decision, matchedPersonId: known })).toEqual(['matchedPersonId:REQUIRED']);
  });
});
