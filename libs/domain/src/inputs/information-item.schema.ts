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

/** Why the source corrects or erases an item: for the audit, never shown to other agencies. */
export const CHANGE_REASON_MIN = 10;
export const CHANGE_REASON_MAX = 1000;

function optionalId() {
  return id()
    .nullish()
    .transform((value) => value ?? null);
}

/**
 * The source agency corrects an item (AVG art. 16): the new text replaces the old one, which is
 * not kept anywhere. `revision` is the one the caller read (a stale one gives EDIT_CONFLICT).
 */
export function rectifyInformationItemSchema() {
  return z.object({
    itemId: id(),
    revision: z.number().int().min(1),
    text: text(1, ITEM_TEXT_MAX),
    shareableSummary: optionalText(1, SUMMARY_MAX),
    reason: text(CHANGE_REASON_MIN, CHANGE_REASON_MAX),
    dataSubjectRequestId: optionalId(),
  });
}
export type RectifyInformationItemInput = z.output<ReturnType<typeof rectifyInformationItemSchema>>;

/** The source agency erases an item (AVG art. 17): the item is deleted, its history kept. */
export function eraseInformationItemSchema() {
  return z.object({
    itemId: id(),
    revision: z.number().int().min(1),
    reason: text(CHANGE_REASON_MIN, CHANGE_REASON_MAX),
    dataSubjectRequestId: optionalId(),
  });
}
export type EraseInformationItemInput = z.output<ReturnType<typeof eraseInformationItemSchema>>;
