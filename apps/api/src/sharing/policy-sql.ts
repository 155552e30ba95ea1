import { subject } from '@casl/ability';
import {
  abilityToSqlCondition,
  renderSql,
  type AppAbility,
  type InformationItemSubject,
  type PolicyAction,
  type SqlFieldMap,
  type SqlFilter,
} from '@schakel/sharing-policy';
import { INFORMATION_CATEGORIES, type InformationCategory, type RecordPart } from '@schakel/domain';
import { SqlParams } from '../common/sql';
import { takesPart, takesPartJoined } from './need-to-know';

// Re-exported: every caller of policyFilter builds its parameters with it.
export { SqlParams };

/** The SQL text of "allowed for nobody"; callers may skip the statement when they get it. */
export const NOTHING = 'FALSE';

const activeParticipant =
  (caseColumn: string, joined?: JoinedParticipation) => (placeholder: string) =>
    joined
      ? takesPartJoined(caseColumn, placeholder, joined.agency, joined.caseId)
      : takesPart(caseColumn, placeholder);

/**
 * A statement over many cases that joined `casesTakenPartIn(agency)` once (see need-to-know.ts):
 * `agency` is the placeholder of the caller's agency, `caseId` the joined set's column.
 */
export interface JoinedParticipation {
  agency: string;
  caseId: string;
}

/** The categories of a person's own record (name, address …, and the BSN). */
export type PersonCategory = Extract<InformationCategory, 'IDENTITY' | 'BSN'>;

/** The fields of the person record, each read as its own part of IDENTITY (or the BSN). */
export type PersonPart = Extract<RecordPart, 'NAME' | 'DATE_OF_BIRTH' | 'ADDRESS'>;

/** A field of the person record: its category, and its part within that category. */
export type PersonField =
  | { category: 'IDENTITY'; part: PersonPart }
  | { category: 'BSN'; part: Extract<RecordPart, 'WHOLE'> };

export const PERSON_NAME: PersonField = { category: 'IDENTITY', part: 'NAME' };
export const PERSON_DATE_OF_BIRTH: PersonField = { category: 'IDENTITY', part: 'DATE_OF_BIRTH' };
export const PERSON_ADDRESS: PersonField = { category: 'IDENTITY', part: 'ADDRESS' };
export const PERSON_BSN: PersonField = { category: 'BSN', part: 'WHOLE' };

/** Each field of the person record the API returns, with the part of the policy it falls under. */
export const PERSON_FIELDS = {
  name: PERSON_NAME,
  dateOfBirth: PERSON_DATE_OF_BIRTH,
  address: PERSON_ADDRESS,
  bsn: PERSON_BSN,
} as const;
export type PersonVisibility = Record<keyof typeof PERSON_FIELDS, boolean>;

/**
 * Finding a person by a value reveals that value: a BSN search needs the BSN, a search or match
 * on name and birth date (or address) the whole identity record.
 */
export const FIND_BY: Readonly<Record<PersonCategory, readonly PersonField[]>> = {
  BSN: [PERSON_BSN],
  IDENTITY: [PERSON_NAME, PERSON_DATE_OF_BIRTH, PERSON_ADDRESS],
};

/**
 * One boolean column per person field (`"nameVisible"`, `"dateOfBirthVisible"`, …) for the
 * subject of case `caseAlias`; `wrap` turns each filter into the expression selected (e.g. an
 * EXISTS over the person's cases). The in-memory twin is `personVisibility`.
 */
export function personVisibilityColumns(
  ability: AppAbility,
  caseAlias: string,
  params: SqlParams,
  wrap: (filter: string) => string = (filter) => `(${filter})`,
): string {
  return Object.entries(PERSON_FIELDS)
    .map(([key, field]) => {
      const filter = policyFilter(
        ability,
        'read',
        { subject: 'CaseSubject', caseAlias, ...field },
        params,
      );
      return `${wrap(filter)} AS "${key}Visible"`;
    })
    .join(',\n       ');
}

/** The row's `<field>Visible` columns as a PersonVisibility. */
export function visibilityOf(row: Record<`${keyof PersonVisibility}Visible`, boolean>) {
  return {
    name: row.nameVisible,
    dateOfBirth: row.dateOfBirthVisible,
    address: row.addressVisible,
    bsn: row.bsnVisible,
  };
}

/** What a query filters: a case row, an information item row, or the subject person of a case row. */
export type PolicyTarget =
  | { subject: 'Case'; alias: string; participation?: JoinedParticipation }
  | { subject: 'InformationItem'; alias: string }
  | ({
      subject: 'CaseSubject';
      caseAlias: string;
      participation?: JoinedParticipation;
    } & PersonField)
  /**
   * Case-level records of one category, e.g. the plan of action and its actions (PLAN): the whole
   * record, or the part `OWN_ACTIONS` — only for statements that themselves keep to actions owned
   * by the caller's agency (`a.owner_agency_id = caller`).
   */
  | {
      subject: 'CaseCategory';
      caseAlias: string;
      category: InformationCategory;
      part?: Extract<RecordPart, 'WHOLE' | 'OWN_ACTIONS'>;
    }
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
        subjectPersonId: `${c}.subject_person_id`,
        activeParticipantAgencyIds: activeParticipant(`${c}.id`, target.participation),
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
        part: { value: 'ITEM' },
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
        part: { value: target.part },
        hasShareableSummary: { value: false },
        sourceAgencyId: `${c}.referring_agency_id`,
        activeParticipantAgencyIds: activeParticipant(`${c}.id`, target.participation),
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
        part: { value: target.part ?? 'WHOLE' },
        hasShareableSummary: { value: false },
        sourceAgencyId: `${c}.referring_agency_id`,
        activeParticipantAgencyIds: activeParticipant(`${c}.id`),
      };
    }
  }
}

/**
 * The filters already compiled from an ability, by action, target and first parameter index (ADR
 * 0040). An ability never changes once built, and the ability of a cached session is reused by
 * every read of that session (PolicyService), so a read compiles each of its filters once per
 * session instead of once per request. Held weakly: the compiled text goes with its ability.
 */
const compiledFilters = new WeakMap<AppAbility, Map<string, SqlFilter | 'none' | 'all'>>();

function compiledFilter(
  ability: AppAbility,
  action: PolicyAction,
  target: PolicyTarget,
  firstParamIndex: number,
): SqlFilter | 'none' | 'all' {
  let byKey = compiledFilters.get(ability);
  if (!byKey) {
    byKey = new Map();
    compiledFilters.set(ability, byKey);
  }
  const key = `${action}|${firstParamIndex}|${JSON.stringify(target)}`;
  let filter = byKey.get(key);
  if (filter === undefined) {
    const subjectType =
      target.subject === 'Case' ||
      target.subject === 'AgreedApproach' ||
      target.subject === 'DataSubjectRequestPart'
        ? target.subject
        : 'InformationItem';
    const condition = abilityToSqlCondition(ability, action, subjectType, fieldMapFor(target));
    filter = typeof condition === 'string' ? condition : renderSql(condition, firstParamIndex);
    byKey.set(key, filter);
  }
  return filter;
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
  const filter = compiledFilter(ability, action, target, params.values.length + 1);
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
    subjectPersonId: row.subjectPersonId,
  });
}

/** The in-memory twin of the `CaseSubject` target above. */
export function caseSubjectItem(row: CasePolicyFields, field: PersonField): InformationItemSubject {
  return subject('InformationItem', {
    id: row.subjectPersonId,
    caseId: row.id,
    personId: row.subjectPersonId,
    regionId: row.regionId,
    category: field.category,
    part: field.part,
    hasShareableSummary: false,
    sourceAgencyId: row.referringAgencyId,
    activeParticipantAgencyIds: row.activeParticipantAgencyIds,
  });
}

/** What the caller may see of the person record of this case, field by field. */
export function personVisibility(ability: AppAbility, row: CasePolicyFields): PersonVisibility {
  const can = (field: PersonField) => ability.can('read', caseSubjectItem(row, field));
  return {
    name: can(PERSON_NAME),
    dateOfBirth: can(PERSON_DATE_OF_BIRTH),
    address: can(PERSON_ADDRESS),
    bsn: can(PERSON_BSN),
  };
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
    // Asks about the category's items (free text), as the list of items would show them.
    part: 'ITEM',
    hasShareableSummary,
    sourceAgencyId,
    activeParticipantAgencyIds: row.activeParticipantAgencyIds,
  });
}

/** The in-memory twin of the `CaseCategory` target: "the PLAN records of this case", say. */
export function caseCategoryItem(
  row: CasePolicyFields,
  category: InformationCategory,
  part: Extract<RecordPart, 'WHOLE' | 'OWN_ACTIONS'> = 'WHOLE',
): InformationItemSubject {
  return subject('InformationItem', {
    id: row.id,
    caseId: row.id,
    personId: row.subjectPersonId,
    regionId: row.regionId,
    category,
    part,
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
  return `(${c}.status IN (${AWAITING_TRIAGE.map((s) => `'${s}'`).join(', ')})
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
