import { z } from 'zod';
import {
  addProblem,
  calendarDate,
  id,
  localDate,
  oneOf,
  optionalText,
  text,
} from './input-problem';

/*
 * Volunteer couplings (issue 17 item 3, ADR 0034): probation's match request to a volunteer
 * organisation under the person's consent, and what the organisation's coordinator does with it.
 * The request carries only what a match needs.
 */

export const HELP_KINDS = [
  'ADMINISTRATIE',
  'SOCIAAL_NETWERK',
  'DAGBESTEDING',
  'WONEN',
  'WERK',
  'OTHER',
] as const;
export type HelpKind = (typeof HELP_KINDS)[number];

export const COUPLING_STATUSES = ['REQUESTED', 'ACCEPTED', 'DECLINED', 'COUPLED', 'ENDED'] as const;
export type CouplingStatus = (typeof COUPLING_STATUSES)[number];

/** Why a coupling ended. CONSENT_WITHDRAWN is set by the consent's withdrawal only. */
export const COUPLING_END_REASONS = [
  'GOAL_REACHED',
  'CLIENT_STOPPED',
  'VOLUNTEER_STOPPED',
  'NO_CONTACT',
  'CONSENT_WITHDRAWN',
  'OTHER',
] as const;
export type CouplingEndReason = (typeof COUPLING_END_REASONS)[number];
export const COORDINATOR_END_REASONS = COUPLING_END_REASONS.filter(
  (reason) => reason !== 'CONSENT_WITHDRAWN',
) as readonly Exclude<CouplingEndReason, 'CONSENT_WITHDRAWN'>[];

/** The age band a request carries instead of the date of birth. */
export const AGE_BANDS = [
  'UNDER_18',
  'AGE_18_23',
  'AGE_24_29',
  'AGE_30_39',
  'AGE_40_49',
  'AGE_50_64',
  'AGE_65_PLUS',
] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The age band of someone born on `birthDate` (YYYY-MM-DD, first day of what is known) on `today`. */
export function ageBand(birthDate: string, today: string = localDate()): AgeBand {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const age = ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
  if (age < 18) return 'UNDER_18';
  if (age < 24) return 'AGE_18_23';
  if (age < 30) return 'AGE_24_29';
  if (age < 40) return 'AGE_30_39';
  if (age < 50) return 'AGE_40_49';
  if (age < 65) return 'AGE_50_64';
  return 'AGE_65_PLUS';
}

export const OFFENCE_SUMMARY_MAX = 500;

/** Probation's match request; the first name, age band and wijk come from the case's person. */
export function matchRequestSchema() {
  return z
    .object({
      caseId: id(),
      volunteerAgencyId: id(),
      helpAsked: z
        .array(z.string())
        .nullish()
        .transform((values, ctx): HelpKind[] => {
          const list = [...new Set(values ?? [])];
          if (list.length === 0) addProblem(ctx, 'REQUIRED');
          else if (list.some((v) => !(HELP_KINDS as readonly string[]).includes(v))) {
            addProblem(ctx, 'INVALID');
          } else return HELP_KINDS.filter((kind) => list.includes(kind));
          return z.NEVER;
        }),
      helpOther: optionalText(2, 300),
      availability: text(2, 300),
      safetyNote: optionalText(2, 1000),
      offenceSummary: optionalText(2, OFFENCE_SUMMARY_MAX),
    })
    .superRefine((value, ctx) => {
      if (value.helpAsked.includes('OTHER') && value.helpOther === null) {
        addProblem(ctx, 'REQUIRED', {}, ['helpOther']);
      }
    });
}
export type MatchRequestInput = z.output<ReturnType<typeof matchRequestSchema>>;

/** The coordinator accepts or declines (a decline names its reason). */
export function decideMatchRequestSchema() {
  return z
    .object({
      couplingId: id(),
      revision: z.number().int().min(1),
      accept: z.boolean(),
      reason: optionalText(2, 1000),
    })
    .superRefine((value, ctx) => {
      if (!value.accept && value.reason === null) addProblem(ctx, 'REQUIRED', {}, ['reason']);
    });
}
export type DecideMatchRequestInput = z.output<ReturnType<typeof decideMatchRequestSchema>>;

const PHONE = /^\+?[0-9][0-9 -]{5,18}[0-9]$/;

/** The volunteer coupled: a name or initials, optionally a phone number (no account needed). */
export function coupleVolunteerSchema() {
  return z.object({
    couplingId: id(),
    revision: z.number().int().min(1),
    volunteerName: text(1, 100),
    volunteerPhone: optionalText(6, 30).transform((value, ctx) => {
      if (value === null || PHONE.test(value)) return value;
      addProblem(ctx, 'INVALID');
      return z.NEVER;
    }),
  });
}
export type CoupleVolunteerInput = z.output<ReturnType<typeof coupleVolunteerSchema>>;

/** A dated short progress note; not in the future. */
export function couplingProgressSchema(today: () => string = () => localDate()) {
  return z.object({
    couplingId: id(),
    notedOn: calendarDate().transform((value, ctx) => {
      if (value > today()) {
        addProblem(ctx, 'FUTURE');
        return z.NEVER;
      }
      return value;
    }),
    note: text(2, 1000),
  });
}
export type CouplingProgressInput = z.output<ReturnType<typeof couplingProgressSchema>>;

/** The coordinator ends a coupling with a reason (OTHER needs a text). */
export function endCouplingSchema() {
  return z
    .object({
      couplingId: id(),
      revision: z.number().int().min(1),
      reason: oneOf(COORDINATOR_END_REASONS),
      text: optionalText(2, 1000),
    })
    .superRefine((value, ctx) => {
      if (value.reason === 'OTHER' && value.text === null)
        addProblem(ctx, 'REQUIRED', {}, ['text']);
    });
}
export type EndCouplingInput = z.output<ReturnType<typeof endCouplingSchema>>;

/** The covenant's yearly goal of couplings in the region (default 65–100). */
export function couplingGoalSchema() {
  return z
    .object({
      goalMin: z.number().int().min(0).max(10_000),
      goalMax: z.number().int().min(0).max(10_000),
      version: z.number().int().min(1),
    })
    .superRefine((value, ctx) => {
      if (value.goalMax < value.goalMin) addProblem(ctx, 'RANGE', {}, ['goalMax']);
    });
}
