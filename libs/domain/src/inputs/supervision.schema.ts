import { z } from 'zod';
import {
  addProblem,
  calendarDate,
  checkField,
  id,
  oneOf,
  optionalText,
  text,
} from './input-problem';

/*
 * Supervision conditions (bijzondere voorwaarden) and violation signals (issue 17 items 1–2,
 * ADR 0033). The condition is JUSTICE information recorded by probation; the police see of it only
 * the street summary of the street-relevant kinds.
 */

export const CONDITION_KINDS = [
  'CONTACT_BAN',
  'LOCATION_BAN',
  'ALCOHOL_BAN',
  'DRUG_BAN',
  'REPORTING_DUTY',
  'TREATMENT',
  'RESIDENCE_IN_INSTITUTION',
  'OTHER',
] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];

/** The kinds a police officer on the street must know of; the rest never leaves probation's circle. */
export const STREET_CONDITION_KINDS = [
  'CONTACT_BAN',
  'LOCATION_BAN',
  'ALCOHOL_BAN',
  'DRUG_BAN',
] as const satisfies readonly ConditionKind[];

/** Kinds whose `subject` (with whom, which area, where, which treatment or institution) is required. */
export const CONDITION_SUBJECT_REQUIRED: readonly ConditionKind[] = [
  'CONTACT_BAN',
  'LOCATION_BAN',
  'REPORTING_DUTY',
  'TREATMENT',
  'RESIDENCE_IN_INSTITUTION',
  'OTHER',
];

export const LEGAL_SOURCE_KINDS = ['SENTENCE', 'PROSECUTOR_DECISION'] as const;
export type LegalSourceKind = (typeof LEGAL_SOURCE_KINDS)[number];

export const CONDITION_STATUSES = ['ACTIVE', 'SUSPENDED', 'ENDED'] as const;
export type ConditionStatus = (typeof CONDITION_STATUSES)[number];

export const CONDITION_SUBJECT_MAX = 200;
export const CONDITION_NOTES_MAX = 2000;
/** A parketnummer as the OM writes it, e.g. 05/123456-26; checked loosely (digits, / and -). */
const PARKET_NUMBER = /^[0-9]{2}[/.][0-9]{3,7}-[0-9]{2}$/;

function parketNumber() {
  return text(5, 20).transform((value, ctx) => {
    if (PARKET_NUMBER.test(value)) return value;
    addProblem(ctx, 'INVALID');
    return z.NEVER;
  });
}

function optionalDate() {
  return z
    .string()
    .nullish()
    .transform((value) => (value && value.trim() !== '' ? value.trim() : null));
}

/**
 * A condition as probation records or changes it. `revision` is null for a new one and the
 * revision read for a change (a stale one gives EDIT_CONFLICT).
 */
export function supervisionConditionSchema() {
  return z
    .object({
      caseId: id(),
      kind: oneOf(CONDITION_KINDS),
      subject: optionalText(2, CONDITION_SUBJECT_MAX),
      frequency: optionalText(2, 100),
      alcoholMonitor: z
        .boolean()
        .nullish()
        .transform((value) => value ?? false),
      notes: optionalText(1, CONDITION_NOTES_MAX),
      legalSourceKind: oneOf(LEGAL_SOURCE_KINDS),
      legalSourceDate: calendarDate(),
      parketNumber: parketNumber(),
      startsOn: calendarDate(),
      endsOn: optionalDate(),
      status: oneOf(CONDITION_STATUSES),
    })
    .superRefine((value, ctx) => {
      if (CONDITION_SUBJECT_REQUIRED.includes(value.kind) && value.subject === null) {
        addProblem(ctx, 'REQUIRED', {}, ['subject']);
      }
      if (value.kind === 'REPORTING_DUTY' && value.frequency === null) {
        addProblem(ctx, 'REQUIRED', {}, ['frequency']);
      }
      if (value.endsOn !== null) {
        checkField(ctx, calendarDate(), value.endsOn, 'endsOn');
        if (value.endsOn < value.startsOn) addProblem(ctx, 'INVALID', {}, ['endsOn']);
      }
      if (value.legalSourceDate > value.startsOn) {
        // The period starts with or after the decision that imposes it.
        addProblem(ctx, 'INVALID', {}, ['startsOn']);
      }
    });
}
export type SupervisionConditionInput = z.output<ReturnType<typeof supervisionConditionSchema>>;

// ------------------------------------------------------------------ violation signals

export const VIOLATION_FOLLOW_UPS = [
  'CONVERSATION',
  'WARNING',
  'REPORT_TO_PROSECUTOR',
  'NO_ACTION',
] as const;
export type ViolationFollowUp = (typeof VIOLATION_FOLLOW_UPS)[number];

export const VIOLATION_STATUSES = ['REPORTED', 'ASSESSED'] as const;
export type ViolationStatus = (typeof VIOLATION_STATUSES)[number];

/** Probation assesses a signal within this many days of its report (shown on its dashboard). */
export const VIOLATION_ASSESSMENT_DAYS = 3;

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A moment in the past (a little clock skew allowed), as an ISO 8601 date-time with an offset. */
export function pastMoment(now: () => number = Date.now) {
  return z
    .string()
    .nullish()
    .transform((value, ctx) => {
      const raw = (value ?? '').trim();
      if (raw === '') addProblem(ctx, 'REQUIRED');
      else if (!ISO_DATE_TIME.test(raw) || Number.isNaN(Date.parse(raw))) addProblem(ctx, 'DATE');
      else if (Date.parse(raw) > now() + 5 * 60_000) addProblem(ctx, 'FUTURE');
      else if (Date.parse(raw) < now() - 365 * 86_400_000) addProblem(ctx, 'TOO_OLD');
      else return new Date(raw).toISOString();
      return z.NEVER;
    });
}

/**
 * A report of a possible violation: about a condition the reporter saw (the police from the
 * card), or about a case it takes part in (a partner that may not read the conditions).
 */
export function violationSignalSchema(now?: () => number) {
  return z
    .object({
      conditionId: id()
        .nullish()
        .transform((value) => value ?? null),
      caseId: id()
        .nullish()
        .transform((value) => value ?? null),
      what: text(10, 2000),
      occurredAt: pastMoment(now),
      location: text(2, 300),
      seenBy: text(2, 300),
    })
    .superRefine((value, ctx) => {
      if (value.conditionId === null && value.caseId === null) {
        addProblem(ctx, 'REQUIRED', {}, ['conditionId']);
      }
    });
}
export type ViolationSignalInput = z.output<ReturnType<typeof violationSignalSchema>>;

/** Probation's assessment of a signal and the follow-up it chose. */
export function assessViolationSchema() {
  return z.object({
    signalId: id(),
    revision: z.number().int().min(1),
    assessment: text(10, 4000),
    followUp: oneOf(VIOLATION_FOLLOW_UPS),
  });
}
export type AssessViolationInput = z.output<ReturnType<typeof assessViolationSchema>>;
