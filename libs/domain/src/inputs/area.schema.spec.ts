import {
  areaImportLineSchema,
  areaSchema,
  formatPostcodeRange,
  parsePostcodePart,
  rangesOverlap,
} from './area.schema';
import { parseWith } from './input-problem';

const problems = (result: ReturnType<typeof parseWith>) =>
  result.ok ? [] : result.problems.map((p) => `${p.path}:${p.code}`);

describe('wijk postcode ranges', () => {
  it('reads a PC4, a PC6 with or without space, and nothing else', () => {
    expect(parsePostcodePart(' 1234 ')).toEqual({ pc4: 1234, pc6: null });
    expect(parsePostcodePart('1234 ab')).toEqual({ pc4: 1234, pc6: '1234AB' });
    expect(parsePostcodePart('0123')).toBeNull();
    expect(parsePostcodePart('12345')).toBeNull();
    expect(parsePostcodePart('1234 A')).toBeNull();
  });

  it('takes a wijk with PC4 ranges and single postcodes, and refuses reversed or mixed ranges', () => {
    const ok = parseWith(areaSchema(), {
      name: ' Noord ',
      ranges: [{ from: '1230', to: '1233' }, { from: '1270 ab' }, { from: '1240', to: '' }],
    });
    expect(ok).toEqual({
      ok: true,
      value: {
        name: 'Noord',
        ranges: [
          { pc4From: 1230, pc4To: 1233, pc6: null },
          { pc4From: 1270, pc4To: 1270, pc6: '1270AB' },
          { pc4From: 1240, pc4To: 1240, pc6: null },
        ],
      },
    });
    expect(
      problems(
        parseWith(areaSchema(), {
          name: '',
          ranges: [{ from: '1239', to: '1230' }, { from: '1270AB', to: '1271' }, { from: 'x' }],
        }),
      ),
    ).toEqual([
      'name:REQUIRED',
      'ranges.0.to:RANGE',
      'ranges.1.to:RANGE',
      'ranges.2.from:POSTCODE',
    ]);
  });

  it('words a CSV line problem at its column', () => {
    const line = areaImportLineSchema();
    expect(parseWith(line, { wijk: 'Oost', van: '1234', tot: '1236' })).toEqual({
      ok: true,
      value: { name: 'Oost', range: { pc4From: 1234, pc4To: 1236, pc6: null } },
    });
    expect(problems(parseWith(line, { wijk: 'Oost', van: '12AB', tot: '' }))).toEqual([
      'van:POSTCODE',
    ]);
    expect(problems(parseWith(line, { wijk: 'Oost', van: '1236', tot: '1234' }))).toEqual([
      'tot:RANGE',
    ]);
  });

  it('finds overlaps between PC4 ranges and between equal PC6s; a PC6 inside a PC4 range is an exception', () => {
    const pc4 = (a: number, b: number) => ({ pc4From: a, pc4To: b, pc6: null });
    const pc6 = (code: string) => ({
      pc4From: Number(code.slice(0, 4)),
      pc4To: Number(code.slice(0, 4)),
      pc6: code,
    });
    expect(rangesOverlap(pc4(1230, 1233), pc4(1233, 1240))).toBe(true);
    expect(rangesOverlap(pc4(1230, 1233), pc4(1234, 1240))).toBe(false);
    expect(rangesOverlap(pc6('1234AB'), pc6('1234AB'))).toBe(true);
    expect(rangesOverlap(pc6('1234AB'), pc4(1230, 1240))).toBe(false);
    expect([pc4(1230, 1233), pc4(1234, 1234), pc6('1234AB')].map(formatPostcodeRange)).toEqual([
      '1230–1233',
      '1234',
      '1234AB',
    ]);
  });
});
