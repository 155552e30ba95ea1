/** A Dutch phone number as shown, and as a `tel:` link a phone can dial. */
export interface DutchPhone {
  display: string;
  uri: string;
}

/**
 * Accepts Dutch numbers the way professionals write them: 06-12345678, 030 123 4567,
 * +31 (0)6 1234 5678, 0031 30 1234567, service numbers (0800/0900…) and municipal 14 numbers.
 * Anything else is null, so a typo never ends up as a number nobody can call.
 */
export function parseDutchPhone(input: string): DutchPhone | null {
  const display = input.trim().replace(/\s+/g, ' ');
  if (!/^\+?[0-9 ()-]{3,25}$/.test(display)) return null;
  const digits = display.replace('(0)', '').replace(/[ ()-]/g, '');
  const national =
    /^(?:\+31|0031)([1-9]\d{8})$/.exec(digits)?.[1] ?? /^0([1-9]\d{8})$/.exec(digits)?.[1];
  if (national) return { display, uri: `tel:+31${national}` };
  const service = /^0(80[0-9]|90[0-9])(\d{4,7})$/.exec(digits);
  if (service) return { display, uri: `tel:+31${service[1]}${service[2]}` };
  if (/^14\d{3,4}$/.test(digits)) return { display, uri: `tel:${digits}` };
  return null;
}
