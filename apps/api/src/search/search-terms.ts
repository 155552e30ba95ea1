import { isValidBsn } from '@schakel/domain';

/** The longest search text accepted (a name, a date and a wijk fit easily). */
export const MAX_SEARCH_LENGTH = 100;

/**
 * What a search text asks for. Each part narrows the result (AND): a BSN, a date of birth, and
 * words that each must match the name, the wijk or the case number.
 */
export interface SearchTerms {
  bsn: string | null;
  /** ISO date (YYYY-MM-DD). */
  dateOfBirth: string | null;
  /** Lower-case words, without LIKE wildcards' special meaning (escaped when used). */
  words: string[];
}

/** The kinds of criteria a search used, for the audit trail (never the values themselves). */
export type SearchCriterion = 'BSN' | 'DATE_OF_BIRTH' | 'TEXT';

const MONTHS: Record<string, number> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  februari: 2,
  february: 2,
  mrt: 3,
  maart: 3,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  mei: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  augustus: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1900 ||
    year > 2100 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

/** "2-11-1987", "02/11/1987", "2.11.1987" or "1987-11-02" as an ISO date; else null. */
function numericDate(token: string): string | null {
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(token);
  if (dmy) return isoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(token);
  if (ymd) return isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return null;
}

/**
 * Splits a search text into its criteria. A BSN is nine digits (spaces or dots between them
 * allowed) that pass the 11-proof; a date is numeric or "2 nov 1987"; everything else is words.
 */
export function parseSearch(text: string): SearchTerms {
  let rest = text.trim().toLowerCase();
  let bsn: string | null = null;
  let dateOfBirth: string | null = null;

  // A BSN written in groups ("1234 56 782", "123.456.782").
  rest = rest.replace(/(?<![\d])\d[\d .]{7,12}\d(?![\d])/g, (found) => {
    const digits = found.replace(/[ .]/g, '');
    if (bsn === null && digits.length === 9 && isValidBsn(digits)) {
      bsn = digits;
      return ' ';
    }
    return found;
  });
  // "2 nov 1987", "2 november 1987".
  rest = rest.replace(/(?<!\S)(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})(?!\S)/g, (found, d, m, y) => {
    const month = MONTHS[m as string];
    const iso = month ? isoDate(Number(y), month, Number(d)) : null;
    if (dateOfBirth === null && iso) {
      dateOfBirth = iso;
      return ' ';
    }
    return found;
  });

  const words: string[] = [];
  for (const token of rest.split(/[\s,]+/).filter(Boolean)) {
    const date = numericDate(token);
    if (date && dateOfBirth === null) {
      dateOfBirth = date;
      continue;
    }
    if (bsn === null && /^\d{9}$/.test(token) && isValidBsn(token)) {
      bsn = token;
      continue;
    }
    words.push(token);
  }
  return { bsn, dateOfBirth, words: words.slice(0, 6) };
}

export function criteriaOf(terms: SearchTerms): SearchCriterion[] {
  return [
    ...(terms.bsn ? (['BSN'] as const) : []),
    ...(terms.dateOfBirth ? (['DATE_OF_BIRTH'] as const) : []),
    ...(terms.words.length ? (['TEXT'] as const) : []),
  ];
}

export function isEmptySearch(terms: SearchTerms): boolean {
  return criteriaOf(terms).length === 0;
}
