import { subject } from '@casl/ability';
import { INFORMATION_CATEGORIES } from '@schakel/domain';
import { accessBasis, type AppAbility, type InformationItemSubject } from '@schakel/sharing-policy';
import { auditNote } from '../audit/audit-scope';
import type { AgencyModel } from '../auth/me.model';
import type { InformationItemModel } from '../information/information-item.model';
import type { PersonModel } from '../persons/person.model';
import { caseCategoryItem, categoryProbe, type CasePolicyFields } from './policy-sql';
import { SharingError } from './sharing.error';
import {
  toAccessBasis,
  type Access,
  type AccessBasis,
  type InformationCategory,
} from './sharing.enums';

/*
 * Field rules are applied here and nowhere else: what the ability allows of a loaded record, and
 * what the client then receives. A withheld value is null next to an explicit access marker.
 */

/** FULL when `read` is allowed, SUMMARY when only `read_summary` is, else WITHHELD. */
export function accessTo(ability: AppAbility, instance: InformationItemSubject): Access {
  if (ability.can('read', instance)) return 'FULL';
  if (ability.can('read_summary', instance)) return 'SUMMARY';
  return 'WITHHELD';
}

export interface PersonRow {
  id: string;
  givenNames: string;
  familyName: string;
  dateOfBirth: string;
  bsn: string | null;
  street: string | null;
  houseNumber: string | null;
  postcode: string | null;
  city: string | null;
  wijk: string | null;
}

/** The person as the caller may see it; `visible` comes from the policy (in SQL or in memory). */
export function maskPerson(
  row: PersonRow,
  visible: { identity: boolean; bsn: boolean },
): PersonModel {
  // Every person record that leaves the API passes here (search, referral, case subject).
  auditNote({
    personIds: [row.id],
    categories: [...(visible.identity ? ['IDENTITY'] : []), ...(visible.bsn ? ['BSN'] : [])],
  });
  const identity = <T>(value: T) => ({
    access: visible.identity ? ('FULL' as const) : ('WITHHELD' as const),
    category: 'IDENTITY' as const,
    value: visible.identity ? value : null,
  });
  return {
    id: row.id,
    givenNames: identity(row.givenNames),
    familyName: identity(row.familyName),
    dateOfBirth: identity(row.dateOfBirth),
    address: identity({
      street: row.street,
      houseNumber: row.houseNumber,
      postcode: row.postcode,
      city: row.city,
      wijk: row.wijk,
    }),
    bsn: {
      access: visible.bsn ? 'FULL' : 'WITHHELD',
      category: 'BSN',
      value: visible.bsn ? row.bsn : null,
    },
  };
}

export interface ItemRow {
  id: string;
  caseId: string;
  personId: string;
  regionId: string;
  category: InformationCategory;
  sourceAgencyId: string;
  sourceAgency: AgencyModel;
  legalBasis: string;
  text: string;
  summary: string | null;
  hasShareableSummary: boolean;
  createdAt: Date;
  activeParticipantAgencyIds: string[];
}

export function itemSubject(row: ItemRow): InformationItemSubject {
  return subject('InformationItem', {
    id: row.id,
    caseId: row.caseId,
    personId: row.personId,
    regionId: row.regionId,
    category: row.category,
    hasShareableSummary: row.hasShareableSummary,
    sourceAgencyId: row.sourceAgencyId,
    activeParticipantAgencyIds: row.activeParticipantAgencyIds,
  });
}

/** The item as the caller may see it; null when it is withheld altogether. */
export function maskItem(
  ability: AppAbility,
  row: ItemRow,
): Omit<InformationItemModel, 'cursor'> | null {
  const instance = itemSubject(row);
  const access = accessTo(ability, instance);
  if (access === 'WITHHELD') return null;
  const policyBasis = accessBasis(ability, access === 'FULL' ? 'read' : 'read_summary', instance);
  const basis = toAccessBasis(policyBasis);
  // Every item that leaves the API passes here: its person, case and category go into the audit
  // event of the access (SUMMARY marks that only the shareable summary was read).
  auditNote({
    personIds: [row.personId],
    caseId: row.caseId,
    categories: [access === 'FULL' ? row.category : `${row.category}:SUMMARY`],
    accessBasis: policyBasis,
  });
  return {
    id: row.id,
    caseId: row.caseId,
    category: row.category,
    access,
    accessBasis: basis ?? 'COVENANT',
    sourceAgency: row.sourceAgency,
    legalBasis: row.legalBasis,
    text: access === 'FULL' ? row.text : null,
    summary: row.summary,
    createdAt: new Date(row.createdAt),
  };
}

export interface CategoryAccessView {
  category: InformationCategory;
  access: Access;
  accessBasis: AccessBasis | null;
  canWrite: boolean;
}

/**
 * Per category, what the viewing agency may do in this case, whether or not items exist — so the
 * portal can say "afgeschermd" without revealing that something is there.
 */
export function categoryAccess(
  ability: AppAbility,
  row: CasePolicyFields,
  viewer: { agencyId: string },
): CategoryAccessView[] {
  return INFORMATION_CATEGORIES.map((category) => {
    const probe = categoryProbe(row, category, viewer.agencyId, true);
    const access = accessTo(ability, probe);
    const basis =
      access === 'WITHHELD'
        ? null
        : accessBasis(ability, access === 'FULL' ? 'read' : 'read_summary', probe);
    return {
      category,
      access,
      accessBasis: toAccessBasis(basis),
      canWrite: ability.can('create', probe),
    };
  });
}

/** A free text about the person as the viewer may see it (the `minutes`/`minutesAccess` shape). */
export interface MaskedFreeText {
  text: string | null;
  access: Access;
  /** Empty when withheld: a category such as CARE would itself say something about the person. */
  categories: InformationCategory[];
}

/**
 * A free text about the person (a referral's reason, a participation's reason): FULL only when
 * the viewer may read every one of its categories in this case, like an item of each of them
 * (covenant, consent, conflict of duties, break-glass); else WITHHELD with the text left out.
 * Twin of `freeTextReadableSql` for rows loaded without the policy.
 */
export function freeTextAccess(
  ability: AppAbility,
  row: CasePolicyFields,
  categories: readonly InformationCategory[],
): Access {
  const readable =
    categories.length > 0 &&
    categories.every((category) => ability.can('read', caseCategoryItem(row, category)));
  return readable ? 'FULL' : 'WITHHELD';
}

export function maskFreeText(
  ability: AppAbility,
  row: CasePolicyFields,
  categories: readonly InformationCategory[],
  text: string | null,
): MaskedFreeText {
  const access = freeTextAccess(ability, row, categories);
  if (access === 'WITHHELD') return { text: null, access, categories: [] };
  auditNote({ caseId: row.id, personIds: [row.subjectPersonId], categories: [...categories] });
  return { text, access, categories: [...categories] };
}

/**
 * The categories the caller may give a free text it writes in this case: those it may add items
 * of. A writer cannot label a text with a category it could not write as an item.
 */
export function writableFreeTextCategories(
  ability: AppAbility,
  row: CasePolicyFields,
): InformationCategory[] {
  return INFORMATION_CATEGORIES.filter((category) =>
    ability.can('create', caseCategoryItem(row, category)),
  );
}

/** The categories a writer chose, checked: at least one, known, and each one it may write. */
export function freeTextCategoriesArg(
  ability: AppAbility,
  row: CasePolicyFields,
  values: readonly string[] | null | undefined,
  field: string,
): InformationCategory[] {
  const chosen = [...new Set(values ?? [])];
  if (chosen.length === 0) {
    throw SharingError.badInput(field, 'Choose at least one category for this text.');
  }
  const unknown = chosen.find(
    (value) => !(INFORMATION_CATEGORIES as readonly string[]).includes(value),
  );
  if (unknown !== undefined) {
    throw SharingError.badInput(field, `${unknown} is not an information category.`);
  }
  const writable = writableFreeTextCategories(ability, row);
  const refused = chosen.find((category) => !writable.includes(category as InformationCategory));
  if (refused !== undefined) {
    throw new SharingError(
      'FORBIDDEN',
      `Your agency may not write information of category ${refused} under the covenant.`,
      field,
    );
  }
  return chosen as InformationCategory[];
}

/** What a referrer entered about the person, kept with the referral (`referral.entered_person`). */
export interface EnteredPerson {
  id: string;
  givenNames: string;
  familyName: string;
  dateOfBirth: string;
  bsn: string | null;
  street: string | null;
  houseNumber: string | null;
  postcode: string | null;
  city: string | null;
  wijk: string | null;
}

/**
 * The person as a referrer sees it until triage decides: only what it entered itself, masked by
 * the same visibility as the person record. Fields it did not enter are FULL with a null value
 * ("not recorded" in the referral), never Schakel's own data. Without a stored entry (older
 * referrals) every field is withheld. The person's own id is not shown either: it would let the
 * referrer recognise a known person. The audit notes the real person it concerns.
 */
export function maskEnteredPerson(
  entered: EnteredPerson | null,
  subjectPersonId: string,
  fallbackId: string,
  visible: { identity: boolean; bsn: boolean },
): PersonModel {
  const shown = {
    identity: visible.identity && entered !== null,
    bsn: visible.bsn && entered !== null,
  };
  const person = maskPerson(
    {
      givenNames: '',
      familyName: '',
      dateOfBirth: '',
      bsn: null,
      street: null,
      houseNumber: null,
      postcode: null,
      city: null,
      wijk: null,
      ...entered,
      id: subjectPersonId,
    },
    shown,
  );
  return { ...person, id: entered?.id ?? fallbackId };
}
