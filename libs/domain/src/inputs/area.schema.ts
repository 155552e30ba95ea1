import { z } from 'zod';
import { addProblem, id, text } from './input-problem';

/*
 * A region's wijken (ADR 0026): a name and postcode ranges. A range is PC4 to PC4 ("1230"–"1233")
 * or one PC6 postcode ("1234AB"), which wins over the PC4 ranges for that postcode. The functional
 * administrator keeps them on /beheer/wijken and imports them from CSV; the API checks the same.
 */

export const AREA_NAME_MAX = 100;
/** Ranges per wijk, and lines per import file. */
export const AREA_RANGES_MAX = 200;
export const AREA_IMPORT_LINES_MAX = 5000;

export interface PostcodeRange {
  /** 1000–9999. */
  pc4From: number;
  pc4To: number;
  /** One postcode such as "1234AB"; then pc4From = pc4To = its digits. */
  pc6: string | null;
}

const PC4 = /^[1-9][0-9]{3}$/;
const PC6 = /^([1-9][0-9]{3}) ?([A-Za-z]{2})$/;

/** "1234", "1234AB", "1234 ab" → its parts; anything else null. */
export function parsePostcodePart(value: string): { pc4: number; pc6: string | null } | null {
  const trimmed = value.trim();
  if (PC4.test(trimmed)) return { pc4: Number(trimmed), pc6: null };
  const match = PC6.exec(trimmed);
  if (!match) return null;
  return { pc4: Number(match[1]), pc6: `${match[1]}${match[2]!.toUpperCase()}` };
}

/**
 * One range from what a person types or a CSV line holds: `from` and an optional `to`. A PC6 stands
 * alone (`to` empty or the same); a PC4 `to` must not lie before `from`.
 */
export function postcodeRangeSchema() {
  return z
    .object({ from: z.string().nullish(), to: z.string().nullish() })
    .transform((value, ctx): PostcodeRange => {
      const fromText = value.from?.trim() ?? '';
      const toText = value.to?.trim() ?? '';
      if (!fromText) {
        addProblem(ctx, 'REQUIRED', {}, ['from']);
        return z.NEVER;
      }
      const from = parsePostcodePart(fromText);
      if (!from) {
        addProblem(ctx, 'POSTCODE', {}, ['from']);
        return z.NEVER;
      }
      if (from.pc6) {
        const to = toText ? parsePostcodePart(toText) : from;
        if (!to || to.pc6 !== from.pc6) {
          addProblem(ctx, 'RANGE', {}, ['to']);
          return z.NEVER;
        }
        return { pc4From: from.pc4, pc4To: from.pc4, pc6: from.pc6 };
      }
      const to = toText ? parsePostcodePart(toText) : from;
      if (!to || to.pc6) {
        addProblem(ctx, 'POSTCODE', {}, ['to']);
        return z.NEVER;
      }
      if (to.pc4 < from.pc4) {
        addProblem(ctx, 'RANGE', {}, ['to']);
        return z.NEVER;
      }
      return { pc4From: from.pc4, pc4To: to.pc4, pc6: null };
    });
}

/** A wijk as the functional administrator enters it. */
export function areaSchema() {
  return z.object({
    name: text(1, AREA_NAME_MAX),
    ranges: z.array(postcodeRangeSchema()).max(AREA_RANGES_MAX),
  });
}

export function updateAreaSchema() {
  return areaSchema().extend({
    id: id(),
    active: z.boolean(),
    expectedVersion: z.number().int(),
  });
}

/** One line of a wijken import file: `wijk;postcode_van;postcode_tot` (tot optional). */
export function areaImportLineSchema() {
  return z
    .object({ wijk: text(1, AREA_NAME_MAX), van: z.string().nullish(), tot: z.string().nullish() })
    .transform((line, ctx) => {
      const range = postcodeRangeSchema().safeParse({ from: line.van, to: line.tot });
      if (!range.success) {
        for (const issue of range.error.issues) {
          const field = issue.path[0] === 'to' ? 'tot' : 'van';
          addProblem(ctx, issue.message as 'POSTCODE', {}, [field]);
        }
        return z.NEVER;
      }
      return { name: line.wijk, range: range.data };
    });
}

export type AreaImportLine = z.output<ReturnType<typeof areaImportLineSchema>>;

/** Two ranges share a postcode (a PC6 inside another wijk's PC4 range is an exception, not overlap). */
export function rangesOverlap(a: PostcodeRange, b: PostcodeRange): boolean {
  if (a.pc6 && b.pc6) return a.pc6 === b.pc6;
  if (a.pc6 || b.pc6) return false;
  return a.pc4From <= b.pc4To && b.pc4From <= a.pc4To;
}

/** How a range is shown and sent: "1230–1233", "1234" or "1234AB". */
export function formatPostcodeRange(r: PostcodeRange): string {
  if (r.pc6) return r.pc6;
  return r.pc4From === r.pc4To ? String(r.pc4From) : `${r.pc4From}–${r.pc4To}`;
}
