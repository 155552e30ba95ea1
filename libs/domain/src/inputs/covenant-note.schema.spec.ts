import { covenantNoteSchema } from './covenant-note.schema';
import { parseWith } from './input-problem';

const problems = (note: unknown) => {
  const result = parseWith(covenantNoteSchema(), { note });
  return result.ok ? [] : result.problems.map(({ path, code }) => `${path}:${code}`);
};

describe('covenant note input', () => {
  it('takes a note of 3 to 1,000 characters, counted after trimming', () => {
    expect(problems('abc')).toEqual([]);
    expect(problems(' ab ')).toEqual(['note:TOO_SHORT']);
    expect(problems('x'.repeat(1000))).toEqual([]);
    expect(problems('x'.repeat(1001))).toEqual(['note:TOO_LONG']);
  });

  it('needs a note, without NUL, and gives it trimmed', () => {
    expect(problems('   ')).toEqual(['note:REQUIRED']);
    expect(problems('Toe\u0000lichting')).toEqual(['note:NUL']);
    expect(parseWith(covenantNoteSchema(), { note: ' Regionale afspraak ' })).toEqual({
      ok: true,
      value: { note: 'Regionale afspraak' },
    });
  });
});
