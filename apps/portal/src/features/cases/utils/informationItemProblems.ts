import type { ClientErrorCode } from '../../api-client/utils/errorCode';

/** The API's bounds on a new information item (AddInformationItemInput). */
export const TEXT_MAX = 10_000;
export const LEGAL_BASIS_MIN = 3;
export const LEGAL_BASIS_MAX = 500;
export const SUMMARY_MAX = 2000;

export interface InformationItemValues {
  category: string;
  text: string;
  legalBasis: string;
  shareableSummary: string;
}

export type InformationItemField = keyof InformationItemValues;

/** In the order of the form, so the first problem is the one that gets focus. */
export const INFORMATION_ITEM_FIELDS: readonly InformationItemField[] = [
  'category',
  'text',
  'legalBasis',
  'shareableSummary',
];

export type InformationItemProblem = 'REQUIRED' | 'TOO_LONG' | 'LENGTH' | 'FORBIDDEN' | 'INVALID';

export type InformationItemProblems = Partial<Record<InformationItemField, InformationItemProblem>>;

// Counted like the API does: characters, not UTF-16 units, after trimming.
const length = (value: string) => [...value.trim()].length;

/** What can be checked before asking the API; an empty object means the form may be sent. */
export function checkInformationItem(values: InformationItemValues): InformationItemProblems {
  const problems: InformationItemProblems = {};
  if (values.category === '') problems.category = 'REQUIRED';
  if (length(values.text) === 0) problems.text = 'REQUIRED';
  else if (length(values.text) > TEXT_MAX) problems.text = 'TOO_LONG';
  const legalBasis = length(values.legalBasis);
  if (legalBasis === 0) problems.legalBasis = 'REQUIRED';
  else if (legalBasis < LEGAL_BASIS_MIN || legalBasis > LEGAL_BASIS_MAX)
    problems.legalBasis = 'LENGTH';
  if (length(values.shareableSummary) > SUMMARY_MAX) problems.shareableSummary = 'TOO_LONG';
  return problems;
}

const isField = (value: string | null): value is InformationItemField =>
  value !== null && (INFORMATION_ITEM_FIELDS as readonly string[]).includes(value);

/**
 * The field an API error belongs to (by its code and `extensions.field`), if any; other errors are
 * about the request as a whole.
 */
export function problemsForApiError(
  code: ClientErrorCode,
  field: string | null,
): InformationItemProblems | null {
  if (code === 'FORBIDDEN' && field === 'category') return { category: 'FORBIDDEN' };
  if (code === 'BAD_USER_INPUT' && isField(field)) return { [field]: 'INVALID' };
  return null;
}

export function firstProblemField(problems: InformationItemProblems): InformationItemField | null {
  return INFORMATION_ITEM_FIELDS.find((field) => problems[field]) ?? null;
}
