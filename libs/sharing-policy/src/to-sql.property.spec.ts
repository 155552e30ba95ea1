// Discourse-style consistency check (style.md item 15): for generated contexts, actions and rows,
// `ability.can(action, instance)` must agree with the SQL translator's condition evaluated over
// the same data as a database row. The API repeats this check against real PostgreSQL.
import { subject } from '@casl/ability';
import {
  AGENCY_TYPES,
  CONSENT_PARTS,
  INFORMATION_CATEGORIES,
  RECORD_PARTS,
  ROLES,
  type InformationCategory,
} from '@schakel/domain';
import fc from 'fast-check';
import { accessBasis, buildAbility, type PolicyContext } from './build-ability';
import { DEFAULT_COVENANT, type CovenantEntry } from './covenant';
import { ceilingFor } from './legal-ceiling';
import { unpackAbility, packAbility } from './pack';
import { POLICY_ACTIONS, type PolicySubjectInstance, type PolicySubjectType } from './subjects';
import {
  abilityToSqlCondition,
  renderSql,
  type SqlCondition,
  type SqlFieldMap,
  type SqlValue,
} from './to-sql';
import { CASE_FIELDS, ITEM_FIELDS } from './testing/fixtures';

// Small pools, so generated rows often hit the generated grants.
const REGIONS = ['r1', 'r2'] as const;
const AGENCIES = ['a1', 'a2', 'a3'] as const;
const PERSONS = ['p1', 'p2'] as const;
const CASES = ['c1', 'c2', 'c3'] as const;

const FIELD_MAPS: Record<PolicySubjectType, SqlFieldMap> = {
  InformationItem: ITEM_FIELDS,
  Case: CASE_FIELDS,
  Covenant: { regionId: 'cv.region_id' },
  AuditTrail: { regionId: 'at.region_id' },
  AgreedApproach: { regionId: 'aa.region_id', caseId: 'aa.case_id' },
  DataSubjectRequest: { regionId: 'dsr.region_id' },
  Retention: { regionId: 'rt.region_id' },
  DataSubjectRequestPart: { regionId: 'dp.region_id', agencyId: 'dp.agency_id' },
};

/** A stored row: its columns, and the case_participant rows the EXISTS subquery looks at. */
interface Row {
  columns: Record<string, SqlValue>;
  participants: { agencyId: string; endedAt: string | null }[];
}

function evaluate(condition: SqlCondition, row: Row): boolean {
  switch (condition.kind) {
    case 'constant':
      return condition.value;
    case 'and':
      return condition.conditions.every((child) => evaluate(child, row));
    case 'or':
      return condition.conditions.some((child) => evaluate(child, row));
    case 'equals':
      return row.columns[condition.column] === condition.value;
    case 'in':
      return condition.values.includes(row.columns[condition.column] as SqlValue);
    case 'contains':
      // Mirrors the fixture's subquery: a participant row for this agency that has not ended.
      if (condition.field !== 'activeParticipantAgencyIds') {
        throw new Error(`no evaluator for array field ${condition.field}`);
      }
      if (!condition.render('$9').includes('p.agency_id = $9 AND p.ended_at IS NULL')) {
        throw new Error('the evaluator does not match the field map');
      }
      return row.participants.some((p) => p.agencyId === condition.value && p.endedAt === null);
  }
}

const category = fc.constantFrom<InformationCategory>(...INFORMATION_CATEGORIES);
const agency = fc.constantFrom(...AGENCIES);

const covenantEntry: fc.Arbitrary<CovenantEntry> = fc.record(
  {
    subject: fc.oneof(
      fc.record({ agencyType: fc.constantFrom(...AGENCY_TYPES) }),
      fc.record({ agencyId: agency }),
    ),
    category,
    read: fc.boolean(),
    write: fc.boolean(),
    readSummary: fc.boolean(),
  },
  { requiredKeys: ['subject', 'category', 'read', 'write'] },
);

const policyContext: fc.Arbitrary<PolicyContext> = fc.record({
  user: fc.record({
    id: fc.constant('u1'),
    roles: fc.subarray([...ROLES]),
    agencyId: agency,
    // Volunteer organisations more often: they read only by consent, with named parts.
    agencyType: fc.oneof(fc.constantFrom(...AGENCY_TYPES), fc.constant('VOLUNTEER' as const)),
    regionId: fc.constantFrom(...REGIONS),
  }),
  covenant: fc.oneof(
    fc.constant(DEFAULT_COVENANT),
    fc.array(covenantEntry, { maxLength: 12 }),
    fc.array(covenantEntry, { maxLength: 4 }).map((extra) => [...DEFAULT_COVENANT, ...extra]),
  ),
  consents: fc.array(
    fc.record({
      personId: fc.constantFrom(...PERSONS),
      category,
      recipientAgencyId: agency,
      caseId: fc.option(fc.constantFrom(...CASES), { nil: null }),
      // Named parts (also ones that do not belong to the category: bad stored data).
      parts: fc.oneof(
        fc.constant([]),
        fc.subarray([...CONSENT_PARTS], { minLength: 1, maxLength: 3 }),
      ),
    }),
    { maxLength: 3 },
  ),
  conflictDecisions: fc.array(
    fc.record({ caseId: fc.constantFrom(...CASES), category, recipientAgencyId: agency }),
    { maxLength: 2 },
  ),
  breakGlass: fc.array(fc.record({ caseId: fc.constantFrom(...CASES), reason: fc.constant('r') }), {
    maxLength: 2,
  }),
});

const record = fc.record({
  id: fc.constantFrom(...CASES),
  caseId: fc.constantFrom(...CASES),
  personId: fc.constantFrom(...PERSONS),
  regionId: fc.constantFrom(...REGIONS),
  category,
  part: fc.constantFrom(...RECORD_PARTS),
  hasShareableSummary: fc.boolean(),
  sourceAgencyId: agency,
  casusregisseurAgencyId: agency,
  /** The agency of a data-subject request part. */
  partAgencyId: agency,
  participants: fc.array(
    fc.record({ agencyId: agency, endedAt: fc.option(fc.constant('2025-01-31'), { nil: null }) }),
    { maxLength: 4 },
  ),
});
type RecordData = typeof record extends fc.Arbitrary<infer R> ? R : never;

/** The same data twice: as the instance the API would load, and as the row in the database. */
function toInstanceAndRow(
  type: PolicySubjectType,
  data: RecordData,
): { instance: PolicySubjectInstance; row: Row } {
  const { participants, partAgencyId, ...fields } = data;
  const activeParticipantAgencyIds = participants
    .filter((p) => p.endedAt === null)
    .map((p) => p.agencyId);
  const all: Record<string, SqlValue> = {
    ...fields,
    subjectPersonId: fields.personId,
    agencyId: partAgencyId,
  };
  const columns: Record<string, SqlValue> = {};
  for (const [field, mapping] of Object.entries(FIELD_MAPS[type])) {
    const value = all[field];
    if (typeof mapping === 'string' && value !== undefined) columns[mapping] = value;
  }
  const row = { columns, participants };
  switch (type) {
    case 'InformationItem':
      return { instance: subject(type, { ...fields, activeParticipantAgencyIds }), row };
    case 'Case':
      return {
        instance: subject(type, {
          id: fields.id,
          regionId: fields.regionId,
          activeParticipantAgencyIds,
          casusregisseurAgencyId: fields.casusregisseurAgencyId,
          subjectPersonId: fields.personId,
        }),
        row,
      };
    case 'Covenant':
    case 'AuditTrail':
    case 'DataSubjectRequest':
    case 'Retention':
      return { instance: subject(type, { regionId: fields.regionId }), row };
    case 'AgreedApproach':
      return {
        instance: subject(type, { regionId: fields.regionId, caseId: fields.caseId }),
        row,
      };
    case 'DataSubjectRequestPart':
      return {
        instance: subject(type, { regionId: fields.regionId, agencyId: partAgencyId }),
        row,
      };
  }
}

describe('SQL filter and in-memory decision agree', () => {
  it('for 10,000 generated contexts, actions and rows', () => {
    const outcomes = { allowed: 0, denied: 0, filtered: 0, volunteerByConsent: 0 };
    fc.assert(
      fc.property(
        policyContext,
        fc.constantFrom(...POLICY_ACTIONS),
        // Items twice: they carry most of the policy.
        fc.constantFrom<PolicySubjectType>(
          'InformationItem',
          'InformationItem',
          'Case',
          'Covenant',
          'AuditTrail',
          'AgreedApproach',
          'DataSubjectRequest',
          'Retention',
          'DataSubjectRequestPart',
        ),
        fc.array(record, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 5 }),
        (ctx, action, type, records, firstParamIndex) => {
          const ability = buildAbility(ctx);
          const unpacked = unpackAbility(packAbility(ability));
          const condition = abilityToSqlCondition(ability, action, type, FIELD_MAPS[type]);

          if (typeof condition !== 'string') {
            outcomes.filtered++;
            // Every value is a parameter, numbered in order from the requested index.
            const { sql, params } = renderSql(condition, firstParamIndex);
            const placeholders = [...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]));
            const expected = params.map((_, i) => firstParamIndex + i);
            if (placeholders.join() !== expected.join()) {
              throw new Error(`placeholders ${placeholders.join()} for ${params.length} params`);
            }
          }

          for (const data of records) {
            const { instance, row } = toInstanceAndRow(type, data);
            const allowed = ability.can(action, instance);
            const bySql =
              condition === 'all' ? true : condition === 'none' ? false : evaluate(condition, row);
            // Plain checks: expect() in a 10,000-run loop costs seconds.
            if (bySql !== allowed) throw new Error(`SQL says ${bySql}, can() says ${allowed}`);
            if (unpacked.can(action, instance) !== allowed) throw new Error('unpacked differs');
            if ((accessBasis(ability, action, instance) !== null) !== allowed) {
              throw new Error('access basis disagrees with can()');
            }
            // Whatever covenant was generated, the covenant never grants above the legal ceiling.
            if (
              allowed &&
              type === 'InformationItem' &&
              accessBasis(ability, action, instance) === 'covenant'
            ) {
              const cell = ceilingFor(ctx.user.agencyType, data.category);
              const permitted =
                action === 'read'
                  ? cell.read
                  : action === 'read_summary'
                    ? cell.readSummary
                    : cell.write;
              if (!permitted) throw new Error(`covenant ${action} above the legal ceiling`);
            }
            if (allowed) outcomes.allowed++;
            else outcomes.denied++;
            if (allowed && ctx.user.agencyType === 'VOLUNTEER' && type === 'InformationItem') {
              // A volunteer organisation reads items only on the basis of a consent (break-glass
              // is a procesregisseur's, whatever the agency).
              const basis = accessBasis(ability, action, instance);
              if (action !== 'read' || (basis !== 'consent' && basis !== 'break_glass')) {
                throw new Error(`a volunteer may ${action} without consent`);
              }
              outcomes.volunteerByConsent++;
            }
          }
        },
      ),
      { numRuns: 10_000 },
    );
    // Guards against a vacuous property: both answers, and real filters, must occur often.
    expect(outcomes.allowed).toBeGreaterThan(1_000);
    expect(outcomes.denied).toBeGreaterThan(1_000);
    expect(outcomes.filtered).toBeGreaterThan(1_000);
    expect(outcomes.volunteerByConsent).toBeGreaterThan(10);
  });
});
