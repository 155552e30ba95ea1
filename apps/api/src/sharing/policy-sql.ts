import { subject } from '@casl/ability';
import {
  abilityToSql,
  type AppAbility,
  type InformationItemSubject,
  type PolicyAction,
  type SqlFieldMap,
} from '@schakel/sharing-policy';
import { INFORMATION_CATEGORIES, type InformationCategory } from '@schakel/domain';

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
  | { subject: 'AgreedApproach'; alias: string };

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
    target.subject === 'Case' || target.subject === 'AgreedApproach'
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

/**
 * A free text about the person (a referral's reason, a participation's reason) carries one or more
 * categories and is readable only when every one of them is: the SQL of that test for the case
 * `caseAlias` and the categories in `categoriesColumn`. In-memory twin: `freeTextAccess`.
 */
export function freeTextReadableSql(
  ability: AppAbility,
  caseAlias: string,
  categoriesColumn: string,
  params: SqlParams,
): string {
  const branches = INFORMATION_CATEGORIES.map((category) => {
    const readable = policyFilter(
      ability,
      'read',
      { subject: 'CaseCategory', caseAlias, category },
      params,
    );
    return `WHEN '${category}' THEN (${readable})`;
  });
  return `(cardinality(${categoriesColumn}) > 0 AND NOT EXISTS (
         SELECT 1 FROM unnest(${categoriesColumn}) AS ft(category)
          WHERE (CASE ft.category ${branches.join(' ')} ELSE FALSE END) IS NOT TRUE))`;
}

/** Case statuses in which triage has not decided yet. */
export const AWAITING_TRIAGE = ['REFERRED', 'IN_TRIAGE'] as const;

/**
 * Until triage decides, the referring agency sees of the person only what it entered itself, never
 * what Schakel already knew (domain brief, "Rules settled later"): true for a case of `caseAlias`
 * awaiting triage, referred by the viewer's agency with a person it did not pick from those it may
 * see, when the viewer may not run the triage itself. In-memory twin: `seesOnlyOwnReferral`.
 */
export function referrerBeforeTriageSql(
  ability: AppAbility,
  caseAlias: string,
  viewerAgencyId: string,
  params: SqlParams,
): string {
  const c = caseAlias;
  const triage = policyFilter(ability, 'triage', { subject: 'Case', alias: c }, params);
  return `(${c}.status IN ('REFERRED', 'IN_TRIAGE')
         AND ${c}.referring_agency_id = ${params.add(viewerAgencyId)}::uuid
         AND EXISTS (SELECT 1 FROM referral rs WHERE rs.case_id = ${c}.id
                        AND rs.person_source <> 'EXISTING')
         AND NOT (${triage}))`;
}

export function seesOnlyOwnReferral(
  ability: AppAbility,
  row: CasePolicyFields & { status: string; referralPersonSource: string | null },
  viewerAgencyId: string,
): boolean {
  return (
    (AWAITING_TRIAGE as readonly string[]).includes(row.status) &&
    row.referringAgencyId === viewerAgencyId &&
    row.referralPersonSource !== null &&
    row.referralPersonSource !== 'EXISTING' &&
    !ability.can('triage', caseSubject(row))
  );
}
