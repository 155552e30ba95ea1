import { InputError } from '../common/input.error';
import { dateArg, localDate } from '../common/validate';

/** A new or changed due date: from today up to five years ahead. */
export function dueDateArg(value: string, field = 'dueDate', now = new Date()): string {
  const date = dateArg(value, field);
  const today = localDate(now);
  if (date < today) throw InputError.badInput(field, `${field} cannot lie in the past.`);
  const limit = `${Number(today.slice(0, 4)) + 5}${today.slice(4)}`;
  if (date > limit) throw InputError.badInput(field, `${field} is at most five years ahead.`);
  return date;
}
