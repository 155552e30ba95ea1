import { z } from 'zod';
import { CASE_THEMES } from '../case-theme';
import { INFORMATION_CATEGORIES } from '../information-category';
import {
  addProblem,
  checkField,
  id,
  idList,
  localDate,
  oneOf,
  optionalBsn,
  optionalPostcode,
  optionalText,
  partialBirthDate,
  problemsOf,
  text,
} from './input-problem';

/*
 * A referral (aanmelding) and the person lookup before it: checked by the portal before sending
 * and by the API before any query, with the same rules. Field paths are the API's input paths.
 */

export const REFERRAL_TEXT_MIN = 10;
export const REFERRAL_TEXT_MAX = 2000;
const NAME_MAX = 200;

const lookupByName = (today: string) =>
  z.object({
    familyName: text(1, NAME_MAX),
    givenNames: optionalText(1, NAME_MAX),
    dateOfBirth: partialBirthDate(today),
  });

/** BSN alone, or family name + date of birth (given names optional). */
export function referralLookupSchema(today: string = localDate()) {
  const byName = lookupByName(today);
  return z
    .object({
      bsn: z.string().nullish(),
      familyName: z.string().nullish(),
      givenNames: z.string().nullish(),
      dateOfBirth: z.string().nullish(),
    })
    .transform((input, ctx) => {
      if (input.bsn?.trim()) {
        const bsn = optionalBsn().safeParse(input.bsn);
        if (bsn.success) {
          return { bsn: bsn.data, familyName: null, givenNames: null, dateOfBirth: null };
        }
        addProblem(ctx, 'BSN', {}, ['bsn']);
        return z.NEVER;
      }
      const named = byName.safeParse(input);
      if (named.success) return { bsn: null, ...named.data };
      for (const problem of problemsOf(named.error)) {
        addProblem(ctx, problem.code, { min: problem.min, max: problem.max }, [problem.path]);
      }
      return z.NEVER;
    });
}
export type ReferralLookup = z.output<ReturnType<typeof referralLookupSchema>>;

export function newPersonSchema(today: string = localDate()) {
  return z.object({
    givenNames: text(1, NAME_MAX),
    familyName: text(1, NAME_MAX),
    dateOfBirth: partialBirthDate(today),
    bsn: optionalBsn(),
    street: optionalText(1, NAME_MAX),
    houseNumber: optionalText(1, 20),
    postcode: optionalPostcode(),
    city: optionalText(1, NAME_MAX),
  });
}
export type NewPerson = z.output<ReturnType<typeof newPersonSchema>>;

/** At least one information category, each a known one; repeats dropped. */
export function categoryList() {
  return z
    .array(z.string())
    .nullish()
    .transform((values, ctx) => {
      const chosen = [...new Set(values ?? [])];
      if (chosen.length === 0) addProblem(ctx, 'REQUIRED');
      else if (
        chosen.some((value) => !(INFORMATION_CATEGORIES as readonly string[]).includes(value))
      )
        addProblem(ctx, 'INVALID');
      else return chosen as (typeof INFORMATION_CATEGORIES)[number][];
      return z.NEVER;
    });
}

const answered = z
  .boolean()
  .nullish()
  .transform((value, ctx) => {
    if (typeof value === 'boolean') return value;
    addProblem(ctx, 'REQUIRED');
    return z.NEVER;
  });

/**
 * A referral. `categories: false` leaves the reason categories out: the API checks them against
 * the covenant after the permission check (sharing/masking.ts), where the order of refusals matters.
 */
export function referralInputSchema(
  today: string = localDate(),
  { categories = true }: { categories?: boolean } = {},
) {
  const reasonText = text(REFERRAL_TEXT_MIN, REFERRAL_TEXT_MAX);
  return z
    .object({
      personId: id().nullish(),
      person: newPersonSchema(today).nullish(),
      theme: oneOf(CASE_THEMES),
      reason: reasonText,
      goal: reasonText,
      reasonCategories: categories ? categoryList() : z.array(z.string()).nullish(),
      personInformed: answered,
      notInformedReason: z.string().nullish(),
      proposedAgencyIds: idList(30),
    })
    .superRefine(
      (input, ctx) => {
        // A person found by the lookup, or a new one: never both, never neither.
        const raw = input as { personId?: unknown; person?: unknown };
        if (Boolean(raw.personId) === Boolean(raw.person)) {
          addProblem(ctx, 'REQUIRED', {}, ['person']);
        }
        if (input.personInformed === false) {
          checkField(ctx, reasonText, input.notInformedReason, 'notInformedReason');
        }
      },
      // Also when a field failed, so every problem shows at once.
      { when: () => true },
    )
    .transform(({ notInformedReason, ...rest }) => ({
      ...rest,
      personId: rest.personId ?? null,
      person: rest.person ?? null,
      notInformedReason: rest.personInformed ? null : (notInformedReason?.trim() ?? null),
    }));
}
export type ReferralInput = z.output<ReturnType<typeof referralInputSchema>>;
