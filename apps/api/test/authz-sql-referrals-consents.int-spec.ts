// The SQL of the policy-filtered statements of referrals (triage included) and consents, per role
// fixture, committed in __sql__/referrals.<role>.sql and __sql__/consents.<role>.sql: a change in
// who can see what shows up as a diff to review (like policy-sql.int-spec.ts for cases, items
// and persons). Participations are not filtered by the policy (a case's readers see them all).
import { caseConsentsQuery, caseDecisionsQuery } from '../src/consents/consent.queries';
import {
  pickablePersonQuery,
  referralLookupQuery,
  referralQuery,
  triageQueueQuery,
} from '../src/referrals/referral.queries';
import {
  CASE,
  expectCommittedSql,
  fixtureAbility,
  OWN_AGENCY,
  PERSON,
  REGION,
  renderFixtureSql,
  ROLE_FIXTURES,
  type RoleFixture,
  type TitledStatement,
} from './support/authz-sql';
import { createTestApp, type TestApp } from './support/test-app';

const TEST_FILE = 'authz-sql-referrals-consents.int-spec.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SCHAKEL_DEMO_DATA: 'false' });
});
afterAll(async () => {
  await t.close();
});

const FEATURES: Record<string, (fixture: RoleFixture) => readonly TitledStatement[]> = {
  referrals: (fixture) => {
    const ability = fixtureAbility(fixture);
    return [
      [
        'triage queue (waiting referrals the caller may decide)',
        triageQueueQuery(ability, REGION, OWN_AGENCY),
      ],
      [
        'one referral, masked per row (read access checked before)',
        referralQuery(ability, REGION, CASE, OWN_AGENCY),
      ],
      [
        'person lookup while referring: by BSN',
        referralLookupQuery(
          ability,
          REGION,
          { bsn: '900001008', familyName: null, givenNames: null, dateOfBirth: null },
          OWN_AGENCY,
        ),
      ],
      [
        'person lookup while referring: by name and date of birth',
        referralLookupQuery(
          ability,
          REGION,
          { bsn: null, familyName: 'Voorbeeld', givenNames: 'Jan', dateOfBirth: '1994-03-12' },
          OWN_AGENCY,
        ),
      ],
      [
        'a known person the referrer may pick',
        pickablePersonQuery(ability, REGION, PERSON, OWN_AGENCY),
      ],
    ];
  },
  consents: (fixture) => {
    const ability = fixtureAbility(fixture);
    const scope = {
      regionId: REGION,
      caseId: CASE,
      subjectPersonId: PERSON,
      viewerAgencyId: OWN_AGENCY,
    };
    return [
      ['consents of a case that concern the caller', caseConsentsQuery(ability, scope)],
      [
        'conflict-of-duties decisions of a case that concern the caller',
        caseDecisionsQuery(ability, scope),
      ],
    ];
  },
};

const CASES = Object.keys(FEATURES).flatMap((feature) =>
  ROLE_FIXTURES.map((fixture) => [`${feature}.${fixture.name}`, feature, fixture] as const),
);

describe('the committed authorization SQL of referrals and consents (apps/api/test/__sql__)', () => {
  it.each(CASES)(
    '%s: the generated SQL equals the committed file and runs on PostgreSQL',
    async (name, feature, fixture) => {
      const statements = FEATURES[feature]!(fixture);
      for (const [, statement] of statements) {
        if (statement) await t.db.query(statement.sql, [...statement.params]);
      }
      expectCommittedSql(
        `${name}.sql`,
        renderFixtureSql(feature, TEST_FILE, fixture, statements),
        TEST_FILE,
      );
    },
  );
});
