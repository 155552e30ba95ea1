/*
 * Dates as Dutch professionals type them, and dates of birth as the BRP records them: sometimes
 * only the year, or the year and month, is known. Shared by the portal's date input and the API's
 * validation, so both read "2-11-1987" the same way.
 *
 * The canonical form is ISO 8601 with reduced precision: "1987-11-02", "1987-11" or "1987".
 */

/** How much of a date is known. */
export const DATE_PRECISIONS = ['YEAR', 'MONTH', 'DAY'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Month names and abbreviations, Dutch first, English too (lower case, without a dot). */
const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, febr: 2, februari: 2, february: 2,
  mrt: 3, maa: 3, maart: 3, mar: 3, march: 3,
  apr: 4, april: 4,
  mei: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  aug: 8, augustus: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oct: 10, oktober: 10, october: 10,
  nov: 11, november: 11,
  dec: 12, december: 12,
}; // prettier-ignore

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function realDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export type DateParse =
  | { ok: true; value: string; precision: DatePrecision }
  | { ok: false; code: 'REQUIRED' | 'DATE' | 'PARTIAL' };

/**
 * Reads a typed date: "2-11-1987", "02-11-1987", "2/11/1987", "2.11.1987", "02111987",
 * "2 nov 1987", "2 november 1987", "1987-11-02". With `partial`, also "november 1987",
 * "nov. 1987", "11-1987", "1987-11", "1987", and the BRP's zeros for an unknown part
 * ("00-11-1987", "00-00-1987"). Without `partial` such input is PARTIAL (a full date is needed);
 * what is no date at all is DATE. Years have four digits: "2-11-87" is ambiguous.
 */
export function parseDutchDate(input: string, { partial = false } = {}): DateParse {
  const text = input
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/(\p{L})\./gu, '$1');
  if (text === '') return { ok: false, code: 'REQUIRED' };
  const parts = readParts(text);
  if (!parts) return { ok: false, code: 'DATE' };
  const [y, m, d] = parts;
  if (y < 1000 || m > 12 || d > 31 || (m === 0 && d !== 0)) return { ok: false, code: 'DATE' };
  if (m !== 0 && d !== 0) {
    return realDay(y, m, d)
      ? { ok: true, value: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, precision: 'DAY' }
      : { ok: false, code: 'DATE' };
  }
  if (!partial) return { ok: false, code: 'PARTIAL' };
  return m === 0
    ? { ok: true, value: pad(y, 4), precision: 'YEAR' }
    : { ok: true, value: `${pad(y, 4)}-${pad(m)}`, precision: 'MONTH' };
}

/** [year, month, day]; 0 for an unknown month or day. */
function readParts(text: string): [number, number, number] | null {
  let match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  if (match) return [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
  match = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(text);
  if (match) return [Number(match[3]), Number(match[2]), Number(match[1])];
  match = /^(\d{2})(\d{2})(\d{4})$/.exec(text);
  if (match) return [Number(match[3]), Number(match[2]), Number(match[1])];
  match = /^(\d{1,2})[-/. ](\d{4})$/.exec(text);
  if (match) return [Number(match[2]), Number(match[1]), 0];
  match = /^(?:(\d{1,2})[- ]?)?(\p{L}+)[- ]?(\d{4})$/u.exec(text);
  if (match) {
    const month = MONTHS[match[2]!];
    if (!month) return null;
    return [Number(match[3]), month, match[1] ? Number(match[1]) : 0];
  }
  return null;
}

/** The precision of a canonical date ("1987" YEAR, "1987-11" MONTH, "1987-11-02" DAY), or null. */
export function precisionOf(value: string): DatePrecision | null {
  if (/^\d{4}$/.test(value)) return 'YEAR';
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return 'MONTH';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return realDay(y, m, d) ? 'DAY' : null;
  }
  return null;
}

/** The first and last day (YYYY-MM-DD) a canonical, possibly partial, date may stand for. */
export function dateSpan(value: string): { first: string; last: string } {
  const precision = precisionOf(value);
  if (precision === 'DAY' || precision === null) return { first: value, last: value };
  const [y, m] = value.split('-').map(Number) as [number, number?];
  if (precision === 'YEAR') return { first: `${pad(y, 4)}-01-01`, last: `${pad(y, 4)}-12-31` };
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${pad(y, 4)}-${pad(m!)}-01`, last: `${pad(y, 4)}-${pad(m!)}-${pad(lastDay)}` };
}

/**
 * Can two dates of birth be the same day, on what is known of each? "1987" agrees with
 * "1987-11" and "1987-11-02"; "1987-11" does not agree with "1987-12-01".
 */
export function datesAgree(a: string, b: string): boolean {
  const common = Math.min(a.length, b.length);
  return a.slice(0, common) === b.slice(0, common);
}
