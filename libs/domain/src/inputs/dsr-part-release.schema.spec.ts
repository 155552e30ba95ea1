import { dsrPartReleaseSchema } from './dsr-part-release.schema';
import { parseWith } from './input-problem';

const parse = (input: unknown) => {
  const result = parseWith(dsrPartReleaseSchema(), input);
  return result.ok ? result.value : result.problems.map(({ path, code }) => `${path}:${code}`);
};

describe('data subject request part release input', () => {
  it('takes a note of up to 2,000 characters, trimmed', () => {
    expect(parse({ note: ` ${'x'.repeat(2000)} ` })).toEqual({ note: 'x'.repeat(2000) });
    expect(parse({ note: 'x'.repeat(2001) })).toEqual(['note:TOO_LONG']);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(parse({ note: '😀'.repeat(2000) })).toEqual({ note: '😀'.repeat(2000) });
  });

  it('treats a blank or missing note as none', () => {
    expect(parse({ note: '   ' })).toEqual({ note: null });
    expect(parse({ note: null })).toEqual({ note: null });
    expect(parse({})).toEqual({ note: null });
  });

  it('refuses a NUL character', () => {
    expect(parse({ note: 'a\u0000b' })).toEqual(['note:NUL']);
  });
});
