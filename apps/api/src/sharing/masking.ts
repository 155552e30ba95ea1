import { subject } from '@casl/ability';
import { INFORMATION_CATEGORIES, type AgencyType } from '@schakel/domain';
import { accessBasis, type AppAbility, type InformationItemSubject } from '@schakel/sharing-policy';
import type { AuditSink } from '../audit/audit-scope';
import {
  caseCategoryItem,
  caseSubjectItem,
  categoryProbe,
  PERSON_ADDRESS,
  PERSON_BSN,
  PERSON_DATE_OF_BIRTH,
  PERSON_NAME,
  type CasePolicyFields,
  type PersonField,
  type PersonVisibility,
} from './policy-sql';
import { InputError } from '../common/input.error';
import { SharingError } from './sharing.error';
import {
  toAccessBasis,
  type Access,
  type AccessBasis,
  type AccessMarker,
  type InformationCategory,
  type WithheldReason,
} from './sharing.enums';

/*
 * Field rules are applied here and nowhere else: what the ability allows of a loaded record, and
 * what the client then receives. A withheld value is null next to an explicit access marker.
 * The shapes below are plain types, structurally the GraphQL models of the features that return
 * them (persons' `Person`, information's `InformationItem`, auth's `Agency`): the policy kernel
 * imports no feature.
 */

/** An agency as a masked record names it (the GraphQL `Agency`). */
export interface AgencyRef {
  id: string;
  name: string;
  type: AgencyType;
}

/** A personal value under the covenant (the GraphQL `ProtectedString`/`ProtectedAddress`). */
export interface ProtectedValue<T> {
  access: Access;
  category: InformationCategory;
  value: T | null;
}

export interface AddressValue {
  street: string | null;
  houseNumber: string | null;
  postcode: string | null;
  city: string | null;
  wijk: string | null;
}

/** The person as the caller may see it (the GraphQL `Person`). */
export interface MaskedPerson {
  id: string;
  givenNames: ProtectedValue<string>;
  familyName: ProtectedValue<string>;
  dateOfBirth: ProtectedValue<string>;
  address: ProtectedValue<AddressValue>;
  bsn: ProtectedValue<string>;
}

/** An information item as the caller may see it (the GraphQL `InformationItem`, without cursor). */
export interface MaskedItem {
  id: string;
  caseId: string;
  category: InformationCategory;
  access: Access;
  accessBasis: AccessBasis;
  sourceAgency: AgencyRef;
  legalBasis: string;
  text: string | null;
  summary: string | null;
  createdAt: Date;
}

/** FULL when `read` is allowed, SUMMARY when only `read_summary` is, else WITHHELD. */
export function accessTo(ability: AppAbility, instance: InformationItemSubject): Access {
  if (ability.can('read', instance)) return 'FULL';
  if (ability.can('read_summary', instance)) return 'SUMMARY';
  return 'WITHHELD';
}

/**
 * A person's columns. A page of cases loads the birth date, BSN and address only when the client
 * selected them: those left out are `undefined` at run time (see `maskPerson`).
 */
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

/**
 * The person as the caller may see it, field by field; `visible` comes from the policy (in SQL or
 * in memory). A volunteer organisation with the default consent sees the name, not the birth date,
 * address or BSN: those read WITHHELD.
 */
export function maskPerson(
  row: PersonRow,
  visible: PersonVisibility,
  audit: AuditSink,
): MaskedPerson {
  // A part a page did not load (the client did not select it) is neither returned nor noted.
  const identity =
    visible.name ||
    (visible.dateOfBirth && row.dateOfBirth !== undefined) ||
    (visible.address && row.street !== undefined);
  const bsn = visible.bsn && row.bsn !== undefined;
  // Every person record that leaves the API passes here (search, referral, case subject).
  audit.note({
    personIds: [row.id],
    categories: [...(identity ? ['IDENTITY'] : []), ...(bsn ? ['BSN'] : [])],
  });
  const shown = <T, C extends 'IDENTITY' | 'BSN'>(allowed: boolean, category: C, value: T) => ({
    access: allowed ? ('FULL' as const) : ('WITHHELD' as const),
    category,
    value: allowed ? value : null,
  });
  return {
    id: row.id,
    givenNames: shown(visible.name, 'IDENTITY', row.givenNames),
    familyName: shown(visible.name, 'IDENTITY', row.familyName),
    dateOfBirth: shown(visible.dateOfBirth, 'IDENTITY', row.dateOfBirth),
    address: shown(visible.address, 'IDENTITY', {
      street: row.street,
      houseNumber: row.houseNumber,
      postcode: row.postcode,
      city: row.city,
      wijk: row.wijk,
    }),
    bsn: shown(visible.bsn, 'BSN', row.bsn),
  };
}

export interface ItemRow {
  id: string;
  caseId: string;
  personId: string;
  regionId: string;
  category: InformationCategory;
  sourceAgencyId: string;
  sourceAgency: AgencyRef;
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
    part: 'ITEM',
    hasShareableSummary: row.hasShareableSummary,
    sourceAgencyId: row.sourceAgencyId,
    activeParticipantAgencyIds: row.activeParticipantAgencyIds,
  });
}

/** The item as the caller may see it; null when it is withheld altogether. */
export function maskItem(ability: AppAbility, row: ItemRow, audit: AuditSink): MaskedItem | null {
  const instance = itemSubject(row);
  const access = accessTo(ability, instance);
  if (access === 'WITHHELD') return null;
  const policyBasis = accessBasis(ability, access === 'FULL' ? 'read' : 'read_summary', instance);
  const basis = toAccessBasis(policyBasis);
  // Every item that leaves the API passes here: its person, case and category go into the audit
  // event of the access (SUMMARY marks that only the shareable summary was read).
  audit.note({
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

/*
 * "View as" (docs/data-sharing.md, "Bekijk als"): the shape comes from the previewed agency's
 * ability, the content from the caller's own. A preview never shows more than either allows.
 */

/** Both abilities of a preview, and whose each is. */
export interface PreviewAbilities {
  target: { ability: AppAbility; agencyId: string };
  /** `audit`: where what the viewer is shown is noted (the caller's audit entry). */
  viewer: { ability: AppAbility; agencyId: string; audit: AuditSink };
}

/** What the viewer is shown of a value the target gets at `target` and the viewer at `viewer`. */
export function previewMarker(target: Access, viewer: Access): AccessMarker {
  if (target === 'WITHHELD') return 'WITHHELD';
  if (viewer === 'WITHHELD') return 'VISIBLE_TO_TARGET_ONLY';
  return target === 'FULL' && viewer === 'FULL' ? 'FULL' : 'SUMMARY';
}

export interface PreviewShape {
  targetAccess: Access;
  targetBasis: AccessBasis | null;
  withheldBecause: WithheldReason | null;
}

function shapeFor(
  ability: AppAbility,
  instance: InformationItemSubject,
  caseReadable: boolean,
): PreviewShape {
  const targetAccess = accessTo(ability, instance);
  const basis =
    targetAccess === 'WITHHELD'
      ? null
      : accessBasis(ability, targetAccess === 'FULL' ? 'read' : 'read_summary', instance);
  return {
    targetAccess,
    targetBasis: toAccessBasis(basis),
    withheldBecause:
      targetAccess !== 'WITHHELD' ? null : caseReadable ? 'NOT_GRANTED' : 'NOT_A_PARTICIPANT',
  };
}

/** Notes content the viewer was shown, with the viewer's own basis for it. */
function noteDisclosed(
  audit: AuditSink,
  viewer: AppAbility,
  instance: InformationItemSubject,
  shown: AccessMarker,
  label: string,
): void {
  if (shown !== 'FULL' && shown !== 'SUMMARY') return;
  audit.note({
    categories: [shown === 'FULL' ? label : `${label}:SUMMARY`],
    accessBasis: accessBasis(viewer, shown === 'FULL' ? 'read' : 'read_summary', instance),
  });
}

export const PREVIEW_PERSON_FIELDS = [
  'GIVEN_NAMES',
  'FAMILY_NAME',
  'DATE_OF_BIRTH',
  'ADDRESS',
  'BSN',
] as const;
export type PreviewPersonField = (typeof PREVIEW_PERSON_FIELDS)[number];

export interface PreviewValueView extends PreviewShape {
  field: PreviewPersonField;
  category: 'IDENTITY' | 'BSN';
  access: AccessMarker;
  value: string | null;
}

function formatAddress(row: Omit<PersonRow, 'id'>): string | null {
  const line1 = [row.street, row.houseNumber].filter(Boolean).join(' ');
  const line2 = [row.postcode, row.city].filter(Boolean).join(' ');
  const text = [line1, line2].filter(Boolean).join(', ');
  return text === '' ? null : text;
}

/** The person's fields as the target would get them; values only where the viewer reads them too. */
export function previewPerson(
  abilities: PreviewAbilities,
  row: CasePolicyFields,
  person: Omit<PersonRow, 'id'>,
  caseReadable: boolean,
): PreviewValueView[] {
  const values: Record<PreviewPersonField, string | null> = {
    GIVEN_NAMES: person.givenNames,
    FAMILY_NAME: person.familyName,
    DATE_OF_BIRTH: person.dateOfBirth,
    ADDRESS: formatAddress(person),
    BSN: person.bsn,
  };
  // Each field is its own part of the policy (a volunteer's consent may name the name, not the
  // address), so the shape is asked per field.
  const policyField: Record<PreviewPersonField, PersonField> = {
    GIVEN_NAMES: PERSON_NAME,
    FAMILY_NAME: PERSON_NAME,
    DATE_OF_BIRTH: PERSON_DATE_OF_BIRTH,
    ADDRESS: PERSON_ADDRESS,
    BSN: PERSON_BSN,
  };
  const noted = new Set<string>();
  return PREVIEW_PERSON_FIELDS.map((field) => {
    const { category } = policyField[field];
    const instance = caseSubjectItem(row, policyField[field]);
    const shape = shapeFor(abilities.target.ability, instance, caseReadable);
    const viewer = abilities.viewer.ability.can('read', instance) ? 'FULL' : 'WITHHELD';
    const access = previewMarker(shape.targetAccess, viewer);
    if (!noted.has(category) && access === 'FULL') {
      noted.add(category);
      noteDisclosed(abilities.viewer.audit, abilities.viewer.ability, instance, access, category);
    }
    return { field, category, ...shape, access, value: access === 'FULL' ? values[field] : null };
  });
}

export interface PreviewCategoryView extends PreviewShape {
  category: InformationCategory;
  access: AccessMarker;
}

/** Per category, what the target would get in this case, and what of that the viewer may see. */
export function previewCategories(
  abilities: PreviewAbilities,
  row: CasePolicyFields,
  caseReadable: boolean,
): PreviewCategoryView[] {
  return INFORMATION_CATEGORIES.map((category) => {
    const shape = shapeFor(
      abilities.target.ability,
      categoryProbe(row, category, abilities.target.agencyId, true),
      caseReadable,
    );
    const viewer = accessTo(
      abilities.viewer.ability,
      categoryProbe(row, category, abilities.viewer.agencyId, true),
    );
    return { category, ...shape, access: previewMarker(shape.targetAccess, viewer) };
  });
}

export interface PreviewItemView extends PreviewShape {
  id: string;
  category: InformationCategory;
  sourceAgency: AgencyRef;
  createdAt: Date;
  access: AccessMarker;
  text: string | null;
  summary: string | null;
}

/** An item as the target would get it (null: the target would not get it at all). */
export function previewItem(abilities: PreviewAbilities, row: ItemRow): PreviewItemView | null {
  const instance = itemSubject(row);
  const shape = shapeFor(abilities.target.ability, instance, true);
  if (shape.targetAccess === 'WITHHELD') return null;
  const access = previewMarker(shape.targetAccess, accessTo(abilities.viewer.ability, instance));
  noteDisclosed(abilities.viewer.audit, abilities.viewer.ability, instance, access, row.category);
  return {
    id: row.id,
    category: row.category,
    sourceAgency: row.sourceAgency,
    createdAt: new Date(row.createdAt),
    ...shape,
    access,
    text: access === 'FULL' ? row.text : null,
    summary: access === 'FULL' || access === 'SUMMARY' ? row.summary : null,
  };
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
  audit: AuditSink,
): MaskedFreeText {
  const access = freeTextAccess(ability, row, categories);
  if (access === 'WITHHELD') return { text: null, access, categories: [] };
  audit.note({ caseId: row.id, personIds: [row.subjectPersonId], categories: [...categories] });
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
    throw InputError.badInput(field, 'Choose at least one category for this text.');
  }
  const unknown = chosen.find(
    (value) => !(INFORMATION_CATEGORIES as readonly string[]).includes(value),
  );
  if (unknown !== undefined) {
    throw InputError.badInput(field, `${unknown} is not an information category.`);
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
  visible: PersonVisibility,
  audit: AuditSink,
): MaskedPerson {
  const shown: PersonVisibility = {
    name: visible.name && entered !== null,
    dateOfBirth: visible.dateOfBirth && entered !== null,
    address: visible.address && entered !== null,
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
    audit,
  );
  return { ...person, id: entered?.id ?? fallbackId };
}
