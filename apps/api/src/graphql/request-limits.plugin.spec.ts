import { parse } from 'graphql';
import { nulTextError } from './request-limits.plugin';

describe('nulTextError', () => {
  const doc = parse('mutation($input: In!) { add(input: $input, note: "fine") { id } }');

  it('names the variable path that holds a NUL', () => {
    const error = nulTextError(doc, { input: { lines: ['ok', 'a\u0000b'] } });
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lines.1' });
    expect(nulTextError(doc, { input: { lines: ['ok'] } })).toBeNull();
  });

  it('finds a NUL in a string literal of the document, with its argument', () => {
    const literal = parse('mutation { add(input: { text: "x\\u0000y" }) { id } }');
    expect(nulTextError(literal, {})?.extensions).toMatchObject({ field: 'input.text' });
  });

  it('walks deeply nested variables without overflowing the stack', () => {
    let deep: unknown = 'a\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(nulTextError(doc, { input: deep })?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
