import type { InformationCategory } from './information-category';

/*
 * Parts of a category's records, for consents that name less than a whole category (the
 * volunteer rule of domain brief §4, "Rules settled later"). A consent without parts covers the
 * whole category, as before.
 */

/** Fields of the person record (category IDENTITY). The person record holds no contact details
 * yet; CONTACT is named so a consent's scope stays right when they are added. */
export const IDENTITY_PARTS = ['NAME', 'CONTACT', 'DATE_OF_BIRTH', 'ADDRESS'] as const;
/** PLAN: only the actions owned by the recipient agency, not the plan around them. */
export const PLAN_PARTS = ['OWN_ACTIONS'] as const;

export const CONSENT_PARTS = [...IDENTITY_PARTS, ...PLAN_PARTS] as const;
export type ConsentPart = (typeof CONSENT_PARTS)[number];

/** Which parts a consent of each category may name; a category not listed has no parts. */
export const CONSENT_PARTS_BY_CATEGORY: Readonly<
  Partial<Record<InformationCategory, readonly ConsentPart[]>>
> = {
  IDENTITY: IDENTITY_PARTS,
  PLAN: PLAN_PARTS,
};

/**
 * What a record the policy is asked about is, within its category: a named part, an information
 * item (free text) of the category, or the whole record (the plan of a case, the BSN).
 */
export const RECORD_PARTS = [...CONSENT_PARTS, 'ITEM', 'WHOLE'] as const;
export type RecordPart = (typeof RECORD_PARTS)[number];

export function isConsentPart(value: unknown): value is ConsentPart {
  return typeof value === 'string' && (CONSENT_PARTS as readonly string[]).includes(value);
}
