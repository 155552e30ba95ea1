// The committed authorization SQL of the privacy office's features, per role fixture
// (apps/api/test/__sql__/<feature>.<fixture>.sql): a partner's part of a data-subject request is
// the one statement set there filtered by the sharing policy (DataSubjectRequestPart). Each
// statement also runs on PostgreSQL. (The covenant, the requests themselves, the audit search and
// the break-glass review are authorised per region in memory, not by the policy in SQL.)
import {
  partForUpdateQuery,
  partTaskQuery,
  partTasksQuery,
} from '../src/data-subject-requests/data-subject-request-part.queries';
import {
  expectCommittedSql,
  fixedId,
  fixtureAbility,
  REGION,
  renderFixtureSql,
  ROLE_FIXTURES,
  type RoleFixture,
  type TitledStatement,
} from './support/authz-sql';
import { createTestApp, type TestApp } from './support/test-app';

const TEST_FILE = 'authz-sql-office.int-spec.ts';
const PART = fixedId(13);

// The role that reviews and releases its agency's part; the shared fixtures have none.
const FIXTURES: readonly RoleFixture[] = [
  ...ROLE_FIXTURES,
  {
    name: 'police-privacy-contact',
    description: "a police agency's privacy contact",
    agencyType: 'POLICE',
    roles: ['PRIVACY_CONTACT'],
  },
];

const FEATURES: Record<string, (fixture: RoleFixture) => readonly TitledStatement[]> = {
  'data-subject-request-parts': (fixture) => {
    const ability = fixtureAbility(fixture);
    return [
      ["the own agency's parts of data-subject requests", partTasksQuery(ability, REGION)],
      ['one part (review, and read back after a change)', partTaskQuery(ability, REGION, PART)],
      ['one part locked for a review or a release', partForUpdateQuery(ability, REGION, PART)],
    ];
  },
};

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SCHAKEL_DEMO_DATA: 'false' });
});
afterAll(async () => {
  await t.close();
});

describe.each(Object.entries(FEATURES))(
  'the committed authorization SQL of %s (apps/api/test/__sql__)',
  (feature, statementsOf) => {
    it.each(FIXTURES.map((fixture) => [fixture.name, fixture] as const))(
      '%s: the generated SQL equals the committed file and runs on PostgreSQL',
      async (name, fixture) => {
        const statements = statementsOf(fixture);
        for (const [, statement] of statements) {
          // FOR UPDATE needs a transaction only to hold the lock; outside one it runs as a read.
          if (statement) await t.db.query(statement.sql, [...statement.params]);
        }
        expectCommittedSql(
          `${feature}.${name}.sql`,
          renderFixtureSql(feature, TEST_FILE, fixture, statements),
          TEST_FILE,
        );
      },
    );
  },
);
