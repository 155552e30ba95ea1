import { type z } from 'zod';
import {
  birthDate,
  idList,
  oneOf,
  optionalBsn,
  optionalPostcode,
  optionalText,
  parseWith,
  text,
} from './input-problem';

const problem = (schema: z.ZodType, value: unknown) => {
  const result = parseWith(schema, value);
  return result.ok ? null : result.problems[0]!.code;
};

describe('input building blocks', () => {
  it('counts text in characters, trimmed, with both limits just inside and just outside', () => {
    const schema = text(10, 20);
    expect(problem(schema, 'a'.repeat(10))).toBeNull();
    expect(problem(schema, ` ${'a'.repeat(9)} `)).toBe('TOO_SHORT');
    expect(problem(schema, 'a'.repeat(20))).toBeNull();
    expect(problem(schema, 'a'.repeat(21))).toBe('TOO_LONG');
    expect(problem(schema, '😀'.repeat(20))).toBeNull();
    expect(problem(schema, '   ')).toBe('REQUIRED');
    expect(problem(schema, null)).toBe('REQUIRED');
    expect(problem(schema, 'abcdefghij\u0000')).toBe('NUL');
    expect(parseWith(schema, '  abcdefghij  ')).toEqual({ ok: true, value: 'abcdefghij' });
  });

  it('gives null for empty optional text and checks the rest', () => {
    expect(parseWith(optionalText(1, 3), '  ')).toEqual({ ok: true, value: null });
    expect(problem(optionalText(1, 3), 'abcd')).toBe('TOO_LONG');
  });

  it('reports the limit with the problem', () => {
    expect(parseWith(text(10, 20), 'kort')).toEqual({
      ok: false,
      problems: [{ path: '', code: 'TOO_SHORT', min: 10, max: 20 }],
    });
  });

  it('checks a birth date: real, not after today, not before 1900', () => {
    const schema = birthDate('2026-03-01');
    expect(problem(schema, '2026-03-01')).toBeNull();
    expect(problem(schema, '2026-03-02')).toBe('FUTURE');
    expect(problem(schema, '1900-01-01')).toBeNull();
    expect(problem(schema, '1899-12-31')).toBe('TOO_OLD');
    expect(problem(schema, '1990-02-30')).toBe('DATE');
    expect(problem(schema, '')).toBe('REQUIRED');
  });

  it('checks a BSN with the 11-proof and writes it with nine digits', () => {
    expect(parseWith(optionalBsn(), '11122.2333')).toEqual({ ok: true, value: '111222333' });
    expect(problem(optionalBsn(), '123456789')).toBe('BSN');
    expect(parseWith(optionalBsn(), '')).toEqual({ ok: true, value: null });
  });

  it('checks and normalises a Dutch postcode', () => {
    expect(parseWith(optionalPostcode(), '1234 ab')).toEqual({ ok: true, value: '1234AB' });
    expect(problem(optionalPostcode(), '0123 AB')).toBe('POSTCODE');
  });

  it('takes at most the given number of ids and names a bad one by its index', () => {
    const ids = (n: number) =>
      Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expect(problem(idList(3), ids(3))).toBeNull();
    expect(problem(idList(3), ids(4))).toBe('TOO_MANY');
    const result = parseWith(idList(3), [...ids(1), 'nope']);
    expect(result).toEqual({ ok: false, problems: [{ path: '1', code: 'INVALID' }] });
  });

  it('knows only the listed values', () => {
    expect(problem(oneOf(['A', 'B'] as const), 'B')).toBeNull();
    expect(problem(oneOf(['A', 'B'] as const), 'C')).toBe('INVALID');
    expect(problem(oneOf(['A', 'B'] as const), '')).toBe('REQUIRED');
  });
});
