import { describe, expect, it } from 'vitest';
import { isCalendarDate, localDate } from './localDate';

describe('localDate', () => {
  it('is the date in the Netherlands, not in UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam (UTC+1).
    expect(localDate(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
  });

  it('accepts only real calendar dates', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('28-02-2026')).toBe(false);
  });
});
