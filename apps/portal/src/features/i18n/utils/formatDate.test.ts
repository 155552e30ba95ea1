import { describe, expect, it } from 'vitest';
import { formatDate, formatShortDateTime } from './formatDate';

describe('formatDate', () => {
  it('shows a date of birth as that calendar day, whatever the time zone', () => {
    expect(formatDate('1994-03-12', 'nl')).toBe('12 maart 1994');
    expect(formatDate('1994-03-12', 'en')).toBe('12 March 1994');
  });

  it('shows a partly unknown date of birth as what is known', () => {
    expect(formatDate('1987-11', 'nl')).toBe('november 1987');
    expect(formatDate('1987-11', 'en')).toBe('November 1987');
    expect(formatDate('1987', 'nl')).toBe('1987');
  });

  it('shows a UTC timestamp as the day it was in the Netherlands', () => {
    // 23:30 UTC on 1 March is already 2 March in Amsterdam.
    expect(formatDate('2026-03-01T23:30:00.000Z', 'nl')).toBe('2 maart 2026');
  });

  it('gives one Dutch wall-clock date-time format, without a comma', () => {
    expect(formatShortDateTime('2026-12-04T13:43:00.000Z', 'nl')).toBe('4 dec 2026 14:43');
    expect(formatShortDateTime('2026-03-01T13:05:00.000Z', 'nl')).toBe('1 mrt 2026 14:05');
    expect(formatShortDateTime('2026-07-01T07:05:00.000Z', 'en')).toBe('1 Jul 2026 09:05');
  });

  it('leaves a value it cannot read as it is, rather than "Invalid Date"', () => {
    expect(formatDate('onbekend', 'nl')).toBe('onbekend');
    expect(formatShortDateTime('onbekend', 'nl')).toBe('onbekend');
  });
});
