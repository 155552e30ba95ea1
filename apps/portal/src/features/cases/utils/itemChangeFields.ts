import {
  eraseInformationItemSchema,
  parseWith,
  rectifyInformationItemSchema,
} from '@schakel/domain';
import type { ClientErrorCode } from '../../api-client/utils/errorCode';

/*
 * The correct-or-erase form of one information item; the rules are the API's own
 * (libs/domain information-item.schema.ts).
 */

export type ItemChangeKind = 'RECTIFY' | 'ERASE';

export interface ItemChangeValues {
  kind: ItemChangeKind;
  text: string;
  shareableSummary: string;
  reason: string;
}

export type ItemChangeField = 'text' | 'shareableSummary' | 'reason';

/** In the order of the form, so the first problem is the one that gets focus. */
export const ITEM_CHANGE_FIELDS: readonly ItemChangeField[] = [
  'text',
  'shareableSummary',
  'reason',
];

export type ItemChangeProblem = 'REQUIRED' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID';

export type ItemChangeProblems = Partial<Record<ItemChangeField, ItemChangeProblem>>;

const isField = (value: string | null): value is ItemChangeField =>
  value !== null && (ITEM_CHANGE_FIELDS as readonly string[]).includes(value);

const PLACEHOLDER = { itemId: '00000000-0000-0000-0000-000000000000', revision: 1 };

/** What can be checked before asking the API; an empty object means the form may be sent. */
export function checkItemChange(values: ItemChangeValues): ItemChangeProblems {
  const result =
    values.kind === 'RECTIFY'
      ? parseWith(rectifyInformationItemSchema(), { ...PLACEHOLDER, ...values })
      : parseWith(eraseInformationItemSchema(), { ...PLACEHOLDER, reason: values.reason });
  const problems: ItemChangeProblems = {};
  if (result.ok) return problems;
  for (const { path, code } of result.problems) {
    if (!isField(path)) continue;
    problems[path] =
      code === 'REQUIRED' || code === 'TOO_SHORT' || code === 'TOO_LONG' ? code : 'INVALID';
  }
  return problems;
}

/** The field an API error belongs to, if any; other errors are about the request as a whole. */
export function problemsForApiError(
  code: ClientErrorCode,
  field: string | null,
): ItemChangeProblems | null {
  if (code === 'BAD_USER_INPUT' && isField(field)) return { [field]: 'INVALID' };
  return null;
}

export function firstProblemField(problems: ItemChangeProblems): ItemChangeField | null {
  return ITEM_CHANGE_FIELDS.find((field) => problems[field]) ?? null;
}
