// The committed authorization SQL of plans, meetings, the agreed-approach lookup, supervision
// (ADR 0033) and the dashboard, per role fixture (apps/api/test/__sql__/<feature>.<fixture>.sql): every statement
// these features filter by the sharing policy, so a reviewer sees the real query change. Each
// statement also runs on PostgreSQL. (Notifications are the recipient's own; only the person's
// name next to their case numbers goes through the policy. Case events filter by a check on the
// loaded case, not by the policy in SQL: nothing to commit there.)
import { lookupQuery } from '../src/agreed-approaches/agreed-approach.queries';
import { dashboardQuery } from '../src/dashboard/dashboard.queries';
import { agendaQuery, meetingsQuery, myMeetingsQuery } from '../src/meetings/meeting.queries';
import { notificationListQuery } from '../src/notifications/notification.queries';
import { UNFINISHED_ACTION_STATUSES } from '../src/plans/plan.enums';
import { signalsToAssessQuery, streetConditionQuery } from '../src/supervision/supervision.queries';
import {
  myActionsQuery,
  overdueActionCountsQuery,
  overdueActionsQuery,
} from '../src/plans/plan.queries';
import {
  expectCommittedSql,
  fixedId,
  fixtureAbility,
  OWN_AGENCY,
  REGION,
  renderFixtureSql,
  ROLE_FIXTURES,
  USER,
  type RoleFixture,
  type TitledStatement,
} from './support/authz-sql';
import { createTestApp, type TestApp } from './support/test-app';

const TEST_FILE = 'authz-sql-plans-meetings.int-spec.ts';
const MEETING = fixedId(11);
const caller = { id: USER, agencyId: OWN_AGENCY, regionId: REGION };

const FEATURES: Record<string, (fixture: RoleFixture) => readonly TitledStatement[]> = {
  plans: (fixture) => {
    const ability = fixtureAbility(fixture);
    return [
      [
        '"Mijn acties": the unfinished actions of the own agency, first page',
        myActionsQuery(
          ability,
          caller,
          { statuses: UNFINISHED_ACTION_STATUSES, overdueOnly: false },
          { first: 25, after: null },
        ),
      ],
      [
        '"Mijn acties": overdue only, the page after a cursor',
        myActionsQuery(
          ability,
          caller,
          { statuses: ['OPEN'], overdueOnly: true },
          { first: 25, after: { overdue: true, dueDate: '2026-01-01', id: fixedId(12) } },
        ),
      ],
      ['overdue actions of the region (monitoring)', overdueActionsQuery(ability, caller, 50)],
      ['overdue actions per case (dashboard)', overdueActionCountsQuery(ability, REGION)],
    ];
  },
  meetings: (fixture) => {
    const ability = fixtureAbility(fixture);
    return [
      [
        'my meetings in a time window',
        myMeetingsQuery(
          ability,
          caller,
          new Date('2026-01-01T00:00:00.000Z'),
          new Date('2026-02-01T00:00:00.000Z'),
        ),
      ],
      ['meetings by id', meetingsQuery(ability, caller, [MEETING])],
      [
        'the agenda of meetings (hidden items come back as NULL columns)',
        agendaQuery(ability, caller, [MEETING]),
      ],
    ];
  },
  'agreed-approaches': (fixture) => {
    const ability = fixtureAbility(fixture);
    return [
      [
        'card lookup by family name and date of birth',
        lookupQuery(ability, REGION, { familyName: 'Voorbeeld', dateOfBirth: '1994-03-12' }),
      ],
      [
        'card lookup by family name, given names and date of birth',
        lookupQuery(ability, REGION, {
          familyName: 'Voorbeeld',
          givenNames: 'Jan',
          dateOfBirth: '1994-03-12',
        }),
      ],
      ['card lookup by BSN', lookupQuery(ability, REGION, { bsn: '900001008' })],
    ];
  },
  notifications: (fixture) => [
    [
      "Meldingen: own notifications, with the name of each case's person where readable",
      notificationListQuery(fixtureAbility(fixture), { id: USER, agencyId: OWN_AGENCY }, 50, false),
    ],
  ],
  supervision: (fixture) => {
    const ability = fixtureAbility(fixture);
    return [
      [
        'a condition the caller may report on from a card (its street summary, the card lookup rule)',
        streetConditionQuery(ability, fixedId(13), REGION),
      ],
      [
        "violation signals awaiting the caller's assessment (probation's dashboard)",
        signalsToAssessQuery(ability, REGION),
      ],
    ];
  },
  dashboard: (fixture) => [
    [
      'the monitoring figures (one statement)',
      dashboardQuery(fixtureAbility(fixture), REGION, OWN_AGENCY),
    ],
  ],
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
    it.each(ROLE_FIXTURES.map((fixture) => [fixture.name, fixture] as const))(
      '%s: the generated SQL equals the committed file and runs on PostgreSQL',
      async (name, fixture) => {
        const statements = statementsOf(fixture);
        for (const [, statement] of statements) {
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
