import {
  parseWith,
  referralInputSchema,
  referralLookupSchema,
  type InputProblem,
  type InputProblemCode,
  type ParseResult,
} from '@schakel/domain';
import { problemsOnFields } from '../../forms/hooks/useFormProblems';
import { localDate } from '../../forms/utils/localDate';

/*
 * The referral's form fields and its rules: the schemas the API checks with (libs/domain), run
 * before sending so every problem shows at once, next to its field.
 */

export type ReferralProblem =
  | 'REQUIRED'
  | 'BSN'
  | 'DATE'
  | 'FUTURE'
  | 'TOO_OLD'
  | 'POSTCODE'
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'NOT_FOUND'
  | 'INVALID';

// In the order of the form, so the first problem is the first field on screen.
export const REFERRAL_FIELDS = [
  'givenNames',
  'familyName',
  'dateOfBirth',
  'bsn',
  'postcode',
  'theme',
  'reason',
  'goal',
  'reasonCategories',
  'personInformed',
  'notInformedReason',
  'proposedAgencyIds',
] as const;
export type ReferralField = (typeof REFERRAL_FIELDS)[number];
export type ReferralProblems = Partial<Record<ReferralField, ReferralProblem>>;

export interface ReferralValues {
  bsn: string;
  givenNames: string;
  familyName: string;
  dateOfBirth: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  theme: string;
  reason: string;
  goal: string;
  /** The categories of reason and goal: who may read them (issue 11: every free text has one). */
  reasonCategories: string[];
  /** '' until answered. */
  personInformed: '' | 'yes' | 'no';
  notInformedReason: string;
  proposedAgencyIds: string[];
}

export const EMPTY_REFERRAL: ReferralValues = {
  bsn: '',
  givenNames: '',
  familyName: '',
  dateOfBirth: '',
  street: '',
  houseNumber: '',
  postcode: '',
  city: '',
  theme: '',
  reason: '',
  goal: '',
  reasonCategories: [],
  personInformed: '',
  notInformedReason: '',
  proposedAgencyIds: [],
};

type Problems = readonly InputProblem[];

function onForm(found: Problems): ReferralProblems {
  // The form always names a person (the step before), so "no person" is not the user's to fix.
  const onFields = found.filter(({ path }) => path !== 'person');
  return problemsOnFields(
    onFields.map(({ path, code }) => ({ path, code: FORM_PROBLEM[code] })),
    fieldOfApi,
  );
}

const FORM_PROBLEM: Record<InputProblemCode, ReferralProblem> = {
  REQUIRED: 'REQUIRED',
  TOO_SHORT: 'TOO_SHORT',
  TOO_LONG: 'TOO_LONG',
  NUL: 'INVALID',
  BSN: 'BSN',
  DATE: 'DATE',
  FUTURE: 'FUTURE',
  TOO_OLD: 'TOO_OLD',
  POSTCODE: 'POSTCODE',
  INVALID: 'INVALID',
  TOO_MANY: 'INVALID',
  RANGE: 'INVALID',
  OVERLAP: 'INVALID',
};

const problemsOf = (result: ParseResult<unknown>): Problems => (result.ok ? [] : result.problems);

/** Step 1: a BSN alone, or a family name with a date of birth. */
export function checkSearch(values: ReferralValues, today = new Date()): ReferralProblems {
  return onForm(problemsOf(parseWith(referralLookupSchema(localDate(today)), values)));
}

/** What the form sends for the person it names, in the API's input shape. */
export function personInput(values: ReferralValues) {
  const optional = (value: string) => value.trim() || null;
  return {
    bsn: optional(values.bsn),
    givenNames: values.givenNames.trim(),
    familyName: values.familyName.trim(),
    dateOfBirth: values.dateOfBirth.trim(),
    street: optional(values.street),
    houseNumber: optional(values.houseNumber),
    postcode: optional(values.postcode),
    city: optional(values.city),
  };
}

/** Step 2 with a new person: the person's own fields as well. */
export function checkReferral(
  values: ReferralValues,
  newPerson: boolean,
  today = new Date(),
): ReferralProblems {
  const input = {
    person: newPerson ? personInput(values) : null,
    theme: values.theme,
    reason: values.reason,
    goal: values.goal,
    reasonCategories: values.reasonCategories,
    proposedAgencyIds: values.proposedAgencyIds,
    personInformed: values.personInformed === '' ? null : values.personInformed === 'yes',
    notInformedReason: values.notInformedReason,
  };
  return onForm(problemsOf(parseWith(referralInputSchema(localDate(today)), input)));
}

export function firstProblemField(problems: ReferralProblems): ReferralField | null {
  return REFERRAL_FIELDS.find((field) => problems[field]) ?? null;
}

/** The API names fields like `person.bsn` or `proposedAgencyIds.2`; map them onto the form. */
export function fieldOfApi(field: string | null): ReferralField | null {
  if (!field) return null;
  const name = field.replace(/^person\./, '').replace(/\.\d+$/, '');
  if (name === 'person' || name === 'personId') return 'familyName';
  return (REFERRAL_FIELDS as readonly string[]).includes(name) ? (name as ReferralField) : null;
}
