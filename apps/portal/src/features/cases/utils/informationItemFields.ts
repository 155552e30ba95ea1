import { informationItemSchema, parseWith } from '@schakel/domain';
import type { ClientErrorCode } from '../../api-client/utils/errorCode';

/*
 * The add-item form's fields; the rules are the API's own (libs/domain information-item.schema.ts).
 */

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

const isField = (value: string | null): value is InformationItemField =>
  value !== null && (INFORMATION_ITEM_FIELDS as readonly string[]).includes(value);

const fieldsSchema = informationItemSchema().omit({ caseId: true });

/** What can be checked before asking the API; an empty object means the form may be sent. */
export function checkInformationItem(values: InformationItemValues): InformationItemProblems {
  const result = parseWith(fieldsSchema, values);
  const problems: InformationItemProblems = {};
  if (result.ok) return problems;
  for (const { path, code } of result.problems) {
    if (!isField(path)) continue;
    // The legal basis has one message for both bounds.
    if (path === 'legalBasis' && (code === 'TOO_SHORT' || code === 'TOO_LONG')) {
      problems.legalBasis = 'LENGTH';
    } else if (code === 'REQUIRED' || code === 'TOO_LONG') problems[path] = code;
    else problems[path] = path === 'category' ? 'REQUIRED' : 'INVALID';
  }
  return problems;
}

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
