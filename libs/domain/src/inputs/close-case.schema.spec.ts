import { closeCaseSchema } from './close-case.schema';
import { parseWith } from './input-problem';

const problems = (input: unknown) => {
  const result = parseWith(closeCaseSchema(), input);
  return result.ok ? [] : result.problems.map(({ path, code }) => `${path}:${code}`);
};
const close = { caseId: '00000000-0000-4000-8000-000000000001', outcome: 'OTHER' };

describe('close case input', () => {
  it('takes a reason of 10 to 2000 characters', () => {
    expect(problems({ ...close, reason: 'x'.repeat(10) })).toEqual([]);
    expect(problems({ ...close, reason: 'x'.repeat(9) })).toEqual(['reason:TOO_SHORT']);
    expect(problems({ ...close, reason: 'x'.repeat(2000) })).toEqual([]);
    expect(problems({ ...close, reason: 'x'.repeat(2001) })).toEqual(['reason:TOO_LONG']);
  });

  it('needs a known outcome and a valid case id', () => {
    expect(problems({ ...close, outcome: '', reason: '' })).toEqual([
      'outcome:REQUIRED',
      'reason:REQUIRED',
    ]);
    expect(problems({ ...close, outcome: 'WON', reason: 'Doelen zijn bereikt.' })).toEqual([
      'outcome:INVALID',
    ]);
    expect(problems({ ...close, caseId: 'nope', reason: 'Doelen zijn bereikt.' })).toEqual([
      'caseId:INVALID',
    ]);
  });
});
