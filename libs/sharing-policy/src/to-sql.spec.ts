import { buildAbility } from './build-ability';
import { createAppAbility, type AppRawRule } from './subjects';
import {
  abilityToSql,
  conditionToSql,
  PolicySqlError,
  renderSql,
  type SqlFieldMap,
} from './to-sql';
import { CASE_FIELDS, context, ITEM_FIELDS, MY_AGENCY } from './testing/fixtures';

const PARTICIPATES = (placeholder: string, caseColumn: string) =>
  `(EXISTS (SELECT 1 FROM case_participant p WHERE p.case_id = ${caseColumn}` +
  ` AND p.agency_id = ${placeholder} AND p.ended_at IS NULL))`;

const itemRule = (conditions: AppRawRule['conditions']) =>
  createAppAbility([{ action: 'read', subject: 'InformationItem', conditions }]);

describe('abilityToSql', () => {
  it('filters a housing member to its cases, its region and the categories it may read', () => {
    const ability = buildAbility(context({ agencyType: 'HOUSING', roles: ['MEMBER'] }));
    expect(abilityToSql(ability, 'read', 'InformationItem', ITEM_FIELDS)).toEqual({
      sql:
        `(i.region_id = $1 AND ${PARTICIPATES('$2', 'i.case_id')}` +
        ` AND i.category IN ($3, $4, $5, $6))`,
      params: ['region-utrecht', MY_AGENCY, 'IDENTITY', 'CARE_SIGNAL', 'SAFETY', 'PLAN'],
    });
  });

  it('adds consent and break-glass as alternatives, numbering from the given index', () => {
    const ability = buildAbility(
      context(
        { agencyType: 'ZVH', roles: ['PROCESREGISSEUR'] },
        {
          breakGlass: [{ caseId: 'case-9', reason: 'acute' }],
          consents: [
            { personId: 'p1', category: 'CARE', recipientAgencyId: MY_AGENCY, caseId: null },
          ],
        },
      ),
    );
    expect(abilityToSql(ability, 'read', 'Case', CASE_FIELDS, 3)).toEqual({
      sql:
        `((c.region_id = $3 AND ${PARTICIPATES('$4', 'c.id')})` +
        ` OR (c.region_id = $5 AND c.id = $6))`,
      params: ['region-utrecht', MY_AGENCY, 'region-utrecht', 'case-9'],
    });
    const items = abilityToSql(ability, 'read', 'InformationItem', ITEM_FIELDS);
    expect(items).not.toBe('none');
    expect(items).not.toBe('all');
    if (typeof items === 'string') return;
    expect(items.sql).toContain(
      `(i.region_id = $12 AND ${PARTICIPATES('$13', 'i.case_id')}` +
        ` AND i.person_id = $14 AND i.category = $15)`,
    );
    expect(items.sql).toContain('(i.region_id = $16 AND i.case_id = $17)');
    expect(items.params.slice(13)).toEqual(['p1', 'CARE', 'region-utrecht', 'case-9']);
  });

  it("answers 'none' when nothing is allowed, so the caller can skip the query", () => {
    const admin = buildAbility(context({ agencyType: 'ZVH', roles: ['FUNCTIONAL_ADMIN'] }));
    expect(abilityToSql(admin, 'read', 'InformationItem', ITEM_FIELDS)).toBe('none');
    expect(abilityToSql(admin, 'read', 'Case', CASE_FIELDS)).toBe('none');
  });

  it("answers 'all' for an unconditional rule", () => {
    const ability = createAppAbility([{ action: 'read', subject: 'AuditTrail' }]);
    expect(abilityToSql(ability, 'read', 'AuditTrail', {})).toBe('all');
  });

  it('includes manage rules when asked about a single action', () => {
    const privacy = buildAbility(context({ agencyType: 'ZVH', roles: ['PRIVACY_OFFICER'] }));
    expect(
      abilityToSql(privacy, 'update', 'DataSubjectRequest', { regionId: 'dsr.region_id' }),
    ).toEqual({
      sql: 'dsr.region_id = $1',
      params: ['region-utrecht'],
    });
  });

  it('never puts values into the SQL text', () => {
    const hostile = "p1') OR TRUE; DROP TABLE person; --";
    const ability = buildAbility(
      context(
        { agencyType: 'POLICE', roles: ['MEMBER'] },
        {
          consents: [
            { personId: hostile, category: 'CARE', recipientAgencyId: MY_AGENCY, caseId: null },
          ],
        },
      ),
    );
    const result = abilityToSql(ability, 'read', 'InformationItem', ITEM_FIELDS);
    if (typeof result === 'string') throw new Error(`expected a filter, got ${result}`);
    expect(result.sql).not.toContain('DROP');
    expect(result.params).toContain(hostile);
  });

  it('turns $in on an array field into alternatives of the contains test', () => {
    const ability = itemRule({ activeParticipantAgencyIds: { $in: ['a1', 'a2'] } });
    expect(abilityToSql(ability, 'read', 'InformationItem', ITEM_FIELDS)).toEqual({
      sql: `(${PARTICIPATES('$1', 'i.case_id')} OR ${PARTICIPATES('$2', 'i.case_id')})`,
      params: ['a1', 'a2'],
    });
  });

  describe('fixed values for rows that are not stored as such', () => {
    const identityOfCase: SqlFieldMap = {
      ...CASE_FIELDS,
      caseId: 'c.id',
      personId: 'c.subject_person_id',
      category: { value: 'IDENTITY' },
      hasShareableSummary: { value: false },
      sourceAgencyId: 'c.referring_agency_id',
    };

    it('decides eq and in on a fixed value while translating', () => {
      const housing = buildAbility(context({ agencyType: 'HOUSING', roles: ['MEMBER'] }));
      expect(abilityToSql(housing, 'read', 'InformationItem', identityOfCase)).toEqual({
        sql: `(c.region_id = $1 AND ${PARTICIPATES('$2', 'c.id')} AND TRUE)`,
        params: ['region-utrecht', MY_AGENCY],
      });
      const bsn = { ...identityOfCase, category: { value: 'BSN' } };
      expect(abilityToSql(housing, 'read', 'InformationItem', bsn)).toEqual({
        sql: `(c.region_id = $1 AND ${PARTICIPATES('$2', 'c.id')} AND FALSE)`,
        params: ['region-utrecht', MY_AGENCY],
      });
      const summary = abilityToSql(housing, 'read_summary', 'InformationItem', identityOfCase);
      if (typeof summary === 'string') throw new Error(`expected a filter, got ${summary}`);
      expect(summary.sql).toMatch(/AND FALSE\)$/);
    });

    it('refuses a fixed value the translator cannot compare', () => {
      const ability = itemRule({ category: 'CARE' });
      const bad = { ...ITEM_FIELDS, category: { value: null } } as unknown as SqlFieldMap;
      expect(() => abilityToSql(ability, 'read', 'InformationItem', bad)).toThrow(
        'unsupported value',
      );
    });
  });

  describe('fails closed', () => {
    it.each([
      ['$ne', { category: { $ne: 'CARE' } }],
      ['$nin', { category: { $nin: ['CARE'] } }],
      ['$exists', { caseId: { $exists: true } }],
      ['$regex', { personId: { $regex: '^p' } }],
    ] as const)('on an operator it does not translate (%s)', (_name, conditions) => {
      const ability = itemRule(conditions);
      expect(() => abilityToSql(ability, 'read', 'InformationItem', ITEM_FIELDS)).toThrow(
        PolicySqlError,
      );
    });

    it('on cannot rules, whose negation it does not translate', () => {
      const ability = createAppAbility([
        { action: 'read', subject: 'InformationItem', conditions: { regionId: 'r' } },
        {
          action: 'read',
          subject: 'InformationItem',
          conditions: { category: 'CARE' },
          inverted: true,
        },
      ]);
      expect(() => abilityToSql(ability, 'read', 'InformationItem', ITEM_FIELDS)).toThrow(
        'unsupported condition operator "not"',
      );
    });

    it('on a field the map does not know, including prototype names', () => {
      const ability = itemRule({ regionId: 'r' });
      const { regionId: _omitted, ...withoutRegion } = ITEM_FIELDS;
      expect(() => abilityToSql(ability, 'read', 'InformationItem', withoutRegion)).toThrow(
        'no SQL mapping for condition field "regionId"',
      );
      const node = { operator: 'eq', field: 'constructor', value: 'x' };
      expect(() => conditionToSql(node, {})).toThrow(PolicySqlError);
    });

    it('on a column that is not a plain identifier', () => {
      const ability = itemRule({ regionId: 'r' });
      const bad: SqlFieldMap = { ...ITEM_FIELDS, regionId: 'i.region_id; DROP TABLE x' };
      expect(() => abilityToSql(ability, 'read', 'InformationItem', bad)).toThrow('invalid column');
    });

    it('on null values, whose mongo meaning differs from SQL', () => {
      const ability = itemRule({ caseId: null });
      expect(() => abilityToSql(ability, 'read', 'InformationItem', ITEM_FIELDS)).toThrow(
        'unsupported value',
      );
    });

    it('on a parameter index below 1', () => {
      const ability = itemRule({ regionId: 'r' });
      expect(() => abilityToSql(ability, 'read', 'InformationItem', ITEM_FIELDS, 0)).toThrow(
        'invalid first parameter index',
      );
    });
  });
});

describe('renderSql', () => {
  it('renders empty groups and empty lists as constants', () => {
    expect(renderSql({ kind: 'and', conditions: [] })).toEqual({ sql: 'TRUE', params: [] });
    expect(renderSql({ kind: 'or', conditions: [] })).toEqual({ sql: 'FALSE', params: [] });
    expect(renderSql({ kind: 'in', field: 'f', column: 't.f', values: [] })).toEqual({
      sql: 'FALSE',
      params: [],
    });
  });
});
