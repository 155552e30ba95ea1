import { z } from 'zod';
import { addProblem, id, isCalendarDate, localDate, oneOf, optionalText } from './input-problem';

/*
 * Telling the person (issue 17 item 4, ADR 0035): per case whether the person was informed of
 * who works together on their situation — on which date, by which agency — or why not.
 */

export const NOT_INFORMED_REASONS = ['DANGER', 'NOT_REACHABLE', 'INVESTIGATION', 'OTHER'] as const;
export type NotInformedReason = (typeof NOT_INFORMED_REASONS)[number];

export const INFORMED_EXPLANATION_MAX = 1000;

/** The languages the transparency letter is written in. */
export const LETTER_LANGUAGES = ['nl', 'en'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

/**
 * The informed record as a case lead records it. `revision` is null for the first record of the
 * case and the revision read for a change (a stale one gives EDIT_CONFLICT).
 */
export function personInformedSchema(today: () => string = () => localDate()) {
  return z
    .object({
      caseId: id(),
      informed: z.boolean(),
      informedOn: z
        .string()
        .nullish()
        .transform((value) => (value && value.trim() !== '' ? value.trim() : null)),
      informedByAgencyId: id()
        .nullish()
        .transform((value) => value ?? null),
      notInformedReason: z
        .string()
        .nullish()
        .transform((value) => (value && value !== '' ? value : null)),
      explanation: optionalText(1, INFORMED_EXPLANATION_MAX),
      revision: z
        .number()
        .int()
        .positive()
        .nullish()
        .transform((value) => value ?? null),
    })
    .superRefine((value, ctx) => {
      if (value.informed) {
        if (value.informedOn === null) addProblem(ctx, 'REQUIRED', {}, ['informedOn']);
        else if (!isCalendarDate(value.informedOn)) addProblem(ctx, 'DATE', {}, ['informedOn']);
        else if (value.informedOn > today()) addProblem(ctx, 'FUTURE', {}, ['informedOn']);
        if (value.informedByAgencyId === null) {
          addProblem(ctx, 'REQUIRED', {}, ['informedByAgencyId']);
        }
      } else {
        const reason = oneOf(NOT_INFORMED_REASONS).safeParse(value.notInformedReason);
        if (!reason.success) addProblem(ctx, 'REQUIRED', {}, ['notInformedReason']);
        if (value.notInformedReason === 'OTHER' && value.explanation === null) {
          addProblem(ctx, 'REQUIRED', {}, ['explanation']);
        }
      }
    })
    .transform((value) => ({
      caseId: value.caseId,
      informed: value.informed,
      informedOn: value.informed ? value.informedOn : null,
      informedByAgencyId: value.informed ? value.informedByAgencyId : null,
      notInformedReason: value.informed ? null : (value.notInformedReason as NotInformedReason),
      explanation: value.explanation,
      revision: value.revision,
    }));
}
export type PersonInformedInput = z.output<ReturnType<typeof personInformedSchema>>;
