import { dateSpan, datesAgree, parseDutchDate, precisionOf } from './dates';

const value = (text: string, partial = false) => {
  const parsed = parseDutchDate(text, { partial });
  return parsed.ok ? parsed.value : parsed.code;
};

describe('parseDutchDate', () => {
  it.each([
    ['2-11-1987', '1987-11-02'],
    ['02-11-1987', '1987-11-02'],
    ['2/11/1987', '1987-11-02'],
    ['2.11.1987', '1987-11-02'],
    ['02111987', '1987-11-02'],
    ['2 nov 1987', '1987-11-02'],
    ['2 nov. 1987', '1987-11-02'],
    ['2 November 1987', '1987-11-02'],
    ['12 mrt 1994', '1994-03-12'],
    ['12 maart 1994', '1994-03-12'],
    ['1 okt 2026', '2026-10-01'],
    ['  1987-11-02 ', '1987-11-02'],
    ['29-2-2024', '2024-02-29'],
  ])('reads a full date as Dutch professionals type it: %s', (text, iso) => {
    expect(value(text)).toBe(iso);
  });

  it.each([
    ['30-2-2024', 'DATE'],
    ['2-13-1987', 'DATE'],
    ['2-11-87', 'DATE'],
    ['2 foo 1987', 'DATE'],
    ['gisteren', 'DATE'],
    ['', 'REQUIRED'],
    ['nov 1987', 'PARTIAL'],
    ['1987', 'PARTIAL'],
  ])('refuses %s where a whole date is needed (%s)', (text, code) => {
    expect(value(text)).toBe(code);
  });

  it.each([
    ['1987', '1987'],
    ['november 1987', '1987-11'],
    ['nov. 1987', '1987-11'],
    ['11-1987', '1987-11'],
    ['1987-11', '1987-11'],
    ['00-11-1987', '1987-11'],
    ['00-00-1987', '1987'],
    ['2-11-1987', '1987-11-02'],
  ])('reads a partly unknown date of birth as the BRP records it: %s', (text, iso) => {
    expect(value(text, true)).toBe(iso);
  });

  it('never takes an unknown month with a known day', () => {
    expect(value('02-00-1987', true)).toBe('DATE');
  });
});

describe('partial dates', () => {
  it('knows the precision and the days a date may stand for', () => {
    expect(precisionOf('1987')).toBe('YEAR');
    expect(precisionOf('1987-11')).toBe('MONTH');
    expect(precisionOf('1987-11-02')).toBe('DAY');
    expect(precisionOf('1987-02-30')).toBeNull();
    expect(dateSpan('1987')).toEqual({ first: '1987-01-01', last: '1987-12-31' });
    expect(dateSpan('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
  });

  it('agrees on what both sides know', () => {
    expect(datesAgree('1987', '1987-11-02')).toBe(true);
    expect(datesAgree('1987-11-02', '1987-11')).toBe(true);
    expect(datesAgree('1987-11', '1987-12-01')).toBe(false);
    expect(datesAgree('1988', '1987-11-02')).toBe(false);
  });
});
