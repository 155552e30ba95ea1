import { parseWith, type InputProblem } from '@schakel/domain';
import type { z } from 'zod';
import { InputError } from './input.error';

/*
 * Runs one of the input schemas shared with the portal (libs/domain/src/inputs) and refuses bad
 * input the way the API always has: BAD_USER_INPUT on the first field in trouble
 * (`extensions.field`), worded in English. The portal words the same codes in Dutch.
 */

function describe({ path, code, min, max }: InputProblem): string {
  const field = path || 'input';
  switch (code) {
    case 'REQUIRED':
      return min !== undefined && min > 1
        ? `${field} must be at least ${min} characters.`
        : `${field} is required.`;
    case 'TOO_SHORT':
      return `${field} must be at least ${min} characters.`;
    case 'TOO_LONG':
      return `${field} is at most ${max} characters.`;
    case 'NUL':
      return `${field} contains a NUL character (U+0000).`;
    case 'BSN':
      return 'This is not a valid BSN (11-proof).';
    case 'DATE':
      return `${field} must be a date as YYYY-MM-DD.`;
    case 'FUTURE':
      return `${field} may not lie in the future.`;
    case 'TOO_OLD':
      return `${field} is before 1900.`;
    case 'POSTCODE':
      return 'This is not a Dutch postcode.';
    case 'TOO_MANY':
      return `${field} holds at most ${max} values.`;
    case 'RANGE':
      return `${field}: the range ends before it starts (or a PC6 postcode with another end).`;
    case 'OVERLAP':
      return `${field}: these postcodes already belong to another wijk.`;
    case 'INVALID':
      return `${field} is not a valid value.`;
  }
}

/** The schema's output, or a BAD_USER_INPUT error naming the first field in trouble. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = parseWith(schema, input);
  if (result.ok) return result.value;
  const first = result.problems[0]!;
  throw InputError.badInput(first.path, describe(first));
}
