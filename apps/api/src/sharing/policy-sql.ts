import { subject } from '@casl/ability';
import {
  abilityToSql,
  type AppAbility,
  type InformationItemSubject,
  type PolicyAction,
  type SqlFieldMap,
} from '@schakel/sharing-policy';
import type { InformationCategory } from '@schakel/domain';

/** Parameters of one statement, numbered as they are added. */
export class SqlParams {
  readonly values: unknown[];

  constructor(initial: readonly unknown[] = []) {
    this.values = [...initial];
  }

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The SQL text of "allowed for nobody"; callers may skip the statement when they get it. */
export const NOTHING = 'FALSE';

/**
 * Need-to-know: the agency takes part in the case and its participation has not ended (an end in
 * the future is a planned "until"). The same test as `activeParticipantAgencyIds` in memory.
 */
const activeParticipant = (caseColumn: string) => (placeholder: string) =>
  `EXISTS (SELECT 1 FROM case_participant ap WHERE ap.case_id = ${caseColumn}` +
  ` AND ap.agency_id = ${placeholder} AND (ap.ended_at IS NULL OR ap.ended_at > now()))`;

/** The categories of a person's own record (name, address …, and the BSN). */
export type PersonCategory = Extract<InformationCategory, 'IDENTITY' | 'BSN'>;

/** What a query filters: a case row, an information item row, or the subject person of a case row. */
export type PolicyTarget =
  | { subject: 'Case'; alias: string }
  | { subject: 'InformationItem'; alias: string }
  | { subject: 'CaseSubject'; caseAlias: string; category: PersonCategory }
  /** Case-level records of one category, e.g. the plan of action and its actions (PLAN). */
  | { subject: 'CaseCategory'; caseAlias: string; category: InformationCategory }
  /** An agreed-approach card row (police `lookup`). */
  | { subject: 'AgreedApproach'; alias: string }
  /** One partner's part of a data-subject request (its privacy contact). */
  | { subject: 'DataSubjectRequestPart'; alias: string };

/** Column names of each target; the property test runs these exact maps on PostgreSQL. */
export function fieldMapFor(target: PolicyTarget): SqlFieldMap {
  switch (target.subject) {
    case 'Case': {
      const c = target.alias;
      return {
        id: `${c}.id`,
        regionId: `${c}.region_id`,
        // Nullable: "no casusregisseur" must test false, not NULL, where the filter is selected
        // as a boolean column (the property test caught a NULL here).
        casusregisseurAgencyId: (placeholder) =>
          `(${c}.casusregisseur_agency_id IS NOT NULL AND ${c}.casusregisseur_agency_id = ${placeholder})`,
        activeParticipantAgencyIds: activeParticipant(`${c}.id`),
      };
    }
    case 'InformationItem': {
      const i = target.alias;
      return {
        id: `${i}.id`,
        caseId: `${i}.case_id`,
        personId: `${i}.person_id`,
        regionId: `${i}.region_id`,
        category: `${i}.category`,
        hasShareableSummary: `${i}.has_shareable_summary`,
        sourceAgencyId: `${i}.source_agency_id`,
        activeParticipantAgencyIds: activeParticipant(`${i}.case_id`),
      };
    }
    case 'CaseSubject': {
      // The person record of a case is read as an item of its category, sourced by the referrer.
      const c = target.caseAlias;
      return {
        id: `${c}.subject_person_id`,
        caseId: `${c}.id`,
        personId: `${c}.subject_person_id`,
        regionId: `${c}.region_id`,
        category: { value: target.category },
        hasShareableSummary: { value: false },
        sourceAgencyId: `${c}.referring_agency_id`,
        activeParticipantAgencyIds: activeParticipant(`${c}.id`),
      };
    }
    case 'AgreedApproach':
      return { regionId: `${target.alias}.region_id`, caseId: `${target.alias}.case_id` };
    case 'DataSubjectRequestPart':
      return { regionId: `${target.alias}.region_id`, agencyId: `${target.alias}.agency_id` };
    case 'CaseCategory': {
      // In-memory twin: caseCategoryItem() below.
      const c = target.caseAlias;
      return {
        id: `${c}.id`,
        caseId: `${c}.id`,
        personId: `${c}.subject_person_id`,
        regionId: `${c}.region_id`,
        category: { value: target.category },
        hasShareableSummary: { value: false },
        sourceAgencyId: `${c}.referring_agency_id`,
        activeParticipantAgencyIds: activeParticipant(`${c}.id`),
      };
    }
  }
}

/**
 * THE filter of every list and search: the rows `ability.can(action, row)` allows, as a WHERE
 * fragment whose values are added to `params`. Never filter loaded rows in memory instead.
 */
export function policyFilter(
  ability: AppAbility,
  action: PolicyAction,
  target: PolicyTarget,
  params: SqlParams,
): string {
  const subjectType =
    target.subject === 'Case' ||
    target.subject === 'AgreedApproach' ||
    target.subject === 'DataSubjectRequestPart'
      ? target.subject
      : 'InformationItem';
  const filter = abilityToSql(
    ability,
    action,
    subjectType,
    fieldMapFor(target),
    params.values.length + 1,
  );
  if (filter === 'none') return NOTHING;
  if (filter === 'all') return 'TRUE';
  params.values.push(...filter.params);
  return filter.sql;
}

/** What the policy needs of a loaded case. */
export interface CasePolicyFields {
  id: string;
  regionId: string;
  subjectPersonId: string;
  referringAgencyId: string;
  activeParticipantAgencyIds: readonly string[];
  /** Needed for `lead`; a row loaded without it leads for nobody but the procesregisseur. */
  casusregisseurAgencyId?: string | null;
}

export function caseSubject(row: CasePolicyFields) {
  return subject('Case', {
    id: row.id,
    regionId: row.regionId,
    activeParticipantAgencyIds: row.activeParticipantAgencyIds,
    casusregisseurAgencyId: row.casusregisseurAgencyId ?? null,
  });
}

/** The in-memory twin of the `CaseSubject` target above. */
export function caseSubjectItem(
  row: CasePolicyFields,
  category: PersonCategory,
): InformationItemSubject {
  return subject('InformationItem', {
    id: row.subjectPersonId,
    caseId: row.id,
    personId: row.subjectPersonId,
    regionId: row.regionId,
    category,
    hasShareableSummary: false,
    sourceAgencyId: row.referringAgencyId,
    activeParticipantAgencyIds: row.activeParticipantAgencyIds,
  });
}

/** A would-be item of a category in a case, to ask what the caller may do with that category. */
export function categoryProbe(
  row: CasePolicyFields,
  category: InformationCategory,
  sourceAgencyId: string,
  hasShareableSummary: boolean,
): InformationItemSubject {
  return subject('InformationItem', {
    id: `${row.id}:${category}`,
    caseId: row.id,
    personId: row.subjectPersonId,
    regionId: row.regionId,
    category,
    hasShareableSummary,
    sourceAgencyId,
    activeParticipantAgencyIds: row.activeParticipantAgencyIds,
  });
}

/** The in-memory twin of the `CaseCategory` target: "the PLAN records of this case", say. */
export function caseCategoryItem(
  row: CasePolicyFields,
  category: InformationCategory,
): InformationItemSubject {
  return subject('InformationItem', {
    id: row.id,
    caseId: row.id,
    personId: row.subjectPersonId,
    regionId: row.regionId,
    category,
    hasShareableSummary: false,
    sourceAgencyId: row.referringAgencyId,
    activeParticipantAgencyIds: row.activeParticipantAgencyIds,
  });
}
