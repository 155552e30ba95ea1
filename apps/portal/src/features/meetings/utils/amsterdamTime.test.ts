import { describe, expect, it } from 'vitest';
import { formatTime, fromAmsterdam, toAmsterdam } from './amsterdamTime';

describe('Dutch wall-clock time', () => {
  it('reads a winter and a summer time as the right instant', () => {
    expect(fromAmsterdam('2026-01-15', '09:30')?.toISOString()).toBe('2026-01-15T08:30:00.000Z');
    expect(fromAmsterdam('2026-07-15', '09:30')?.toISOString()).toBe('2026-07-15T07:30:00.000Z');
  });

  it('refuses dates and times that do not exist', () => {
    expect(fromAmsterdam('2026-02-30', '09:00')).toBeNull();
    expect(fromAmsterdam('2026-01-15', '24:00')).toBeNull();
    expect(fromAmsterdam('15-01-2026', '09:00')).toBeNull();
    // The hour skipped when summer time starts.
    expect(fromAmsterdam('2026-03-29', '02:30')).toBeNull();
  });

  it('shows an instant as Dutch date and time', () => {
    expect(toAmsterdam('2026-07-15T07:30:00.000Z')).toEqual({ date: '2026-07-15', time: '09:30' });
    expect(formatTime('2026-01-15T23:15:00.000Z')).toBe('00:15');
  });
});
