import { describe, expect, it } from 'vitest';
import { formatDateTime } from './formatDateTime';

describe('formatDateTime', () => {
  // 23:30 UTC on 1 March is already 2 March in the Netherlands (CET, UTC+1).
  const lateEvening = '2025-03-01T23:30:00.000Z';

  it('shows Dutch wall-clock time in Dutch', () => {
    const text = formatDateTime(lateEvening, 'nl');
    expect(text).toContain('2 maart 2025');
    expect(text).toContain('00:30');
  });

  it('shows the same moment in British English', () => {
    const text = formatDateTime(lateEvening, 'en');
    expect(text).toContain('2 March 2025');
    expect(text).toContain('00:30');
  });

  it('follows summer time', () => {
    expect(formatDateTime('2025-07-01T10:00:00.000Z', 'nl')).toContain('12:00');
  });
});
