import { addMonths, daysBetween, extendedDeadline, requestDeadline } from './data-subject-deadline';

describe('the deadline of a data-subject request', () => {
  it('is one calendar month after receipt', () => {
    expect(requestDeadline('2026-03-10')).toBe('2026-04-10');
    expect(requestDeadline('2026-12-15')).toBe('2027-01-15');
  });

  it('falls on the last day of a shorter month', () => {
    expect(requestDeadline('2026-01-31')).toBe('2026-02-28');
    expect(requestDeadline('2028-01-31')).toBe('2028-02-29');
    expect(requestDeadline('2026-03-31')).toBe('2026-04-30');
  });

  it('is three months after receipt once extended', () => {
    expect(extendedDeadline('2026-01-31')).toBe('2026-04-30');
    expect(extendedDeadline('2026-11-30')).toBe('2027-02-28');
    expect(addMonths('2026-05-20', 3)).toBe('2026-08-20');
  });

  it('counts whole days left, negative when passed', () => {
    expect(daysBetween('2026-02-26', '2026-03-01')).toBe(3);
    expect(daysBetween('2026-03-29', '2026-03-30')).toBe(1); // across the DST change
    expect(daysBetween('2026-03-02', '2026-03-01')).toBe(-1);
  });
});
