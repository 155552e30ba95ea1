import { parseWith } from './input-problem';
import { scoreLifeDomainsSchema } from './life-domain-scores.schema';

const problems = (input: unknown) => {
  const result = parseWith(scoreLifeDomainsSchema(), input);
  return result.ok ? [] : result.problems.map(({ path, code }) => `${path}:${code}`);
};
const CASE = '00000000-0000-4000-8000-000000000001';
const VERSION = '00000000-0000-4000-8000-000000000002';
const intake = { caseId: CASE, moment: 'INTAKE', scores: [{ domain: 'HOUSING', score: 2 }] };

describe('scoring life domains', () => {
  it('takes whole scores from 1 to 5 only', () => {
    expect(problems(intake)).toEqual([]);
    for (const score of [1, 5]) {
      expect(problems({ ...intake, scores: [{ domain: 'HOUSING', score }] })).toEqual([]);
    }
    for (const score of [0, 6, 2.5]) {
      expect(problems({ ...intake, scores: [{ domain: 'HOUSING', score }] })).toEqual([
        'scores.0.score:INVALID',
      ]);
    }
    expect(problems({ ...intake, scores: [{ domain: 'HOUSING', score: null }] })).toEqual([
      'scores.0.score:REQUIRED',
    ]);
  });

  it('needs known domains, each once, and at least one', () => {
    expect(problems({ ...intake, scores: [{ domain: 'LUCK', score: 3 }] })).toEqual([
      'scores.0.domain:INVALID',
    ]);
    expect(
      problems({
        ...intake,
        scores: [
          { domain: 'HOUSING', score: 3 },
          { domain: 'HOUSING', score: 4 },
        ],
      }),
    ).toEqual(['scores.1.domain:INVALID']);
    expect(problems({ ...intake, scores: [] })).toEqual(['scores:REQUIRED']);
  });

  it('names a plan version for a PLAN moment and only then', () => {
    expect(problems({ ...intake, moment: 'PLAN', planVersionId: VERSION })).toEqual([]);
    expect(problems({ ...intake, moment: 'PLAN' })).toEqual(['planVersionId:REQUIRED']);
    expect(problems({ ...intake, planVersionId: VERSION })).toEqual(['planVersionId:INVALID']);
    expect(problems({ ...intake, moment: 'SOMEDAY' })).toEqual(['moment:INVALID']);
  });
});
