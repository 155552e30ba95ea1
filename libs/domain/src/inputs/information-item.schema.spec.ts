import { informationItemSchema } from './information-item.schema';
import { parseWith } from './input-problem';

const problems = (input: unknown) => {
  const result = parseWith(informationItemSchema(), input);
  return result.ok ? [] : result.problems.map(({ path, code }) => `${path}:${code}`);
};
const item = {
  caseId: '00000000-0000-4000-8000-000000000001',
  category: 'SOCIAL',
  text: 'Schulden in beeld',
  legalBasis: 'Wmo 2015',
};

describe('information item input', () => {
  it('takes a legal basis of 3 to 500 characters', () => {
    expect(problems({ ...item, legalBasis: 'abc' })).toEqual([]);
    expect(problems({ ...item, legalBasis: 'ab' })).toEqual(['legalBasis:TOO_SHORT']);
    expect(problems({ ...item, legalBasis: 'x'.repeat(500) })).toEqual([]);
    expect(problems({ ...item, legalBasis: 'x'.repeat(501) })).toEqual(['legalBasis:TOO_LONG']);
  });

  it('takes a text up to 10,000 characters and a summary up to 2,000', () => {
    expect(
      problems({ ...item, text: 'x'.repeat(10_000), shareableSummary: 'y'.repeat(2000) }),
    ).toEqual([]);
    expect(
      problems({ ...item, text: 'x'.repeat(10_001), shareableSummary: 'y'.repeat(2001) }),
    ).toEqual(['text:TOO_LONG', 'shareableSummary:TOO_LONG']);
  });

  it('needs a known category, a text and a legal basis; a blank summary is none', () => {
    expect(
      problems({ ...item, category: '', text: '  ', legalBasis: '', shareableSummary: ' ' }),
    ).toEqual(['category:REQUIRED', 'legalBasis:REQUIRED', 'text:REQUIRED']);
    expect(problems({ ...item, category: 'GOSSIP' })).toEqual(['category:INVALID']);
  });
});
