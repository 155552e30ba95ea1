import { isValidBsn } from '@schakel/domain';
import { isCalendarDate } from '../../forms/utils/localDate';
import type { AgreedApproachLookupPurpose } from '../../../gql/graphql';

export type SearchMode = 'BSN' | 'NAME_DOB';

export const PURPOSE_KINDS: readonly AgreedApproachLookupPurpose[] = [
  'STREET_CHECK',
  'INCIDENT_REPORT',
  'ARREST_CONSIDERED',
  'SAFETY_CHECK',
  'OTHER',
];
export const PURPOSE_MIN = 5;
export const PURPOSE_MAX = 500;

export interface LookupValues {
  mode: SearchMode;
  bsn: string;
  familyName: string;
  givenNames: string;
  /** YYYY-MM-DD from the date input. */
  dateOfBirth: string;
  purposeKind: AgreedApproachLookupPurpose | '';
  purpose: string;
}

export const LOOKUP_FIELDS = [
  'bsn',
  'familyName',
  'dateOfBirth',
  'purposeKind',
  'purpose',
] as const;
export type LookupField = (typeof LOOKUP_FIELDS)[number];
export type LookupProblem = 'REQUIRED' | 'INVALID' | 'TOO_SHORT' | 'TOO_LONG';
export type LookupProblems = Partial<Record<LookupField, LookupProblem>>;

/** The same rules as the API, so the officer hears about a typo before anything is searched. */
export function checkLookup(values: LookupValues, today: string): LookupProblems {
  const problems: LookupProblems = {};
  if (values.mode === 'BSN') {
    const bsn = values.bsn.replace(/[\s.-]/g, '');
    if (bsn === '') problems.bsn = 'REQUIRED';
    else if (!isValidBsn(bsn)) problems.bsn = 'INVALID';
  } else {
    if (values.familyName.trim() === '') problems.familyName = 'REQUIRED';
    const born = values.dateOfBirth.trim();
    if (born === '') problems.dateOfBirth = 'REQUIRED';
    else if (!isCalendarDate(born) || born > today || born < '1900-01-01')
      problems.dateOfBirth = 'INVALID';
  }
  if (values.purposeKind === '') problems.purposeKind = 'REQUIRED';
  const purpose = [...values.purpose.trim()].length;
  if (purpose === 0) problems.purpose = 'REQUIRED';
  else if (purpose < PURPOSE_MIN) problems.purpose = 'TOO_SHORT';
  else if (purpose > PURPOSE_MAX) problems.purpose = 'TOO_LONG';
  return problems;
}

export function firstLookupProblem(problems: LookupProblems): LookupField | null {
  return LOOKUP_FIELDS.find((field) => problems[field]) ?? null;
}

/** An API field error as a field problem; null when the API named no field of this form. */
export function lookupProblemsForApiError(
  code: string,
  field: string | null,
): LookupProblems | null {
  if (code !== 'BAD_USER_INPUT' || field === null) return null;
  return (LOOKUP_FIELDS as readonly string[]).includes(field)
    ? { [field as LookupField]: 'INVALID' }
    : null;
}
