import { InputError } from '../common/input.error';
import { optionalTextArg, uuidArg } from '../common/validate';

export function dateArg(value: Date | null | undefined, field: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw InputError.badInput(field, `${field} is not a valid date and time.`);
  }
  return value;
}

/** A slot: the end after the start, at most 24 hours. */
export function slotArgs(startsAt: Date, endsAt: Date): { startsAt: Date; endsAt: Date } {
  const start = dateArg(startsAt, 'startsAt');
  const end = dateArg(endsAt, 'endsAt');
  if (end <= start) throw InputError.badInput('endsAt', 'endsAt must be after startsAt.');
  if (end.getTime() - start.getTime() > 86_400_000) {
    throw InputError.badInput('endsAt', 'A meeting lasts at most 24 hours.');
  }
  return { startsAt: start, endsAt: end };
}

/** Only https links: the link ends up in calendar files and is opened from the portal. */
export function onlineUrlArg(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const text = value.trim();
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || url.protocol !== 'https:' || /\s/.test(text) || text.length > 500) {
    throw InputError.badInput('onlineUrl', 'onlineUrl must be an https:// link.');
  }
  return url.toString();
}

export function locationArg(value: string | null | undefined): string | null {
  return optionalTextArg(value, 'location', 2, 200);
}

export function agencyIdsArg(values: readonly string[], field: string): string[] {
  if (values.length > 50) throw InputError.badInput(field, `${field} has too many entries.`);
  return [...new Set(values.map((v) => uuidArg(v, field)))];
}

export function revisionArg(value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw InputError.badInput('revision', 'revision must be a positive whole number.');
  }
  return value;
}

/** Minutes text: null keeps the stored text, an empty string clears it. */
export function minutesArg(
  value: string | null | undefined,
  field: string,
  max: number,
): string | null | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if ([...text].length > max) {
    throw InputError.badInput(field, `${field} is at most ${max} characters.`);
  }
  return text === '' ? null : text;
}

const amsterdam = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', ...options });
const DAY = amsterdam({ year: 'numeric', month: '2-digit', day: '2-digit' });
const TIME = amsterdam({ hour: '2-digit', minute: '2-digit', hour12: false });

/** Labels for notifications and the timeline: date and time slot in Dutch local time. */
export function slotLabels(startsAt: Date, endsAt: Date) {
  return { date: DAY.format(startsAt), from: TIME.format(startsAt), to: TIME.format(endsAt) };
}
