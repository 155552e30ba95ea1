import { describe, expect, it } from 'vitest';
import { formatDate, formatShortDateTime } from './formatDate';

describe('formatDate', () => {
  it('shows a date of birth as that calendar day, whatever the time zone', () => {
    expect(formatDate('1994-03-12', 'nl')).toBe('12 maart 1994');
    expect(formatDate('1994-03-12', 'en')).toBe('12 March 1994');
  });

  it('shows a UTC timestamp as the day it was in the Netherlands', () => {
    // 23:30 UTC on 1 March is already 2 March in Amsterdam.
    expect(formatDate('2026-03-01T23:30:00.000Z', 'nl')).toBe('2 maart 2026');
  });

  it('gives a compact Dutch wall-clock time for lists', () => {
    expect(formatShortDateTime('2026-03-01T13:05:00.000Z', 'nl')).toBe('1 mrt 2026, 14:05');
  });

  it('leaves a value it cannot read as it is, rather than "Invalid Date"', () => {
    expect(formatDate('onbekend', 'nl')).toBe('onbekend');
  });
});
