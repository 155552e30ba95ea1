import { z } from 'zod';
import { AGENCY_TYPES } from '../agency-type';
import { addProblem, oneOf, optionalText, text } from './input-problem';

export const AGENCY_NAME_MIN = 2;
export const AGENCY_NAME_MAX = 200;
export const AGENCY_CONTACT_NAME_MAX = 200;
export const AGENCY_CONTACT_EMAIL_MAX = 320;
export const AGENCY_CONTACT_PHONE_MIN = 3;
export const AGENCY_CONTACT_PHONE_MAX = 40;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An e-mail address, lower-cased; empty gives null; not an address is INVALID. */
export function optionalEmail(max: number) {
  return optionalText(3, max).transform((value, ctx) => {
    if (value === null) return null;
    if (EMAIL.test(value)) return value.toLowerCase();
    addProblem(ctx, 'INVALID');
    return z.NEVER;
  });
}

/**
 * An agency of the region as the functional administrator keeps it (issue 15 item 2): its name,
 * its type (what the covenant gives it) and the desk to contact — an organisation's, not a client's.
 */
export function regionAgencySchema() {
  return z.object({
    name: text(AGENCY_NAME_MIN, AGENCY_NAME_MAX),
    type: oneOf(AGENCY_TYPES),
    contactName: optionalText(1, AGENCY_CONTACT_NAME_MAX),
    contactEmail: optionalEmail(AGENCY_CONTACT_EMAIL_MAX),
    contactPhone: optionalText(AGENCY_CONTACT_PHONE_MIN, AGENCY_CONTACT_PHONE_MAX),
  });
}
export type RegionAgencySettings = z.output<ReturnType<typeof regionAgencySchema>>;
