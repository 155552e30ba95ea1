// The plan of action (plan van aanpak) as the demo personas use it: reading, editing the draft,
// concurrent edits, adopting and freezing, new versions and their difference, progress, "Mijn
// acties", overdue notices — and who may do what under the covenant.
import { ERROR_CODES } from '@schakel/domain';
import { DEFAULT_COVENANT } from '@schakel/sharing-policy';
import { Client } from 'pg';
import type { SessionUserRow } from '../src/auth/authenticated-user';
import { Caller as ServiceCaller } from '../src/auth/caller';
import type { SessionClaims } from '../src/auth/session-token.service';
import { insertCovenantVersion } from '../src/covenant/covenant.store';
import { MyActionsService } from '../src/plans/my-actions.service';
import { PolicyService } from '../src/sharing/policy.service';
import { errorCode, errorField, type GqlResponse, ok } from './support/graphql-client';
import {
  callerByEmail,
  callerFor,
  createAgency,
  createUser,
  idsBy,
  type Caller,
} from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let cases: Map<string, string>;
let agencies: Map<string, string>;
let users: Map<string, string>;
const as: Record<string, Caller> = {};

const USERS = {
  regie: 'procesregisseur@zvh.demo.example',
  wijkteam: 'wijkteam@demostad.demo.example',
  gemeente: 'gemeente@demostad.demo.example',
  politie: 'wijkagent@politie.demo.example',
  reclassering: 'reclassering@reclassering.demo.example',
  woning: 'woningcorporatie@demohuis.demo.example',
  ggz: 'ggz@ggz.demo.example',
  exodus: 'exodus@exodus.demo.example',
} as const;

beforeAll(async () => {
  t = await createTestApp();
  for (const [key, email] of Object.entries(USERS)) as[key] = await callerByEmail(t, email);
  cases = await idsBy(t, `SELECT reference AS key, id FROM case_file`);
  agencies = await idsBy(t, `SELECT name AS key, id FROM agency`);
  users = await idsBy(t, `SELECT email AS key, id FROM app_user`);
});
afterAll(async () => {
  await t.close();
});

const caseId = (reference: string) => cases.get(reference)!;
const agencyId = (name: string) => agencies.get(name)!;
const WIJKTEAM = 'Wijkteam Demostad-Noord';
const POLITIE = 'Politie basisteam Demostad';
const GEMEENTE = 'Gemeente Demostad';
const ZVH = 'Zorg- en Veiligheidshuis Demo-regio';
const dateIn = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(d);
};

async function statementsDuring(fn: () => Promise<unknown>): Promise<string[]> {
  const spy = jest.spyOn(Client.prototype, 'query');
  try {
    await fn();
    return spy.mock.calls.map(([query]) =>
      typeof query === 'string' ? query : (query as { text: string }).text,
    );
  } finally {
    spy.mockRestore();
  }
}

const VERSION_FIELDS = `id number status revision basedOnNumber adoptedOn
  adoptedByAgency { name }
  goals { id key lifeDomain description
    actions { id key description dueDate status statusRevision overdue ownerActive
      ownerAgency { id name } ownerUser { displayName } noteCount } }`;

interface Action {
  id: string;
  key: string;
  description: string;
  dueDate: string;
  status: string;
  statusRevision: number;
  overdue: boolean;
  ownerActive: boolean;
  ownerAgency: { id: string; name: string };
  ownerUser: { displayName: string } | null;
  noteCount: number;
}
interface Goal {
  id: string;
  key: string;
  lifeDomain: string;
  description: string;
  actions: Action[];
}
interface Version {
  id: string;
  number: number;
  status: string;
  revision: number;
  basedOnNumber: number | null;
  adoptedOn: string | null;
  adoptedByAgency: { name: string } | null;
  goals: Goal[];
}
interface CasePlan {
  casePlan: {
    draft: Version | null;
    adopted: Version | null;
    canEdit: boolean;
    canAdopt: boolean;
    readOnly: boolean;
    ownerAgencies: { name: string }[];
    notes: {
      actionKey: string;
      text: string;
      authorAgency: { name: string };
      author: { displayName: string };
    }[];
  };
}

const CASE_PLAN = `query($caseId: ID!) { casePlan(caseId: $caseId) {
  canEdit canAdopt readOnly ownerAgencies { name }
  notes { actionKey text authorAgency { name } author { displayName } }
  draft { ${VERSION_FIELDS} } adopted { ${VERSION_FIELDS} } } }`;
const START = `mutation($caseId: ID!) { startPlanRevision(input: { caseId: $caseId }) { ${VERSION_FIELDS} } }`;
const ADD_GOAL = `mutation($input: AddPlanGoalInput!) { addPlanGoal(input: $input) { ${VERSION_FIELDS} } }`;
const UPDATE_GOAL = `mutation($input: UpdatePlanGoalInput!) { updatePlanGoal(input: $input) { ${VERSION_FIELDS} } }`;
const REMOVE_GOAL = `mutation($input: RemovePlanGoalInput!) { removePlanGoal(input: $input) { ${VERSION_FIELDS} } }`;
const ADD_ACTION = `mutation($input: AddPlanActionInput!) { addPlanAction(input: $input) { ${VERSION_FIELDS} } }`;
const UPDATE_ACTION = `mutation($input: UpdatePlanActionInput!) { updatePlanAction(input: $input) { ${VERSION_FIELDS} } }`;
const ADOPT = `mutation($input: AdoptPlanVersionInput!) { adoptPlanVersion(input: $input) { ${VERSION_FIELDS} } }`;
const STATUS = `mutation($input: UpdatePlanActionStatusInput!) {
  updatePlanActionStatus(input: $input) { id key status statusRevision overdue } }`;
const NOTE = `mutation($input: AddPlanActionNoteInput!) {
  addPlanActionNote(input: $input) { id actionKey text authorAgency { name } } }`;
const DIFF = `query($caseId: ID!, $from: Int!, $to: Int!) {
  planVersionDiff(caseId: $caseId, from: $from, to: $to) {
    kind field lifeDomain goal action from to } }`;
const HISTORY = `query($caseId: ID!) { planVersions(caseId: $caseId) {
  number status adoptedOn basedOnNumber goalCount actionCount adoptedByAgency { name } } }`;
const MY_ACTIONS = `query($first: Int, $after: String, $filter: MyActionsFilterInput) {
  myActions(first: $first, after: $after, filter: $filter) {
    nodes { id caseReference description dueDate status overdue versionStatus lifeDomain goal
            ownerAgency { name } }
    pageInfo { endCursor hasNextPage } } }`;
interface MyActions {
  myActions: {
    nodes: {
      id: string;
      caseReference: string;
      description: string;
      dueDate: string;
      status: string;
      overdue: boolean;
      versionStatus: string;
      ownerAgency: { name: string };
    }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

const plan = async (caller: Caller, reference: string) =>
  ok(await caller.gql<CasePlan>(CASE_PLAN, { caseId: caseId(reference) })).casePlan;
const allActions = (version: Version) => version.goals.flatMap((goal) => goal.actions);
const actionNamed = (version: Version, description: string) =>
  allActions(version).find((a) => a.description === description)!;

async function notificationsOf(email: string, kind: string): Promise<{ data: unknown }[]> {
  return await t.db.query<{ data: unknown }[]>(
    `SELECT n.data FROM notification n JOIN app_user u ON u.id = n.recipient_user_id
      WHERE u.email = $1 AND n.kind = $2 ORDER BY n.created_at`,
    [email, kind],
  );
}

describe('reading the plan', () => {
  it('shows the draft and the adopted version with goals, actions, owners, status and notes', async () => {
    const p = await plan(as.wijkteam!, 'ZVH-2026-001');
    expect(p.adopted).toMatchObject({ number: 1, status: 'ADOPTED', basedOnNumber: null });
    expect(p.adopted!.adoptedByAgency!.name).toBe('Zorg- en Veiligheidshuis Demo-regio');
    expect(p.draft).toMatchObject({ number: 2, status: 'DRAFT', basedOnNumber: 1 });
    expect(p.adopted!.goals.map((g) => g.lifeDomain)).toEqual([
      'FINANCES',
      'WORK_AND_DAYTIME',
      'JUSTICE_AND_BEHAVIOUR',
      'HOUSING',
    ]);
    const debts = actionNamed(p.adopted!, 'Schuldhulp aanvragen bij de gemeente');
    expect(debts).toMatchObject({
      status: 'IN_PROGRESS',
      overdue: true,
      ownerActive: true,
      ownerAgency: { name: WIJKTEAM },
      ownerUser: { displayName: 'Daan Bakker' },
    });
    expect(debts.noteCount).toBe(1);
    expect(p.notes).toEqual([
      {
        actionKey: debts.key,
        text: 'Aanvraag is voorbereid; cliënt moet nog loonstroken aanleveren.',
        authorAgency: { name: WIJKTEAM },
        author: { displayName: 'Daan Bakker' },
      },
    ]);
    // Progress belongs to the action, so the draft shows the same status and notes.
    const inDraft = actionNamed(p.draft!, 'Schuldhulp aanvragen bij de gemeente');
    expect(inDraft.key).toBe(debts.key);
    expect(inDraft.id).not.toBe(debts.id);
    expect([inDraft.status, inDraft.noteCount]).toEqual(['IN_PROGRESS', 1]);
    // A done action is not overdue, whatever its date.
    expect(
      actionNamed(p.adopted!, 'Betalingsregeling voor de huurachterstand afspreken'),
    ).toMatchObject({ status: 'DONE', overdue: false });
    expect(p.ownerAgencies.map((a) => a.name)).toContain(POLITIE);
    expect(p.ownerAgencies.map((a) => a.name)).not.toContain(GEMEENTE);
  });

  it('lets every participant edit, and only the procesregisseur and casusregisseur adopt', async () => {
    const flags = async (caller: Caller) => {
      const p = await plan(caller, 'ZVH-2026-001');
      return [p.canEdit, p.canAdopt, p.readOnly];
    };
    expect(await flags(as.wijkteam!)).toEqual([true, false, false]);
    expect(await flags(as.reclassering!)).toEqual([true, true, false]);
    expect(await flags(as.regie!)).toEqual([true, true, false]);
  });

  it('is not found for an agency that does not take part; a malformed id is bad input', async () => {
    const res = await as.gemeente!.gql(CASE_PLAN, { caseId: caseId('ZVH-2026-001') });
    expect(errorCode(res)).toBe('NOT_FOUND');
    const history = await as.gemeente!.gql(HISTORY, { caseId: caseId('ZVH-2026-001') });
    expect(errorCode(history)).toBe('NOT_FOUND');
    const draftId = (await plan(as.wijkteam!, 'ZVH-2026-001')).draft!.id;
    const version = await as.gemeente!.gql(`query($id: ID!) { planVersion(id: $id) { id } }`, {
      id: draftId,
    });
    expect(errorCode(version)).toBe('NOT_FOUND');
    const bad = await as.gemeente!.gql(CASE_PLAN, { caseId: 'not-an-id' });
    expect([errorCode(bad), errorField(bad)]).toEqual(['BAD_USER_INPUT', 'caseId']);
  });

  it('keeps regions apart: a user of another region finds neither the plan nor its actions', async () => {
    const [region] = await t.db.query<{ id: string }[]>(
      `INSERT INTO region (code, name) VALUES ('plans-other', 'Andere regio') RETURNING id`,
    );
    const otherAgency = await createAgency(t, region!.id, 'Wijkteam Elders', 'MUNICIPALITY');
    const other = callerFor(t, await createUser(t, otherAgency, ['MEMBER'], 'Elders Wijkteam'));
    expect(errorCode(await other.gql(CASE_PLAN, { caseId: caseId('ZVH-2026-001') }))).toBe(
      'NOT_FOUND',
    );
    const draft = (await plan(as.wijkteam!, 'ZVH-2026-001')).draft!;
    const res = await other.gql(ADD_GOAL, {
      input: {
        versionId: draft.id,
        revision: draft.revision,
        lifeDomain: 'HOUSING',
        description: 'Over de grens',
      },
    });
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(ok(await other.gql<MyActions>(MY_ACTIONS, {})).myActions.nodes).toEqual([]);
  });

  it('shows the history of versions and a readable difference between them', async () => {
    const history = ok(
      await as.politie!.gql<{ planVersions: unknown[] }>(HISTORY, {
        caseId: caseId('ZVH-2026-001'),
      }),
    ).planVersions;
    expect(history).toEqual([
      expect.objectContaining({ number: 2, status: 'DRAFT', basedOnNumber: 1, goalCount: 5 }),
      expect.objectContaining({
        number: 1,
        status: 'ADOPTED',
        goalCount: 4,
        actionCount: 5,
        adoptedOn: dateIn(-21),
      }),
    ]);
    const diff = ok(
      await as.politie!.gql<{ planVersionDiff: unknown[] }>(DIFF, {
        caseId: caseId('ZVH-2026-001'),
        from: 1,
        to: 2,
      }),
    ).planVersionDiff;
    expect(diff).toEqual([
      {
        kind: 'GOAL_ADDED',
        field: null,
        lifeDomain: 'ADDICTION',
        goal: 'Cliënt is in behandeling voor zijn verslaving',
        action: null,
        from: null,
        to: null,
      },
      {
        kind: 'ACTION_CHANGED',
        field: 'DUE_DATE',
        lifeDomain: 'WORK_AND_DAYTIME',
        goal: 'Stabiele dagbesteding binnen drie maanden',
        action: 'Werkplek bij de kringloopwinkel regelen',
        from: dateIn(30),
        to: dateIn(45),
      },
      {
        kind: 'ACTION_ADDED',
        field: null,
        lifeDomain: 'ADDICTION',
        goal: 'Cliënt is in behandeling voor zijn verslaving',
        action: 'Intake bij de verslavingszorg plannen',
        from: null,
        to: null,
      },
    ]);
    const missing = await as.politie!.gql(DIFF, {
      caseId: caseId('ZVH-2026-001'),
      from: 1,
      to: 9,
    });
    expect([errorCode(missing), errorField(missing)]).toEqual(['BAD_USER_INPUT', 'to']);
  });
});

describe('editing the draft', () => {
  it('never lets two concurrent edits overwrite each other: one wins, the other gets EDIT_CONFLICT', async () => {
    const draft = (await plan(as.wijkteam!, 'ZVH-2026-001')).draft!;
    const goal = draft.goals.find((g) => g.lifeDomain === 'WORK_AND_DAYTIME')!;
    const texts = ['Dagbesteding vier dagen per week', 'Betaald werk binnen een half jaar'];
    const [a, b] = await Promise.all([
      as.wijkteam!.gql<{ updatePlanGoal: Version }>(UPDATE_GOAL, {
        input: { goalId: goal.id, revision: draft.revision, description: texts[0] },
      }),
      as.reclassering!.gql<{ updatePlanGoal: Version }>(UPDATE_GOAL, {
        input: { goalId: goal.id, revision: draft.revision, description: texts[1] },
      }),
    ]);
    const results = [a, b];
    const winners = results.filter((r) => r.errors === undefined);
    const losers = results.filter((r) => r.errors !== undefined);
    expect(winners).toHaveLength(1);
    expect(losers.map(errorCode)).toEqual(['EDIT_CONFLICT']);
    expect(losers[0]!.errors![0]!.message).toMatch(/someone else changed/i);
    const winnerText = texts[results.indexOf(winners[0]!)]!;
    const after = (await plan(as.politie!, 'ZVH-2026-001')).draft!;
    expect(after.goals.find((g) => g.id === goal.id)!.description).toBe(winnerText);
    expect(after.revision).toBe(draft.revision + 1);

    // Ten writers adding at once with the same revision: exactly one action is stored.
    const attempts = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        as.wijkteam!.gql(ADD_ACTION, {
          input: {
            goalId: goal.id,
            revision: after.revision,
            description: `Gelijktijdige afspraak ${i}`,
            ownerAgencyId: agencyId(WIJKTEAM),
            dueDate: dateIn(20),
          },
        }),
      ),
    );
    expect(attempts.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(attempts.filter((r) => errorCode(r) === 'EDIT_CONFLICT')).toHaveLength(9);
    const stored = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM plan_action WHERE description LIKE 'Gelijktijdige afspraak %'`,
    );
    expect(stored[0]!.n).toBe(1);
  });

  it('refuses a stale revision even without a race, and changes nothing', async () => {
    const draft = (await plan(as.wijkteam!, 'ZVH-2026-001')).draft!;
    const res = await as.wijkteam!.gql(ADD_GOAL, {
      input: {
        versionId: draft.id,
        revision: draft.revision - 1,
        lifeDomain: 'SOCIAL_NETWORK',
        description: 'Contact met familie herstellen',
      },
    });
    expect(errorCode(res)).toBe('EDIT_CONFLICT');
    expect((await plan(as.wijkteam!, 'ZVH-2026-001')).draft!.revision).toBe(draft.revision);
  });

  it('gives an action only to an agency that takes part, and to a professional of that agency', async () => {
    const draft = (await plan(as.wijkteam!, 'ZVH-2026-001')).draft!;
    const goal = draft.goals[0]!;
    const base = {
      goalId: goal.id,
      revision: draft.revision,
      description: 'Afspraak voor een buitenstaander',
      dueDate: dateIn(10),
    };
    const outsider = await as.wijkteam!.gql(ADD_ACTION, {
      input: { ...base, ownerAgencyId: agencyId(GEMEENTE) },
    });
    expect([errorCode(outsider), errorField(outsider)]).toEqual([
      'BAD_USER_INPUT',
      'ownerAgencyId',
    ]);
    const wrongUser = await as.wijkteam!.gql(ADD_ACTION, {
      input: {
        ...base,
        ownerAgencyId: agencyId(POLITIE),
        ownerUserId: users.get(USERS.wijkteam),
      },
    });
    expect([errorCode(wrongUser), errorField(wrongUser)]).toEqual([
      'BAD_USER_INPUT',
      'ownerUserId',
    ]);
    const past = await as.wijkteam!.gql(ADD_ACTION, {
      input: { ...base, ownerAgencyId: agencyId(POLITIE), dueDate: dateIn(-1) },
    });
    expect([errorCode(past), errorField(past)]).toEqual(['BAD_USER_INPUT', 'dueDate']);
    const notADate = await as.wijkteam!.gql(ADD_ACTION, {
      input: { ...base, ownerAgencyId: agencyId(POLITIE), dueDate: '2026-02-30' },
    });
    expect([errorCode(notADate), errorField(notADate)]).toEqual(['BAD_USER_INPUT', 'dueDate']);
    // Bad input changes nothing.
    expect((await plan(as.wijkteam!, 'ZVH-2026-001')).draft!.revision).toBe(draft.revision);
  });

  it('notifies the agency (or the named professional) an action is assigned to', async () => {
    const before = (await notificationsOf(USERS.politie, 'ACTION_ASSIGNED')).length;
    const draft = (await plan(as.wijkteam!, 'ZVH-2026-001')).draft!;
    const updated = ok(
      await as.wijkteam!.gql<{ addPlanAction: Version }>(ADD_ACTION, {
        input: {
          goalId: draft.goals[2]!.id,
          revision: draft.revision,
          description: 'Signalen van overlast doorgeven aan de casusregisseur',
          ownerAgencyId: agencyId(POLITIE),
          dueDate: dateIn(7),
        },
      }),
    ).addPlanAction;
    expect(updated.revision).toBe(draft.revision + 1);
    const added = actionNamed(updated, 'Signalen van overlast doorgeven aan de casusregisseur');
    expect(added).toMatchObject({ status: 'OPEN', ownerAgency: { name: POLITIE } });
    const after = await notificationsOf(USERS.politie, 'ACTION_ASSIGNED');
    expect(after).toHaveLength(before + 1);
    expect(after[after.length - 1]!.data).toEqual({ caseReference: 'ZVH-2026-001' });

    const ggzBefore = (await notificationsOf(USERS.ggz, 'ACTION_ASSIGNED')).length;
    const reassigned = ok(
      await as.wijkteam!.gql<{ updatePlanAction: Version }>(UPDATE_ACTION, {
        input: {
          actionId: added.id,
          revision: updated.revision,
          ownerAgencyId: agencyId('GGZ Demoland'),
          ownerUserId: users.get(USERS.ggz),
        },
      }),
    ).updatePlanAction;
    expect(actionNamed(reassigned, added.description)).toMatchObject({
      ownerAgency: { name: 'GGZ Demoland' },
      ownerUser: { displayName: 'Noor Jansen' },
    });
    expect(await notificationsOf(USERS.ggz, 'ACTION_ASSIGNED')).toHaveLength(ggzBefore + 1);
  });

  it('refuses to write for an agency whose covenant gives no PLAN write, but still lets it read', async () => {
    const [current] = await t.db.query<{ v: number; region: string }[]>(
      `SELECT max(version)::int AS v, (SELECT id FROM region WHERE code = 'demo') AS region
         FROM covenant_version WHERE region_id = (SELECT id FROM region WHERE code = 'demo')`,
    );
    const tightened = DEFAULT_COVENANT.map((entry) =>
      entry.category === 'PLAN' &&
      'agencyType' in entry.subject &&
      entry.subject.agencyType === 'HOUSING'
        ? { ...entry, write: false }
        : entry,
    );
    await insertCovenantVersion(t.db, {
      regionId: current!.region,
      version: current!.v + 1,
      entries: tightened,
      note: 'Test: housing reads the plan only',
      userId: null,
    });
    try {
      const p = await plan(as.woning!, 'ZVH-2026-001');
      expect([p.canEdit, p.canAdopt]).toEqual([false, false]);
      const res = await as.woning!.gql(ADD_GOAL, {
        input: {
          versionId: p.draft!.id,
          revision: p.draft!.revision,
          lifeDomain: 'HOUSING',
          description: 'Nieuwe woning zoeken',
        },
      });
      expect(errorCode(res)).toBe('FORBIDDEN');
      const start = await as.woning!.gql(START, { caseId: caseId('ZVH-2026-001') });
      expect(errorCode(start)).toBe('FORBIDDEN');
    } finally {
      await insertCovenantVersion(t.db, {
        regionId: current!.region,
        version: current!.v + 2,
        entries: DEFAULT_COVENANT,
        note: 'Test: default again',
        userId: null,
      });
    }
  });
});

describe('adopting and versions', () => {
  it('freezes an adopted version: mutations are refused, and so is direct SQL', async () => {
    const adopted = (await plan(as.wijkteam!, 'ZVH-2026-001')).adopted!;
    const goal = adopted.goals[0]!;
    const res = await as.reclassering!.gql(UPDATE_GOAL, {
      input: { goalId: goal.id, revision: adopted.revision, description: 'Achteraf aangepast' },
    });
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors![0]!.message).toMatch(/adopted/);
    const action = await as.reclassering!.gql(
      `mutation($input: RemovePlanActionInput!) {
      removePlanAction(input: $input) { id } }`,
      {
        input: { actionId: goal.actions[0]!.id, revision: adopted.revision },
      },
    );
    expect(errorCode(action)).toBe('CONFLICT');

    await expect(
      t.db.query(`UPDATE plan_goal SET description = 'Stiekem' WHERE id = $1`, [goal.id]),
    ).rejects.toThrow(/adopted/);
    await expect(
      t.db.query(`UPDATE plan_action SET due_date = due_date + 30 WHERE version_id = $1`, [
        adopted.id,
      ]),
    ).rejects.toThrow(/adopted/);
    await expect(t.db.query(`DELETE FROM plan_goal WHERE id = $1`, [goal.id])).rejects.toThrow(
      /adopted/,
    );
    await expect(
      t.db.query(`UPDATE plan_version SET adopted_on = adopted_on - 1 WHERE id = $1`, [adopted.id]),
    ).rejects.toThrow(/adopted/);
    await expect(
      t.db.query(
        `INSERT INTO plan_goal (region_id, version_id, life_domain, description, position)
         SELECT region_id, id, 'SAFETY', 'Ingevoegd', 99 FROM plan_version WHERE id = $1`,
        [adopted.id],
      ),
    ).rejects.toThrow(/adopted/);
    const unchanged = (await plan(as.wijkteam!, 'ZVH-2026-001')).adopted!;
    expect(unchanged).toEqual(adopted);
  });

  it('adopts a draft (casusregisseur), activates an accepted case, notifies and records it; the next edit starts a new version', async () => {
    const ref = 'ZVH-2026-003';
    await t.db.query(`UPDATE case_file SET status = 'ACCEPTED' WHERE id = $1`, [caseId(ref)]);
    // The referrer (probation) takes casusregie for this case.
    await t.db.query(`UPDATE case_file SET casusregisseur_agency_id = $2 WHERE id = $1`, [
      caseId(ref),
      agencyId('Reclassering Nederland, unit Demo-regio'),
    ]);
    const empty = await plan(as.reclassering!, ref);
    expect([empty.draft, empty.adopted]).toEqual([null, null]);
    const first = ok(
      await as.reclassering!.gql<{ startPlanRevision: Version }>(START, {
        caseId: caseId(ref),
      }),
    ).startPlanRevision;
    expect(first).toMatchObject({ number: 1, status: 'DRAFT', goals: [] });
    // Starting again returns the same draft rather than a second one.
    const again = ok(
      await as.regie!.gql<{ startPlanRevision: Version }>(START, {
        caseId: caseId(ref),
      }),
    ).startPlanRevision;
    expect(again.id).toBe(first.id);

    const noGoals = await as.reclassering!.gql(ADOPT, {
      input: { versionId: first.id, revision: first.revision, adoptedOn: dateIn(0) },
    });
    expect([errorCode(noGoals), errorField(noGoals)]).toEqual(['BAD_USER_INPUT', 'versionId']);

    const withGoal = ok(
      await as.reclassering!.gql<{ addPlanGoal: Version }>(ADD_GOAL, {
        input: {
          versionId: first.id,
          revision: first.revision,
          lifeDomain: 'HOUSING',
          description: 'Begeleid wonen na vrijlating',
        },
      }),
    ).addPlanGoal;
    const withAction = ok(
      await as.reclassering!.gql<{ addPlanAction: Version }>(ADD_ACTION, {
        input: {
          goalId: withGoal.goals[0]!.id,
          revision: withGoal.revision,
          description: 'Plek in begeleid wonen aanvragen',
          ownerAgencyId: agencyId(GEMEENTE),
          dueDate: dateIn(14),
        },
      }),
    ).addPlanAction;

    // Exodus takes part but is neither procesregisseur nor casusregisseur.
    const notAllowed = await as.exodus!.gql(ADOPT, {
      input: { versionId: first.id, revision: withAction.revision, adoptedOn: dateIn(0) },
    });
    expect(errorCode(notAllowed)).toBe('FORBIDDEN');
    const future = await as.reclassering!.gql(ADOPT, {
      input: { versionId: first.id, revision: withAction.revision, adoptedOn: dateIn(2) },
    });
    expect([errorCode(future), errorField(future)]).toEqual(['BAD_USER_INPUT', 'adoptedOn']);

    const gemeenteBefore = (await notificationsOf(USERS.gemeente, 'PLAN_ADOPTED')).length;
    const adopted = ok(
      await as.reclassering!.gql<{ adoptPlanVersion: Version }>(ADOPT, {
        input: { versionId: first.id, revision: withAction.revision, adoptedOn: dateIn(0) },
      }),
    ).adoptPlanVersion;
    expect(adopted).toMatchObject({ number: 1, status: 'ADOPTED', adoptedOn: dateIn(0) });
    const [row] = await t.db.query<{ status: string }[]>(
      `SELECT status FROM case_file WHERE id = $1`,
      [caseId(ref)],
    );
    expect(row!.status).toBe('ACTIVE');
    const notified = await notificationsOf(USERS.gemeente, 'PLAN_ADOPTED');
    expect(notified).toHaveLength(gemeenteBefore + 1);
    expect(notified[notified.length - 1]!.data).toEqual({ caseReference: ref, version: 1 });
    // The one who adopted is not told about it.
    expect(await notificationsOf(USERS.reclassering, 'PLAN_ADOPTED')).toHaveLength(0);
    const events = await t.db.query<{ kind: string; data: unknown }[]>(
      `SELECT kind, data FROM case_event WHERE case_id = $1 AND kind LIKE 'PLAN_%' ORDER BY id`,
      [caseId(ref)],
    );
    expect(events).toEqual([
      { kind: 'PLAN_VERSION_CREATED', data: { version: 1 } },
      { kind: 'PLAN_ADOPTED', data: { version: 1 } },
    ]);

    // A second adoption of the same (now frozen) version is refused.
    const twice = await as.reclassering!.gql(ADOPT, {
      input: { versionId: first.id, revision: adopted.revision, adoptedOn: dateIn(0) },
    });
    expect(errorCode(twice)).toBe('CONFLICT');

    // Changing the plan now means a new draft, copied from the adopted version with the same keys.
    const second = ok(
      await as.gemeente!.gql<{ startPlanRevision: Version }>(START, {
        caseId: caseId(ref),
      }),
    ).startPlanRevision;
    expect(second).toMatchObject({ number: 2, status: 'DRAFT', basedOnNumber: 1 });
    expect(second.goals.map((g) => g.key)).toEqual(adopted.goals.map((g) => g.key));
    expect(allActions(second).map((a) => a.key)).toEqual(allActions(adopted).map((a) => a.key));
    const changed = ok(
      await as.gemeente!.gql<{ updatePlanAction: Version }>(UPDATE_ACTION, {
        input: {
          actionId: allActions(second)[0]!.id,
          revision: second.revision,
          dueDate: dateIn(28),
          description: 'Plek in begeleid wonen aanvragen en bezichtigen',
        },
      }),
    ).updatePlanAction;
    const removed = ok(
      await as.gemeente!.gql<{ removePlanGoal: Version }>(REMOVE_GOAL, {
        input: { goalId: changed.goals[0]!.id, revision: changed.revision },
      }),
    ).removePlanGoal;
    expect(removed.goals).toEqual([]);
    const diff = ok(
      await as.gemeente!.gql<{ planVersionDiff: { kind: string; action: string | null }[] }>(DIFF, {
        caseId: caseId(ref),
        from: 1,
        to: 2,
      }),
    ).planVersionDiff;
    expect(diff.map((c) => [c.kind, c.action])).toEqual([
      ['GOAL_REMOVED', null],
      ['ACTION_REMOVED', 'Plek in begeleid wonen aanvragen'],
    ]);
    // The adopted version still holds its action, and its progress row survives.
    expect(allActions((await plan(as.gemeente!, ref)).adopted!)).toHaveLength(1);
    const kinds = await t.db.query<unknown[]>(
      `SELECT kind FROM case_event WHERE case_id = $1 AND kind = 'PLAN_VERSION_CREATED'`,
      [caseId(ref)],
    );
    expect(kinds).toHaveLength(2);
  });

  it('lets a case with an adopted plan be deleted as a whole (retention)', async () => {
    const [row] = await t.db.query<{ id: string }[]>(
      `INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                              referring_agency_id)
       SELECT region_id, 'PLAN-DELETE-1', subject_person_id, theme, 'ACTIVE', referring_agency_id
         FROM case_file WHERE id = $1 RETURNING id`,
      [caseId('ZVH-2026-001')],
    );
    await t.db.query(
      `WITH v AS (INSERT INTO plan_version (region_id, case_id, number)
                  SELECT region_id, id, 1 FROM case_file WHERE id = $1 RETURNING id, region_id),
            g AS (INSERT INTO plan_goal (region_id, version_id, life_domain, description, position)
                  SELECT region_id, id, 'SAFETY', 'Veiligheid', 0 FROM v RETURNING id)
       SELECT 1`,
      [row!.id],
    );
    await t.db.query(
      `UPDATE plan_version SET status = 'ADOPTED', adopted_on = current_date, adopted_at = now()
        WHERE case_id = $1`,
      [row!.id],
    );
    await t.db.query(`DELETE FROM case_file WHERE id = $1`, [row!.id]);
    const left = await t.db.query<unknown[]>(`SELECT 1 FROM plan_version WHERE case_id = $1`, [
      row!.id,
    ]);
    expect(left).toEqual([]);
  });
});

describe('progress on actions', () => {
  it('lets the owner change the status of an adopted action without a new version, guarded by its revision', async () => {
    const p = await plan(as.politie!, 'ZVH-2026-001');
    const visit = actionNamed(p.adopted!, 'Wijkagent bezoekt cliënt maandelijks thuis');
    const other = await as.woning!.gql(STATUS, {
      input: { actionId: visit.id, statusRevision: visit.statusRevision, status: 'DONE' },
    });
    expect(errorCode(other)).toBe('FORBIDDEN');

    const [first, second] = await Promise.all(
      (['IN_PROGRESS', 'CANCELLED'] as const).map((status) =>
        as.politie!.gql<{ updatePlanActionStatus: { status: string } }>(STATUS, {
          input: { actionId: visit.id, statusRevision: visit.statusRevision, status },
        }),
      ),
    );
    const outcomes = [first!, second!].map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(outcomes).toEqual(['EDIT_CONFLICT', 'OK']);
    const winner = [first!, second!].find((r) => !r.errors)!.data!.updatePlanActionStatus.status;
    const after = await plan(as.politie!, 'ZVH-2026-001');
    expect(actionNamed(after.adopted!, visit.description).status).toBe(winner);
    // Same action in the draft: same status, and no new version was made.
    expect(actionNamed(after.draft!, visit.description).status).toBe(winner);
    expect([after.adopted!.number, after.draft!.number]).toEqual([1, 2]);

    // The casusregisseur may correct it.
    const byLead = await as.reclassering!.gql(STATUS, {
      input: {
        actionId: visit.id,
        statusRevision: visit.statusRevision + 1,
        status: 'IN_PROGRESS',
      },
    });
    expect(byLead.errors).toBeUndefined();
  });

  it('appends progress notes; notes cannot be changed afterwards', async () => {
    const p = await plan(as.politie!, 'ZVH-2026-001');
    const visit = actionNamed(p.adopted!, 'Wijkagent bezoekt cliënt maandelijks thuis');
    const res = ok(
      await as.politie!.gql<{ addPlanActionNote: { actionKey: string; text: string } }>(NOTE, {
        input: { actionId: visit.id, text: 'Eerste huisbezoek gedaan; cliënt was thuis.' },
      }),
    ).addPlanActionNote;
    expect(res).toMatchObject({
      actionKey: visit.key,
      text: 'Eerste huisbezoek gedaan; cliënt was thuis.',
    });
    const after = await plan(as.wijkteam!, 'ZVH-2026-001');
    expect(after.notes[0]).toMatchObject({ actionKey: visit.key, authorAgency: { name: POLITIE } });
    expect(actionNamed(after.draft!, visit.description).noteCount).toBe(1);
    const empty = await as.politie!.gql(NOTE, { input: { actionId: visit.id, text: '  ' } });
    expect([errorCode(empty), errorField(empty)]).toEqual(['BAD_USER_INPUT', 'text']);
    await expect(t.db.query(`UPDATE plan_action_note SET text = 'Anders'`)).rejects.toThrow(
      /append-only/,
    );
  });
});

describe('Mijn acties', () => {
  it("lists my agency's actions of the plan in force, overdue first, then by due date, in one statement", async () => {
    let res: GqlResponse<MyActions> | undefined;
    const statements = await statementsDuring(async () => {
      res = await as.wijkteam!.gql<MyActions>(MY_ACTIONS, { first: 10 });
    });
    const single = await statementsDuring(() => as.wijkteam!.gql(MY_ACTIONS, { first: 1 }));
    const nodes = ok(res!).myActions.nodes;
    expect(nodes.map((n) => [n.description, n.overdue, n.versionStatus])).toEqual([
      ['Schuldhulp aanvragen bij de gemeente', true, 'ADOPTED'],
      // The adopted due date counts, not the draft's later one.
      ['Werkplek bij de kringloopwinkel regelen', false, 'ADOPTED'],
    ]);
    expect(nodes[1]!.dueDate).toBe(dateIn(30));
    // Session and policy context (unless held in memory, ADR 0013), then the page: the same
    // count whatever the page size.
    const besidesSession = (list: string[]) => list.filter((sql) => !/FROM app_user u/.test(sql));
    expect(statements.length).toBeLessThanOrEqual(3);
    expect(besidesSession(single)).toHaveLength(besidesSession(statements).length);
    const page = statements.filter((sql) => /FROM plan_action_in_force f/.test(sql));
    expect(page).toHaveLength(1);
    expect(page[0]).toMatch(/case_participant/);

    const paged = ok(await as.wijkteam!.gql<MyActions>(MY_ACTIONS, { first: 1 })).myActions;
    expect(paged.pageInfo.hasNextPage).toBe(true);
    const next = ok(
      await as.wijkteam!.gql<MyActions>(MY_ACTIONS, {
        first: 1,
        after: paged.pageInfo.endCursor,
      }),
    ).myActions;
    expect(next.nodes.map((n) => n.description)).toEqual([
      'Werkplek bij de kringloopwinkel regelen',
    ]);
    expect(next.pageInfo.hasNextPage).toBe(false);
    const overdue = ok(
      await as.wijkteam!.gql<MyActions>(MY_ACTIONS, { filter: { overdueOnly: true } }),
    ).myActions;
    expect(overdue.nodes.map((n) => n.description)).toEqual([
      'Schuldhulp aanvragen bij de gemeente',
    ]);
    const done = ok(
      await as.woning!.gql<MyActions>(MY_ACTIONS, { filter: { statuses: ['DONE'] } }),
    ).myActions;
    expect(done.nodes.map((n) => n.description)).toEqual([
      'Betalingsregeling voor de huurachterstand afspreken',
    ]);
    const badCursor = await as.wijkteam!.gql(MY_ACTIONS, { after: 'bm9wZQ' });
    expect([errorCode(badCursor), errorField(badCursor)]).toEqual(['BAD_USER_INPUT', 'after']);
  });

  it('no longer lists an action of a case my agency has left (filtered in SQL)', async () => {
    const ref = 'ZVH-2026-004';
    const draft = ok(
      await as.wijkteam!.gql<{ startPlanRevision: Version }>(START, {
        caseId: caseId(ref),
      }),
    ).startPlanRevision;
    const goal = ok(
      await as.wijkteam!.gql<{ addPlanGoal: Version }>(ADD_GOAL, {
        input: {
          versionId: draft.id,
          revision: draft.revision,
          lifeDomain: 'SAFETY',
          description: 'Geen nieuwe incidenten op school',
        },
      }),
    ).addPlanGoal;
    ok(
      await as.wijkteam!.gql(ADD_ACTION, {
        input: {
          goalId: goal.goals[0]!.id,
          revision: goal.revision,
          description: 'Wijkagent spreekt de jongere aan op school',
          ownerAgencyId: agencyId(POLITIE),
          dueDate: dateIn(3),
        },
      }),
    );
    const listed = async () =>
      ok(await as.politie!.gql<MyActions>(MY_ACTIONS, { first: 50 })).myActions.nodes.map(
        (n) => n.description,
      );
    expect(await listed()).toContain('Wijkagent spreekt de jongere aan op school');
    await t.db.query(
      `UPDATE case_participant SET ended_at = now(), end_reason = 'Test: politie stopt hier'
        WHERE case_id = $1 AND agency_id = $2`,
      [caseId(ref), agencyId(POLITIE)],
    );
    try {
      const now = await listed();
      expect(now).not.toContain('Wijkagent spreekt de jongere aan op school');
      expect(now).toContain('Wijkagent bezoekt cliënt maandelijks thuis');
    } finally {
      await t.db.query(
        `UPDATE case_participant SET ended_at = NULL, end_reason = NULL
          WHERE case_id = $1 AND agency_id = $2`,
        [caseId(ref), agencyId(POLITIE)],
      );
    }
  });

  it('gives the procesregisseur the overdue actions of the region; others may not ask', async () => {
    const res = ok(
      await as.regie!.gql<{
        overdueActions: { totalCount: number; nodes: { description: string }[] };
      }>(`{ overdueActions(first: 10) { totalCount nodes { description caseReference } } }`),
    ).overdueActions;
    expect(res.totalCount).toBe(1);
    expect(res.nodes.map((n) => n.description)).toEqual(['Schuldhulp aanvragen bij de gemeente']);
    const denied = await as.wijkteam!.gql(`{ overdueActions { totalCount } }`);
    expect(errorCode(denied)).toBe('FORBIDDEN');
    const counts = await t.app.get(MyActionsService).overdueActionCounts({
      ...(await userRow(USERS.regie)),
    });
    expect(counts).toEqual([
      { caseId: caseId('ZVH-2026-001'), caseReference: 'ZVH-2026-001', wijk: 'Noord', count: 1 },
    ]);
  });

  it('counts up to 1,000 overdue actions and then says there are more, from the kept actions in force', async () => {
    const query = `{ overdueActions(first: 3) { totalCount totalCountCapped nodes { description dueDate } } }`;
    type Overdue = {
      overdueActions: {
        totalCount: number;
        totalCountCapped: boolean;
        nodes: { description: string; dueDate: string }[];
      };
    };
    // A case of its own whose draft (no version adopted yet) is in force, with 1,000 overdue
    // actions, the oldest 1,000 days late.
    const [created] = await t.db.query<{ id: string }[]>(
      `WITH c AS (
         INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                                referring_agency_id)
         SELECT region_id, 'ZVH-MASSA-1', subject_person_id, theme, 'ACTIVE', referring_agency_id
           FROM case_file WHERE id = $1 RETURNING id, region_id),
       p AS (
         INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis)
         SELECT c.region_id, c.id, $2, 'PROCESREGIE', 'Procesregie voor de test',
                'Convenant Demo-regio, art. 5' FROM c),
       v AS (INSERT INTO plan_version (region_id, case_id, number)
             SELECT c.region_id, c.id, 1 FROM c RETURNING id, region_id, case_id),
       g AS (INSERT INTO plan_goal (region_id, version_id, life_domain, description, position)
             SELECT v.region_id, v.id, 'HOUSING', 'Een woning', 1 FROM v RETURNING id)
       SELECT id FROM c`,
      [caseId('ZVH-2026-001'), agencyId(ZVH)],
    );
    const added = await t.db.query<{ key: string }[]>(
      `INSERT INTO plan_action (region_id, case_id, version_id, goal_id, description, owner_agency_id,
                                due_date, position)
       SELECT v.region_id, v.case_id, v.id, g.id, 'Massa-actie ' || n, $2, current_date - 1001 + n, n
         FROM plan_version v JOIN plan_goal g ON g.version_id = v.id, generate_series(1, 1000) n
        WHERE v.case_id = $1
       RETURNING key`,
      [created!.id, agencyId(ZVH)],
    );
    expect(added).toHaveLength(1000);
    await t.db.query(
      `INSERT INTO plan_action_progress (action_key, region_id, case_id, status)
       SELECT a.key, a.region_id, a.case_id, 'OPEN' FROM plan_action a WHERE a.key = ANY($1::uuid[])`,
      [added.map((a) => a.key)],
    );
    try {
      const many = ok(await as.regie!.gql<Overdue>(query)).overdueActions;
      expect([many.totalCount, many.totalCountCapped]).toEqual([1000, true]);
      expect(many.nodes.map((n) => n.description)).toEqual([
        'Massa-actie 1',
        'Massa-actie 2',
        'Massa-actie 3',
      ]);
      // One done: 1,000 left, counted exactly again.
      await t.db.query(`UPDATE plan_action_progress SET status = 'DONE' WHERE action_key = $1`, [
        added[0]!.key,
      ]);
      const exact = ok(await as.regie!.gql<Overdue>(query)).overdueActions;
      expect([exact.totalCount, exact.totalCountCapped]).toEqual([1000, false]);
      expect(exact.nodes[0]!.description).toBe('Massa-actie 2');
    } finally {
      await t.db.query(`DELETE FROM case_file WHERE id = $1`, [created!.id]);
    }
    const back = ok(await as.regie!.gql<Overdue>(query)).overdueActions;
    expect([back.totalCount, back.totalCountCapped]).toEqual([1, false]);
  });
});

describe('overdue notices', () => {
  it('tells the owner once per action and due date, with a controlled clock', async () => {
    const service = t.app.get(MyActionsService);
    const daanBefore = (await notificationsOf(USERS.wijkteam, 'ACTION_OVERDUE')).length;
    const now = new Date();
    // Other tests may have run the check; start from a known state for the demo action.
    await t.db.query(`UPDATE plan_action_progress SET overdue_notified_for = NULL`);
    expect(await service.notifyOverdueActions(now)).toBe(1);
    expect(await service.notifyOverdueActions(now)).toBe(0);
    const daan = await notificationsOf(USERS.wijkteam, 'ACTION_OVERDUE');
    expect(daan).toHaveLength(daanBefore + 1);
    expect(daan[daan.length - 1]!.data).toEqual({
      caseReference: 'ZVH-2026-001',
      dueDate: dateIn(-3),
    });
    // Two months on, the later actions are overdue too — each told once.
    const later = new Date(now.getTime() + 60 * 86_400_000);
    const count = await service.notifyOverdueActions(later);
    expect(count).toBeGreaterThan(1);
    expect(await service.notifyOverdueActions(later)).toBe(0);
    // Done and cancelled actions are never overdue.
    const [done] = await t.db.query<unknown[]>(
      `SELECT overdue_notified_for FROM plan_action_progress p
        WHERE p.status IN ('DONE','CANCELLED') AND overdue_notified_for IS NOT NULL`,
    );
    expect(done).toBeUndefined();
  });
});

describe('a closed case', () => {
  it('keeps the plan readable but refuses every change', async () => {
    const ref = 'ZVH-2026-004';
    await t.db.query(`UPDATE case_file SET status = 'CLOSED' WHERE id = $1`, [caseId(ref)]);
    const p = await plan(as.wijkteam!, ref);
    expect([p.readOnly, p.canEdit]).toEqual([true, false]);
    const expected = (ERROR_CODES as readonly string[]).includes('CASE_CLOSED')
      ? 'CASE_CLOSED'
      : 'CONFLICT';
    const res = await as.wijkteam!.gql(ADD_GOAL, {
      input: {
        versionId: p.draft!.id,
        revision: p.draft!.revision,
        lifeDomain: 'SAFETY',
        description: 'Na sluiting',
      },
    });
    expect(errorCode(res)).toBe(expected);
  });
});

async function userRow(email: string) {
  const [row] = await t.db.query<Record<string, unknown>[]>(
    `SELECT u.id, u.email, u.display_name AS "displayName", u.roles, u.agency_id AS "agencyId",
            a.type AS "agencyType", a.region_id AS "regionId"
       FROM app_user u JOIN agency a ON a.id = u.agency_id WHERE u.email = $1`,
    [email],
  );
  // A caller outside a request: its own policy, no session, no audit entry.
  const user = row as unknown as SessionUserRow;
  const policies = t.app.get(PolicyService).forCaller({ ...user, userId: user.id }, null);
  return new ServiceCaller(user, {} as SessionClaims, policies);
}
