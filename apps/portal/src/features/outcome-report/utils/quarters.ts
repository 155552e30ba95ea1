/** The first day (YYYY-MM-DD) of the quarter `back` quarters before the one of `today`. */
export function quarterStart(today: Date, back = 0): string {
  const index = today.getFullYear() * 4 + Math.floor(today.getMonth() / 3) - back;
  const year = Math.floor(index / 4);
  return `${year}-${String((index % 4) * 3 + 1).padStart(2, '0')}-01`;
}

/** The last `count` quarters up to this one, newest first. */
export function recentQuarters(today: Date, count: number): string[] {
  return Array.from({ length: count }, (_, back) => quarterStart(today, back));
}

/** Year and quarter number (1–4) of a quarter's first day. */
export function quarterParts(quarter: string): { year: number; quarter: number } {
  const [year, month] = quarter.split('-').map(Number) as [number, number];
  return { year, quarter: Math.floor((month - 1) / 3) + 1 };
}
