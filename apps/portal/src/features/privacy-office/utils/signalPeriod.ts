import { isCalendarDate, localDate } from '../../forms/utils/localDate';

export const MAX_SIGNAL_DAYS = 31;

export type SignalField = 'from' | 'to';
export type SignalProblem = 'DATE' | 'TO_BEFORE_FROM' | 'TOO_LONG';
export type SignalProblems = Partial<Record<SignalField, SignalProblem>>;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** The last seven days up to today (Amsterdam), the page's starting period. */
export function defaultPeriod(today = localDate()): { from: string; to: string } {
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - 6 * 86_400_000);
  return { from: from.toISOString().slice(0, 10), to: today };
}

export function checkPeriod(from: string, to: string): SignalProblems {
  const problems: SignalProblems = {};
  if (!isCalendarDate(from)) problems.from = 'DATE';
  if (!isCalendarDate(to)) problems.to = 'DATE';
  if (problems.from || problems.to) return problems;
  if (from > to) problems.to = 'TO_BEFORE_FROM';
  else if (dayNumber(to) - dayNumber(from) + 1 > MAX_SIGNAL_DAYS) problems.to = 'TOO_LONG';
  return problems;
}
