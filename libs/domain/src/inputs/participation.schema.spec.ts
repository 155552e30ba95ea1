import { parseWith } from './input-problem';
import { participationSchema } from './participation.schema';

const problems = (input: unknown) => {
  const result = parseWith(participationSchema(), input);
  return result.ok ? [] : result.problems.map(({ path, code }) => `${path}:${code}`);
};
const invitation = { reason: 'Behandelrelatie met de cliënt.', legalBasis: 'Convenant' };

describe('participation input', () => {
  it('takes a reason of 10 to 2,000 characters, counted after trimming', () => {
    expect(problems({ ...invitation, reason: 'x'.repeat(10) })).toEqual([]);
    expect(problems({ ...invitation, reason: `  ${'x'.repeat(9)}  ` })).toEqual([
      'reason:TOO_SHORT',
    ]);
    expect(problems({ ...invitation, reason: 'x'.repeat(2000) })).toEqual([]);
    expect(problems({ ...invitation, reason: 'x'.repeat(2001) })).toEqual(['reason:TOO_LONG']);
  });

  it('takes a legal basis of 3 to 500 characters', () => {
    expect(problems({ ...invitation, legalBasis: 'abc' })).toEqual([]);
    expect(problems({ ...invitation, legalBasis: 'ab' })).toEqual(['legalBasis:TOO_SHORT']);
    expect(problems({ ...invitation, legalBasis: 'x'.repeat(500) })).toEqual([]);
    expect(problems({ ...invitation, legalBasis: 'x'.repeat(501) })).toEqual([
      'legalBasis:TOO_LONG',
    ]);
  });

  it('needs both texts, the reason first, and gives them trimmed', () => {
    expect(problems({ reason: ' ', legalBasis: '' })).toEqual([
      'reason:REQUIRED',
      'legalBasis:REQUIRED',
    ]);
    expect(problems({ ...invitation, reason: 'Reden met\u0000NUL erin' })).toEqual(['reason:NUL']);
    expect(
      parseWith(participationSchema(), { reason: ' 0123456789 ', legalBasis: ' Wet ' }),
    ).toEqual({ ok: true, value: { reason: '0123456789', legalBasis: 'Wet' } });
  });
});
