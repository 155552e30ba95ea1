/**
 * AVG art. 12(3): answer within one month of receipt; extendable by two further months. A month
 * later is the same day number, or the last day of a shorter month (31 January → 28/29 February),
 * as the Algemene termijnenwet and PostgreSQL's `date + interval '1 month'` count it.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index % 12; // 0-based
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The deadline of a request received on `receivedOn`. */
export const requestDeadline = (receivedOn: string): string => addMonths(receivedOn, 1);

/** The deadline after the one extension: three months after receipt in all. */
export const extendedDeadline = (receivedOn: string): string => addMonths(receivedOn, 3);

/** Whole days from `today` to `deadline` (negative when passed); both YYYY-MM-DD. */
export function daysBetween(today: string, deadline: string): number {
  const ms = Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}
