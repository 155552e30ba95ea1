// Shared fixtures for the specs; excluded from the build (tsconfig.lib.json) and not exported.
import { subject } from '@casl/ability';
import type { AgencyType, InformationCategory, Role } from '@schakel/domain';
import type { PolicyContext } from '../build-ability';
import { DEFAULT_COVENANT } from '../covenant';
import type {
  CaseFields,
  CaseSubject,
  InformationItemFields,
  InformationItemSubject,
} from '../subjects';
import type { SqlFieldMap } from '../to-sql';

export const REGION = 'region-utrecht';
export const OTHER_REGION = 'region-twente';
export const MY_AGENCY = 'agency-mine';
export const OTHER_AGENCY = 'agency-other';

export function context(
  user: { agencyType: AgencyType; roles: readonly Role[]; agencyId?: string; regionId?: string },
  extra: Partial<Omit<PolicyContext, 'user'>> = {},
): PolicyContext {
  return {
    user: {
      id: 'user-1',
      roles: user.roles,
      agencyId: user.agencyId ?? MY_AGENCY,
      agencyType: user.agencyType,
      regionId: user.regionId ?? REGION,
    },
    covenant: DEFAULT_COVENANT,
    consents: [],
    conflictDecisions: [],
    breakGlass: [],
    ...extra,
  };
}

export function item(
  category: InformationCategory,
  fields: Partial<InformationItemFields> = {},
): InformationItemSubject {
  return subject('InformationItem', {
    id: 'item-1',
    caseId: 'case-1',
    personId: 'person-1',
    regionId: REGION,
    category,
    part: 'ITEM',
    hasShareableSummary: true,
    sourceAgencyId: OTHER_AGENCY,
    activeParticipantAgencyIds: [OTHER_AGENCY, MY_AGENCY],
    ...fields,
  });
}

export function caseOf(fields: Partial<CaseFields> = {}): CaseSubject {
  return subject('Case', {
    id: 'case-1',
    regionId: REGION,
    subjectPersonId: 'person-1',
    activeParticipantAgencyIds: [OTHER_AGENCY, MY_AGENCY],
    ...fields,
  });
}

const participantExists = (caseColumn: string) => (placeholder: string) =>
  `EXISTS (SELECT 1 FROM case_participant p WHERE p.case_id = ${caseColumn}` +
  ` AND p.agency_id = ${placeholder} AND p.ended_at IS NULL)`;

export const ITEM_FIELDS: SqlFieldMap = {
  id: 'i.id',
  caseId: 'i.case_id',
  personId: 'i.person_id',
  regionId: 'i.region_id',
  category: 'i.category',
  part: 'i.part',
  hasShareableSummary: 'i.has_shareable_summary',
  sourceAgencyId: 'i.source_agency_id',
  activeParticipantAgencyIds: participantExists('i.case_id'),
};

export const CASE_FIELDS: SqlFieldMap = {
  id: 'c.id',
  regionId: 'c.region_id',
  casusregisseurAgencyId: 'c.casusregisseur_agency_id',
  subjectPersonId: 'c.subject_person_id',
  activeParticipantAgencyIds: participantExists('c.id'),
};
