import { isValidBsn } from '@schakel/domain';
import { isCalendarDate, localDate } from '../../forms/utils/localDate';

/*
 * The API's rules for a referral (apps/api/src/referrals/referral.validation.ts), checked before
 * sending so every problem shows at once, next to its field.
 */

export const TEXT_MIN = 10;
export const TEXT_MAX = 2000;

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
  wijk: string;
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
  wijk: '',
  theme: '',
  reason: '',
  goal: '',
  reasonCategories: [],
  personInformed: '',
  notInformedReason: '',
  proposedAgencyIds: [],
};

const length = (text: string) => [...text.trim()].length;

export function checkBsn(bsn: string): ReferralProblem | null {
  const digits = bsn.replace(/[\s.]/g, '');
  if (digits === '') return null;
  return isValidBsn(digits) ? null : 'BSN';
}

export function checkBirthDate(value: string, today = new Date()): ReferralProblem | null {
  const text = value.trim();
  if (text === '') return 'REQUIRED';
  if (!isCalendarDate(text)) return 'DATE';
  if (text > localDate(today)) return 'FUTURE';
  if (text < '1900-01-01') return 'TOO_OLD';
  return null;
}

function checkText(value: string, min = TEXT_MIN): ReferralProblem | null {
  if (value.trim() === '') return 'REQUIRED';
  if (length(value) < min) return 'TOO_SHORT';
  if (length(value) > TEXT_MAX) return 'TOO_LONG';
  return null;
}

/** Step 1: a BSN alone, or a family name with a date of birth. */
export function checkSearch(values: ReferralValues, today = new Date()): ReferralProblems {
  const problems: ReferralProblems = {};
  if (values.bsn.trim() !== '') {
    const bsn = checkBsn(values.bsn);
    if (bsn) problems.bsn = bsn;
    return problems;
  }
  if (values.familyName.trim() === '') problems.familyName = 'REQUIRED';
  const date = checkBirthDate(values.dateOfBirth, today);
  if (date) problems.dateOfBirth = date;
  return problems;
}

/** Step 2 with a new person: the person's own fields as well. */
export function checkReferral(
  values: ReferralValues,
  newPerson: boolean,
  today = new Date(),
): ReferralProblems {
  const problems: ReferralProblems = {};
  if (newPerson) {
    const bsn = checkBsn(values.bsn);
    if (bsn) problems.bsn = bsn;
    if (values.givenNames.trim() === '') problems.givenNames = 'REQUIRED';
    if (values.familyName.trim() === '') problems.familyName = 'REQUIRED';
    const date = checkBirthDate(values.dateOfBirth, today);
    if (date) problems.dateOfBirth = date;
    if (
      values.postcode.trim() !== '' &&
      !/^[1-9][0-9]{3} ?[A-Za-z]{2}$/.test(values.postcode.trim())
    ) {
      problems.postcode = 'POSTCODE';
    }
  }
  if (values.theme === '') problems.theme = 'REQUIRED';
  const reason = checkText(values.reason);
  if (reason) problems.reason = reason;
  const goal = checkText(values.goal);
  if (goal) problems.goal = goal;
  if (values.reasonCategories.length === 0) problems.reasonCategories = 'REQUIRED';
  if (values.personInformed === '') problems.personInformed = 'REQUIRED';
  if (values.personInformed === 'no') {
    const why = checkText(values.notInformedReason);
    if (why) problems.notInformedReason = why;
  }
  return problems;
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
