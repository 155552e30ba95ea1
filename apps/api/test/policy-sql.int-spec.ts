// Two proofs about the SQL side of the sharing policy, on real PostgreSQL:
// 1. Discourse-style agreement (style.md item 15): for generated policy contexts, the SQL filter
//    (the production helper and field maps, and the production list statements) returns exactly
//    the rows `ability.can()` allows, for every action, over a generated set of stored rows.
// 2. The SQL of the authorization statements per role fixture is committed in __sql__/ and must
//    not change unnoticed.
import {
  AGENCY_TYPES,
  CONSENT_PARTS,
  INFORMATION_CATEGORIES,
  ROLES,
  type AgencyType,
  type InformationCategory,
} from '@schakel/domain';
import {
  buildAbility,
  DEFAULT_COVENANT,
  type CovenantEntry,
  type PolicyAction,
  type PolicyContext,
} from '@schakel/sharing-policy';
import fc from 'fast-check';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sessionQuery } from '../src/auth/session.queries';
import { caseByIdQuery, caseListQuery } from '../src/cases/case.queries';
import { itemByIdQuery, itemCountsQuery, itemsQuery } from '../src/information/information.queries';
import { personSearchQuery } from '../src/persons/person.queries';
import { itemSubject, type ItemRow } from '../src/sharing/masking';
import { policyContextQuery } from '../src/sharing/policy-context.queries';
import {
  caseSubject,
  caseCategoryItem,
  caseSubjectItem,
  PERSON_FIELDS,
  policyFilter,
  SqlParams,
  type CasePolicyFields,
  type PolicyTarget,
} from '../src/sharing/policy-sql';
import {
  CASE,
  fixedId,
  ITEM,
  OWN_AGENCY,
  REGION,
  ROLE_FIXTURES,
  type RoleFixture,
} from './support/authz-sql';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SCHAKEL_DEMO_DATA: 'false' });
});
afterAll(async () => {
  await t.close();
});

// ---------------------------------------------------------------------------------------------
// 1. can() and SQL agree
// ---------------------------------------------------------------------------------------------

const PARTICIPATION = ['open', 'ended', 'until-later'] as const;
type Participation = (typeof PARTICIPATION)[number];

interface Dataset {
  regions: string[];
  agencies: { id: string; regionId: string }[];
  persons: { id: string; regionId: string }[];
  cases: (CasePolicyFields & { participants: { agencyId: string; state: Participation }[] })[];
  items: ItemRow[];
}

const category = fc.constantFrom<InformationCategory>(...INFORMATION_CATEGORIES);

/** The shape of the stored rows, as indexes into pools; turned into real rows by insertDataset. */
const datasetShape = fc.record({
  agencyTypes: fc.array(fc.constantFrom<AgencyType>(...AGENCY_TYPES), {
    minLength: 5,
    maxLength: 5,
  }),
  cases: fc.array(
    fc.record({
      region: fc.integer({ min: 0, max: 1 }),
      person: fc.integer({ min: 0, max: 1 }),
      referrer: fc.integer({ min: 0, max: 9 }),
      // An index into the region's agencies, or none yet.
      casusregisseur: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }),
      participants: fc.array(fc.constantFrom(...PARTICIPATION, 'none' as const), {
        minLength: 3,
        maxLength: 3,
      }),
      items: fc.array(
        fc.record({
          category,
          summary: fc.boolean(),
          source: fc.integer({ min: 0, max: 9 }),
          otherPerson: fc.boolean(),
        }),
        { minLength: 6, maxLength: 12 },
      ),
    }),
    { minLength: 8, maxLength: 8 },
  ),
});
type DatasetShape = typeof datasetShape extends fc.Arbitrary<infer S> ? S : never;

async function insertDataset(shape: DatasetShape): Promise<Dataset> {
  const q = async (sql: string, params: unknown[]) =>
    (await t.db.query<{ id: string }[]>(`${sql} RETURNING id`, params))[0]!.id;
  const regions = [
    await q(`INSERT INTO region (code, name) VALUES ('prop-a', 'Property A')`, []),
    await q(`INSERT INTO region (code, name) VALUES ('prop-b', 'Property B')`, []),
  ];
  // Three agencies in region A, two in region B (the last two of the pool).
  const agencies: Dataset['agencies'] = [];
  for (const [index, type] of shape.agencyTypes.entries()) {
    const regionId = regions[index < 3 ? 0 : 1]!;
    agencies.push({
      id: await q(`INSERT INTO agency (region_id, name, type) VALUES ($1, $2, $3)`, [
        regionId,
        `Agency ${index}`,
        type,
      ]),
      regionId,
    });
  }
  const persons: Dataset['persons'] = [];
  for (const regionId of regions) {
    for (const name of ['One', 'Two']) {
      persons.push({
        id: await q(
          `INSERT INTO person (region_id, given_names, family_name, date_of_birth) VALUES ($1, 'P', $2, '2000-01-01')`,
          [regionId, name],
        ),
        regionId,
      });
    }
  }
  const cases: Dataset['cases'] = [];
  const items: ItemRow[] = [];
  for (const [index, c] of shape.cases.entries()) {
    const regionId = regions[c.region]!;
    const local = agencies.filter((a) => a.regionId === regionId);
    const pick = (n: number) => local[n % local.length]!.id;
    const personIds = persons.filter((p) => p.regionId === regionId).map((p) => p.id);
    const subjectPersonId = personIds[c.person]!;
    const referringAgencyId = pick(c.referrer);
    const casusregisseurAgencyId = c.casusregisseur === null ? null : pick(c.casusregisseur);
    const caseId = await q(
      `INSERT INTO case_file (region_id, reference, subject_person_id, theme, referring_agency_id, casusregisseur_agency_id) VALUES ($1, $2, $3, 'OTHER', $4, $5)`,
      [regionId, `PROP-${index}`, subjectPersonId, referringAgencyId, casusregisseurAgencyId],
    );
    const participants: { agencyId: string; state: Participation }[] = [];
    for (const [n, state] of c.participants.entries()) {
      if (state === 'none' || n >= local.length) continue;
      const agencyId = local[n]!.id;
      participants.push({ agencyId, state });
      await q(
        `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis, started_at, ended_at)
         VALUES ($1, $2, $3, 'PARTNER', 'Property test fixture', 'Test', now() - interval '60 days',
                 CASE $4::text WHEN 'open' THEN NULL WHEN 'ended' THEN now() - interval '30 days' ELSE now() + interval '30 days' END)`,
        [regionId, caseId, agencyId, state],
      );
    }
    // Far from "now" either way, so the database and this process agree on what is active.
    const activeParticipantAgencyIds = participants
      .filter((p) => p.state !== 'ended')
      .map((p) => p.agencyId);
    cases.push({
      id: caseId,
      regionId,
      subjectPersonId,
      referringAgencyId,
      casusregisseurAgencyId,
      activeParticipantAgencyIds,
      participants,
    });
    for (const item of c.items) {
      const personId = item.otherPerson ? personIds[1 - c.person]! : subjectPersonId;
      const sourceAgencyId = pick(item.source);
      const id = await q(
        `INSERT INTO information_item (region_id, case_id, person_id, category, source_agency_id, legal_basis, text, shareable_summary)
         VALUES ($1, $2, $3, $4, $5, 'Test', 'Text', $6)`,
        [
          regionId,
          caseId,
          personId,
          item.category,
          sourceAgencyId,
          item.summary ? 'Summary' : null,
        ],
      );
      items.push({
        id,
        caseId,
        personId,
        regionId,
        category: item.category,
        sourceAgencyId,
        sourceAgency: { id: sourceAgencyId, name: '', type: 'ZVH' },
        legalBasis: 'Test',
        text: 'Text',
        summary: item.summary ? 'Summary' : null,
        hasShareableSummary: item.summary,
        createdAt: new Date(),
        activeParticipantAgencyIds,
      });
    }
  }
  return { regions, agencies, persons, cases, items };
}

function contextArbitrary(data: Dataset): fc.Arbitrary<PolicyContext> {
  const agency = fc.constantFrom(...data.agencies.map((a) => a.id));
  const caseId = fc.constantFrom(...data.cases.map((c) => c.id));
  const entry: fc.Arbitrary<CovenantEntry> = fc.record(
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
  return fc.record({
    user: fc.record({
      id: fc.constant('u1'),
      roles: fc.subarray([...ROLES]),
      agencyId: agency,
      // Volunteer organisations more often: they read only by consent, with named parts.
      agencyType: fc.oneof(fc.constantFrom(...AGENCY_TYPES), fc.constant('VOLUNTEER' as const)),
      // Usually the agency's own region; sometimes another, which must not matter.
      regionId: fc.constantFrom(...data.regions),
    }),
    covenant: fc.oneof(
      fc.constant(DEFAULT_COVENANT),
      fc.array(entry, { maxLength: 14 }),
      fc.array(entry, { maxLength: 5 }).map((extra) => [...DEFAULT_COVENANT, ...extra]),
    ),
    consents: fc.array(
      fc.record({
        personId: fc.constantFrom(...data.persons.map((p) => p.id)),
        category,
        recipientAgencyId: agency,
        caseId: fc.option(caseId, { nil: null }),
        // Named parts, also ones that are not the category's (bad stored data grants nothing).
        parts: fc.oneof(
          fc.constant([]),
          fc.subarray([...CONSENT_PARTS], { minLength: 1, maxLength: 3 }),
        ),
      }),
      { maxLength: 3 },
    ),
    conflictDecisions: fc.array(fc.record({ caseId, category, recipientAgencyId: agency }), {
      maxLength: 2,
    }),
    breakGlass: fc.array(fc.record({ caseId, reason: fc.constant('generated reason text') }), {
      maxLength: 2,
    }),
  });
}

const ITEM_ACTIONS: readonly PolicyAction[] = ['read', 'read_summary', 'create', 'update'];
const CASE_ACTIONS: readonly PolicyAction[] = [
  'read',
  'update',
  'view_as',
  'break_glass',
  'create',
  'lead',
  'triage',
];
// Each field of the person record (name, birth date, address, BSN) is its own part.
const PERSON_FIELD_KEYS = Object.keys(PERSON_FIELDS) as (keyof typeof PERSON_FIELDS)[];
// Case-level records (the plan of action) are read and written as their category: the whole
// plan, or the caller's own actions in it.
const CASE_RECORD_ACTIONS: readonly PolicyAction[] = ['read', 'create'];
const PLAN_PARTS = ['WHOLE', 'OWN_ACTIONS'] as const;

/** One SELECT with one boolean column per action, filtered by the production helper. */
function decisionsStatement(
  ability: ReturnType<typeof buildAbility>,
  table: 'information_item i' | 'case_file c',
  columns: { name: string; action: PolicyAction; target: PolicyTarget }[],
) {
  const params = new SqlParams();
  const select = columns
    .map((col) => `(${policyFilter(ability, col.action, col.target, params)}) AS "${col.name}"`)
    .join(', ');
  return { sql: `SELECT ${table.slice(-1)}.id, ${select} FROM ${table}`, params: params.values };
}

describe('the SQL filter and ability.can() agree on PostgreSQL', () => {
  it('for every generated context, action and stored row (≥ 10,000 pairs per run)', async () => {
    // The run's seed (tools/test/fast-check-seed.cjs) also chooses the stored dataset.
    const seed = fc.readConfigureGlobal().seed ?? 20_261_204;
    const [shape] = fc.sample(datasetShape, { seed, numRuns: 1 });
    const data = await insertDataset(shape!);
    const outcomes = { pairs: 0, allowed: 0, denied: 0, filtered: 0 };
    const itemColumns = ITEM_ACTIONS.map((action) => ({
      name: action,
      action,
      target: { subject: 'InformationItem', alias: 'i' } as const,
    }));
    const caseColumns = [
      ...CASE_ACTIONS.map((action) => ({
        name: action,
        action,
        target: { subject: 'Case', alias: 'c' } as const,
      })),
      ...PERSON_FIELD_KEYS.map((key) => ({
        name: `person_${key}`,
        action: 'read' as const,
        target: {
          subject: 'CaseSubject',
          caseAlias: 'c',
          ...PERSON_FIELDS[key],
        } satisfies PolicyTarget,
      })),
      ...CASE_RECORD_ACTIONS.flatMap((action) =>
        PLAN_PARTS.map((part) => ({
          name: `plan_${action}_${part}`,
          action,
          target: { subject: 'CaseCategory', caseAlias: 'c', category: 'PLAN', part } as const,
        })),
      ),
    ];

    await fc.assert(
      fc.asyncProperty(contextArbitrary(data), async (ctx) => {
        const ability = buildAbility(ctx);
        const itemSql = decisionsStatement(ability, 'information_item i', itemColumns);
        const caseSql = decisionsStatement(ability, 'case_file c', caseColumns);
        if (/\$\d/.test(itemSql.sql)) outcomes.filtered++;
        const [itemRows, caseRows] = (await Promise.all([
          t.db.query(itemSql.sql, itemSql.params),
          t.db.query(caseSql.sql, caseSql.params),
        ])) as [Record<string, boolean | string>[], Record<string, boolean | string>[]];
        const disagreements: string[] = [];
        const compare = (what: string, bySql: unknown, allowed: boolean) => {
          outcomes.pairs++;
          if (allowed) outcomes.allowed++;
          else outcomes.denied++;
          if (bySql !== allowed)
            disagreements.push(`${what}: SQL ${String(bySql)}, can() ${allowed}`);
        };
        const itemsById = new Map(itemRows.map((row) => [row.id as string, row]));
        for (const item of data.items) {
          const row = itemsById.get(item.id)!;
          for (const action of ITEM_ACTIONS) {
            compare(
              `item ${item.id} ${action}`,
              row[action],
              ability.can(action, itemSubject(item)),
            );
          }
        }
        const casesById = new Map(caseRows.map((row) => [row.id as string, row]));
        for (const c of data.cases) {
          const row = casesById.get(c.id)!;
          for (const action of CASE_ACTIONS) {
            compare(`case ${c.id} ${action}`, row[action], ability.can(action, caseSubject(c)));
          }
          for (const key of PERSON_FIELD_KEYS) {
            compare(
              `person of ${c.id} ${key}`,
              row[`person_${key}`],
              ability.can('read', caseSubjectItem(c, PERSON_FIELDS[key])),
            );
          }
          for (const action of CASE_RECORD_ACTIONS) {
            for (const part of PLAN_PARTS) {
              compare(
                `plan of ${c.id} ${action} ${part}`,
                row[`plan_${action}_${part}`],
                ability.can(action, caseCategoryItem(c, 'PLAN', part)),
              );
            }
          }
        }

        // The production list statements return exactly the allowed rows.
        const userRegion = ctx.user.regionId;
        const list = caseListQuery(ability, userRegion, {}, { first: 100, after: null });
        const listed = list
          ? (await t.db.query<{ id: string }[]>(list.sql, list.params)).map((r) => r.id)
          : [];
        const readable = data.cases
          .filter((c) => ability.can('read', caseSubject(c)))
          .map((c) => c.id);
        if ([...listed].sort().join() !== [...readable].sort().join()) {
          disagreements.push(`case list ${listed.join()} vs can() ${readable.join()}`);
        }
        const items = itemsQuery(ability, userRegion, { caseIds: data.cases.map((c) => c.id) });
        const shown = items
          ? (await t.db.query<{ id: string }[]>(items.sql, items.params)).map((r) => r.id)
          : [];
        const visible = data.items
          .filter(
            (i) =>
              ability.can('read', itemSubject(i)) || ability.can('read_summary', itemSubject(i)),
          )
          .map((i) => i.id);
        if ([...shown].sort().join() !== [...visible].sort().join()) {
          disagreements.push(`item list ${shown.length} rows vs can() ${visible.length}`);
        }
        // One case has its own statement form (a plain LIMIT instead of the per-case rank).
        const one = data.cases[0]!;
        const ofOne = itemsQuery(ability, userRegion, { caseIds: [one.id] });
        const shownOfOne = ofOne
          ? (await t.db.query<{ id: string }[]>(ofOne.sql, ofOne.params)).map((r) => r.id)
          : [];
        const visibleOfOne = data.items
          .filter((i) => i.caseId === one.id && visible.includes(i.id))
          .map((i) => i.id);
        if ([...shownOfOne].sort().join() !== [...visibleOfOne].sort().join()) {
          disagreements.push(
            `items of one case ${shownOfOne.length} vs can() ${visibleOfOne.length}`,
          );
        }
        // The counts that tell the portal about older items count exactly the same rows.
        const counts = itemCountsQuery(
          ability,
          userRegion,
          data.cases.map((c) => c.id),
        );
        const counted = counts
          ? (await t.db.query<{ count: number }[]>(counts.sql, counts.params)).reduce(
              (sum, row) => sum + row.count,
              0,
            )
          : 0;
        if (counted !== visible.length) {
          disagreements.push(`item counts ${counted} vs can() ${visible.length}`);
        }
        if (disagreements.length > 0) {
          throw new Error(`dataset seed ${seed}:\n${disagreements.slice(0, 10).join('\n')}`);
        }
      }),
      { numRuns: 100 },
    );
    // Guards against a vacuous property: many pairs, both answers, real filters.
    expect(outcomes.pairs).toBeGreaterThanOrEqual(10_000);
    expect(outcomes.allowed).toBeGreaterThan(500);
    expect(outcomes.denied).toBeGreaterThan(1_000);
    expect(outcomes.filtered).toBeGreaterThan(20);
    process.stdout.write(
      `can() vs SQL on PostgreSQL: ${outcomes.pairs} (context, row, action) pairs\n`,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 2. The committed SQL of the authorization statements, per role fixture
// ---------------------------------------------------------------------------------------------

const SQL_DIR = join(__dirname, '__sql__');
const UPDATE = process.env.UPDATE_AUTHZ_SQL === '1';
const UPDATE_HINT =
  'If the change is intended, regenerate and review the diff:\n' +
  '  UPDATE_AUTHZ_SQL=1 npx jest --config jest.config.cjs apps/api/test/policy-sql';

function fixtureStatements(fixture: RoleFixture) {
  const ctx: PolicyContext = {
    user: {
      id: fixedId(9),
      roles: fixture.roles,
      agencyId: OWN_AGENCY,
      agencyType: fixture.agencyType,
      regionId: REGION,
    },
    covenant: DEFAULT_COVENANT,
    consents: [],
    conflictDecisions: [],
    breakGlass: [],
    ...fixture.extra,
  };
  const ability = buildAbility(ctx);
  return [
    [
      'session with policy context (one statement per read request)',
      sessionQuery({ sub: ctx.user.id, sid: fixedId(10), gen: 0 }, true),
    ],
    [
      'policy context alone (writes, and "view as")',
      policyContextQuery({ ...ctx.user, userId: ctx.user.id }),
    ],
    [
      'cases: list, a page after a cursor, filtered on status',
      caseListQuery(
        ability,
        REGION,
        { statuses: ['ACTIVE'] },
        { first: 20, after: { at: '2026-01-01T00:00:00.000000Z', id: fixedId(6) } },
      ),
    ],
    ['case by id (checked on the loaded row, not in SQL)', caseByIdQuery(CASE, REGION)],
    ['information items of a case', itemsQuery(ability, REGION, { caseIds: [CASE] })],
    [
      'information items of a page of cases (ranked per case)',
      itemsQuery(ability, REGION, { caseIds: [CASE, fixedId(8)] }),
    ],
    [
      'information items of a case: text search',
      itemsQuery(ability, REGION, { caseIds: [CASE], category: 'POLICE', text: 'huur' }),
    ],
    [
      'information items of a case: one category, the page after a cursor',
      itemsQuery(ability, REGION, {
        caseIds: [CASE],
        category: 'POLICE',
        first: 100,
        after: { at: '2026-01-01T00:00:00.000000Z', id: fixedId(7) },
      }),
    ],
    ['information item counts per case and category', itemCountsQuery(ability, REGION, [CASE])],
    ['information item by id (checked on the loaded row, not in SQL)', itemByIdQuery(ITEM, REGION)],
    [
      'persons: search by family name and date of birth',
      personSearchQuery(
        ability,
        REGION,
        {
          by: 'name',
          familyName: 'Voorbeeld',
          dateOfBirth: '1994-03-12',
        },
        OWN_AGENCY,
      ),
    ],
    [
      'persons: search by BSN',
      personSearchQuery(ability, REGION, { by: 'bsn', bsn: '900001008' }, OWN_AGENCY),
    ],
  ] as const;
}

function render(fixture: RoleFixture): string {
  const parts = [
    '-- GENERATED by apps/api/test/policy-sql.int-spec.ts: the authorization SQL for one role',
    '-- fixture. Review a change here like a change in who can see what.',
    `-- Fixture "${fixture.name}": ${fixture.description} (${fixture.agencyType}; roles ${fixture.roles.join(', ')}),`,
    '-- default covenant. Ids: region ...001, own agency ...002, case ...003, person ...004.',
  ];
  for (const [title, statement] of fixtureStatements(fixture)) {
    parts.push('', `-- ${title}`);
    if (statement === null) {
      parts.push('-- (not run: the policy allows nothing here)');
      continue;
    }
    parts.push(`-- params: ${JSON.stringify(statement.params)}`, `${statement.sql};`);
  }
  return `${parts.join('\n')}\n`;
}

describe('the committed authorization SQL (apps/api/test/__sql__)', () => {
  it.each(ROLE_FIXTURES.map((fixture) => [fixture.name, fixture] as const))(
    '%s: the generated SQL equals the committed file and runs on PostgreSQL',
    async (name, fixture) => {
      for (const [, statement] of fixtureStatements(fixture)) {
        if (statement) await t.db.query(statement.sql, [...statement.params]);
      }
      const file = join(SQL_DIR, `${name}.sql`);
      const generated = render(fixture);
      if (UPDATE) {
        mkdirSync(SQL_DIR, { recursive: true });
        writeFileSync(file, generated);
        return;
      }
      if (!existsSync(file)) throw new Error(`${file} is missing.\n${UPDATE_HINT}`);
      const committed = readFileSync(file, 'utf8');
      if (committed !== generated) {
        // The diff first, then the hint, so both are in the failure message.
        expect({ hint: UPDATE_HINT, sql: generated.split('\n') }).toEqual({
          hint: UPDATE_HINT,
          sql: committed.split('\n'),
        });
      }
    },
  );
});
