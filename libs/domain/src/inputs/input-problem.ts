import { z } from 'zod';
import { isValidBsn } from '../bsn';
import { dateSpan, parseDutchDate } from '../dates';

/*
 * The building blocks of the input schemas shared by API and portal. A problem is a code on a field
 * path, never a sentence: the API words it in English for its error, the portal in its catalogue.
 */

export const INPUT_PROBLEMS = [
  'REQUIRED',
  'TOO_SHORT',
  'TOO_LONG',
  /** PostgreSQL cannot store U+0000 in text. */
  'NUL',
  'BSN',
  'DATE',
  'FUTURE',
  'TOO_OLD',
  'POSTCODE',
  /** Not one of the allowed values, or not an id. */
  'INVALID',
  'TOO_MANY',
  /** A postcode range whose end lies before its start, or a PC6 with another end. */
  'RANGE',
  /** A postcode range that shares postcodes with another wijk. */
  'OVERLAP',
] as const;
export type InputProblemCode = (typeof INPUT_PROBLEMS)[number];

export interface InputProblem {
  /** The field, dotted as the API names it: `person.bsn`, `proposedAgencyIds.2`. */
  path: string;
  code: InputProblemCode;
  /** The limit that was not met, for the wording. */
  min?: number;
  max?: number;
}

type Params = { min?: number; max?: number };

/** Adds a problem to a zod context (transform, superRefine) in the shape `problemsOf` reads. */
export function addProblem(
  ctx: { addIssue: (issue: z.core.$ZodRawIssue) => void },
  code: InputProblemCode,
  params: Params = {},
  path?: (string | number)[],
): void {
  ctx.addIssue({
    code: 'custom',
    message: code,
    params,
    input: undefined,
    ...(path ? { path } : {}),
  });
}

function isProblemCode(value: string): value is InputProblemCode {
  return (INPUT_PROBLEMS as readonly string[]).includes(value);
}

/** The problems of a failed parse, in the order of the schema's fields. */
export function problemsOf(error: z.ZodError): InputProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    // A type mismatch (wrong GraphQL-free caller) counts as an invalid value on that field.
    if (issue.code !== 'custom' || !isProblemCode(issue.message)) return { path, code: 'INVALID' };
    const params = (issue.params ?? {}) as Params;
    return { path, code: issue.message, ...params };
  });
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: InputProblem[] };

/** Runs a schema and gives its value or its problems. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
): ParseResult<z.output<S>> {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: problemsOf(result.error) };
}

/** Runs a field schema inside an object refinement, so a conditional field reports at its path. */
export function checkField(
  ctx: { addIssue: (issue: z.core.$ZodRawIssue) => void },
  schema: z.ZodType,
  value: unknown,
  path: string,
): void {
  const result = schema.safeParse(value);
  if (result.success) return;
  for (const problem of problemsOf(result.error)) {
    const rest = problem.path === '' ? [] : problem.path.split('.');
    addProblem(ctx, problem.code, { min: problem.min, max: problem.max }, [path, ...rest]);
  }
}

const length = (text: string) => [...text].length;

/** Trimmed text within bounds, counted in characters (not UTF-16 units). Empty is REQUIRED. */
export function text(min: number, max: number) {
  return z
    .string()
    .nullish()
    .transform((value, ctx) => {
      const raw = value ?? '';
      if (raw.includes('\u0000')) {
        addProblem(ctx, 'NUL');
        return z.NEVER;
      }
      const trimmed = raw.trim();
      const count = length(trimmed);
      if (count === 0) addProblem(ctx, 'REQUIRED', { min, max });
      else if (count < min) addProblem(ctx, 'TOO_SHORT', { min, max });
      else if (count > max) addProblem(ctx, 'TOO_LONG', { min, max });
      else return trimmed;
      return z.NEVER;
    });
}

/** Like `text`, but empty gives null. */
export function optionalText(min: number, max: number) {
  const inner = text(min, max);
  return z
    .string()
    .nullish()
    .transform((value, ctx) => {
      if (value === null || value === undefined || value.trim() === '') return null;
      const result = inner.safeParse(value);
      if (result.success) return result.data;
      for (const problem of problemsOf(result.error)) {
        addProblem(ctx, problem.code, { min: problem.min, max: problem.max });
      }
      return z.NEVER;
    });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id; a malformed one is INVALID (never a database error). Lower-cased. */
export function id() {
  return z.string().transform((value, ctx) => {
    if (UUID.test(value)) return value.toLowerCase();
    addProblem(ctx, 'INVALID');
    return z.NEVER;
  });
}

/** Ids without repeats, at most `max`; a malformed one is INVALID at its index. */
export function idList(max = 30) {
  return z
    .array(z.string())
    .nullish()
    .transform((values, ctx) => {
      const list = values ?? [];
      if (list.length > max) {
        addProblem(ctx, 'TOO_MANY', { max });
        return z.NEVER;
      }
      const bad = list.findIndex((value) => !UUID.test(value));
      if (bad >= 0) {
        addProblem(ctx, 'INVALID', {}, [bad]);
        return z.NEVER;
      }
      return [...new Set(list.map((value) => value.toLowerCase()))];
    });
}

/** One of a fixed list; empty is REQUIRED. */
export function oneOf<const T extends readonly string[]>(values: T) {
  return z
    .string()
    .nullish()
    .transform((value, ctx): T[number] => {
      if (!value) addProblem(ctx, 'REQUIRED');
      else if ((values as readonly string[]).includes(value)) return value;
      else addProblem(ctx, 'INVALID');
      return z.NEVER;
    });
}

const AMSTERDAM_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in the Netherlands (YYYY-MM-DD): due dates, validity and birth dates. */
export function localDate(at: Date = new Date()): string {
  return AMSTERDAM_DATE.format(at);
}

/** A real calendar date written as YYYY-MM-DD (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A real calendar date; empty is REQUIRED. */
export function calendarDate() {
  return z
    .string()
    .nullish()
    .transform((value, ctx) => {
      const trimmed = (value ?? '').trim();
      if (trimmed === '') addProblem(ctx, 'REQUIRED');
      else if (!isCalendarDate(trimmed)) addProblem(ctx, 'DATE');
      else return trimmed;
      return z.NEVER;
    });
}

/** A date of birth: a real date, not after `today` and not before 1900. */
export function birthDate(today: string) {
  return calendarDate().transform((date, ctx) => {
    if (date > today) addProblem(ctx, 'FUTURE');
    else if (date < '1900-01-01') addProblem(ctx, 'TOO_OLD');
    else return date;
    return z.NEVER;
  });
}

/**
 * A date of birth as much as it is known (the BRP records some as only a year, or year and month):
 * "1987-11-02", "1987-11" or "1987", also as typed ("2-11-1987", "nov 1987"); gives the canonical
 * form. Not after `today` (a partial date: its first day), not wholly before 1900.
 */
export function partialBirthDate(today: string) {
  return z
    .string()
    .nullish()
    .transform((value, ctx) => {
      const parsed = parseDutchDate(value ?? '', { partial: true });
      if (!parsed.ok) {
        addProblem(ctx, parsed.code === 'REQUIRED' ? 'REQUIRED' : 'DATE');
        return z.NEVER;
      }
      const { first, last } = dateSpan(parsed.value);
      if (first > today) addProblem(ctx, 'FUTURE');
      else if (last < '1900-01-01') addProblem(ctx, 'TOO_OLD');
      else return parsed.value;
      return z.NEVER;
    });
}

/** A BSN as people write it (spaces, dots, dashes; 8 or 9 digits), 11-proof; empty gives null. */
export function optionalBsn() {
  return z
    .string()
    .nullish()
    .transform((value, ctx) => {
      if (!value || value.trim() === '') return null;
      const digits = value.replace(/[\s.-]/g, '');
      if (isValidBsn(digits)) return digits.padStart(9, '0');
      addProblem(ctx, 'BSN');
      return z.NEVER;
    });
}

const POSTCODE = /^([1-9][0-9]{3}) ?([A-Za-z]{2})$/;

/** A Dutch postcode, written as `1234AB`; empty gives null. */
export function optionalPostcode() {
  return z
    .string()
    .nullish()
    .transform((value, ctx) => {
      const trimmed = value?.trim() ?? '';
      if (trimmed === '') return null;
      const match = POSTCODE.exec(trimmed);
      if (match) return `${match[1]}${match[2]!.toUpperCase()}`;
      addProblem(ctx, 'POSTCODE');
      return z.NEVER;
    });
}
