import { z } from 'zod';
import { INFORMATION_CATEGORIES } from '../information-category';
import { id, oneOf, optionalText, text } from './input-problem';

export const ITEM_TEXT_MAX = 10_000;
export const LEGAL_BASIS_MIN = 3;
export const LEGAL_BASIS_MAX = 500;
export const SUMMARY_MAX = 2000;

/**
 * A new information item. Whether the caller's agency may write its category in this case is the
 * covenant's question, answered by the API against the case (FORBIDDEN on `category`).
 */
export function informationItemSchema() {
  return z.object({
    caseId: id(),
    category: oneOf(INFORMATION_CATEGORIES),
    legalBasis: text(LEGAL_BASIS_MIN, LEGAL_BASIS_MAX),
    text: text(1, ITEM_TEXT_MAX),
    shareableSummary: optionalText(1, SUMMARY_MAX),
  });
}
export type InformationItemInput = z.output<ReturnType<typeof informationItemSchema>>;
