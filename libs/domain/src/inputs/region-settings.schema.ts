import { z } from 'zod';
import { addProblem, optionalText, text } from './input-problem';

/** The bounds of a region's settings (the database checks the same: migration 1764000003500). */
export const REGION_SETTINGS_BOUNDS = {
  accessReviewMonths: { min: 1, max: 12 },
  covenantGraceDays: { min: 0, max: 180 },
  closingGraceDays: { min: 0, max: 180 },
  /** The covenant's yearly goal of volunteer couplings (migration 1764000004600; default 65–100). */
  volunteerGoal: { min: 0, max: 10_000 },
} as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A whole number within bounds; anything else (empty, a fraction, out of range) is INVALID. */
function wholeNumber(min: number, max: number) {
  return z.unknown().transform((value, ctx): number => {
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max) return n;
    addProblem(ctx, value === '' || value == null ? 'REQUIRED' : 'INVALID', { min, max });
    return z.NEVER;
  });
}

/** An e-mail address, lower-cased; empty gives null; not an address is INVALID. */
function optionalEmail() {
  return optionalText(3, 320).transform((value, ctx) => {
    if (value === null) return null;
    if (EMAIL.test(value)) return value.toLowerCase();
    addProblem(ctx, 'INVALID');
    return z.NEVER;
  });
}

/**
 * The region's settings as its functional administrator keeps them (/beheer/instellingen): the
 * name, the ZVH's desk (shown to a locked-out user), how often agency admins review accounts, the
 * covenant grace period, the closing grace period, the WGS contactpunt the letter to the person
 * names (falls back to the ZVH's desk when empty) and the yearly goal of volunteer couplings
 * (a goal maximum below its minimum is RANGE). The portal checks with it before sending; the API
 * refuses with the same codes.
 */
export function regionSettingsSchema() {
  const b = REGION_SETTINGS_BOUNDS;
  return z
    .object({
      name: text(2, 200),
      contactEmail: optionalEmail(),
      contactPhone: optionalText(3, 40),
      accessReviewMonths: wholeNumber(b.accessReviewMonths.min, b.accessReviewMonths.max),
      covenantGraceDays: wholeNumber(b.covenantGraceDays.min, b.covenantGraceDays.max),
      closingGraceDays: wholeNumber(b.closingGraceDays.min, b.closingGraceDays.max),
      wgsContactEmail: optionalEmail(),
      wgsContactPhone: optionalText(3, 40),
      wgsContactAddress: optionalText(3, 200),
      volunteerGoalMin: wholeNumber(b.volunteerGoal.min, b.volunteerGoal.max),
      volunteerGoalMax: wholeNumber(b.volunteerGoal.min, b.volunteerGoal.max),
    })
    .superRefine((value, ctx) => {
      if (value.volunteerGoalMax < value.volunteerGoalMin) {
        addProblem(ctx, 'RANGE', {}, ['volunteerGoalMax']);
      }
    });
}
export type RegionSettingsValues = z.output<ReturnType<typeof regionSettingsSchema>>;
