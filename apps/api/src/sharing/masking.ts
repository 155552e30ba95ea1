import { subject } from '@casl/ability';
import { INFORMATION_CATEGORIES } from '@schakel/domain';
import { accessBasis, type AppAbility, type InformationItemSubject } from '@schakel/sharing-policy';
import { auditNote } from '../audit/audit-scope';
import type { AgencyModel } from '../auth/me.model';
import type { InformationItemModel } from '../information/information-item.model';
import type { PersonModel } from '../persons/person.model';
import { categoryProbe, type CasePolicyFields, type PersonVisibility } from './policy-sql';
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

/**
 * The person as the caller may see it, field by field; `visible` comes from the policy (in SQL or
 * in memory). A volunteer organisation with the default consent sees the name, not the birth date,
 * address or BSN: those read WITHHELD.
 */
export function maskPerson(row: PersonRow, visible: PersonVisibility): PersonModel {
  const identity = visible.name || visible.dateOfBirth || visible.address;
  // Every person record that leaves the API passes here (search, referral, case subject).
  auditNote({
    personIds: [row.id],
    categories: [...(identity ? ['IDENTITY'] : []), ...(visible.bsn ? ['BSN'] : [])],
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
    part: 'ITEM',
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
