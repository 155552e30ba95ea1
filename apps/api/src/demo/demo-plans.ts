import type { LifeDomain } from '@schakel/domain';
import type { EntityManager } from 'typeorm';
import type { PlanActionStatus } from '../plans/plan.enums';
import { runStatement } from '../database/run-statement';
import {
  adoptPlanVersionQuery,
  caseByReferenceQuery,
  insertDraftPlanActionProgressQuery,
  insertDraftPlanActionQuery,
  insertDraftPlanGoalQuery,
  insertPlanActionNoteQuery,
  insertPlanActionProgressQuery,
  insertPlanActionQuery,
  insertPlanAdoptedEventQuery,
  insertPlanGoalQuery,
  insertPlanVersionEventQuery,
  insertPlanVersionQuery,
} from './demo-plans.queries';

/*
 * A plan of action for the first demo case: version 1 adopted three weeks ago, version 2 a draft
 * with changes (so the history shows a difference), actions owned by the wijkteam, the police and
 * probation — one of them overdue, so "Mijn acties" and the monitoring have something to show.
 */

interface DemoAction {
  description: string;
  owner: string;
  ownerUser?: string;
  /** Days from today; negative is in the past. */
  dueInDays: number;
  status: PlanActionStatus;
  note?: { text: string; author: string };
  /** In the draft (version 2) only: a changed due date, or added there. */
  draftDueInDays?: number;
  draftOnly?: boolean;
}

interface DemoGoal {
  lifeDomain: LifeDomain;
  description: string;
  actions: DemoAction[];
  draftOnly?: boolean;
}

const CASE = 'ZVH-2026-001';

const GOALS: DemoGoal[] = [
  {
    lifeDomain: 'FINANCES',
    description: 'Schulden zijn in beeld en er loopt een schuldhulptraject',
    actions: [
      {
        description: 'Schuldhulp aanvragen bij de gemeente',
        owner: 'wijkteam',
        ownerUser: 'wijkteam@demostad.demo.example',
        dueInDays: -3,
        status: 'IN_PROGRESS',
        note: {
          text: 'Aanvraag is voorbereid; cliënt moet nog loonstroken aanleveren.',
          author: 'wijkteam@demostad.demo.example',
        },
      },
    ],
  },
  {
    lifeDomain: 'WORK_AND_DAYTIME',
    description: 'Stabiele dagbesteding binnen drie maanden',
    actions: [
      {
        description: 'Werkplek bij de kringloopwinkel regelen',
        owner: 'wijkteam',
        dueInDays: 30,
        draftDueInDays: 45,
        status: 'OPEN',
      },
    ],
  },
  {
    lifeDomain: 'JUSTICE_AND_BEHAVIOUR',
    description: 'Houdt zich aan de bijzondere voorwaarden',
    actions: [
      {
        description: 'Meldplicht controleren en afwijkingen direct melden',
        owner: 'reclassering',
        ownerUser: 'reclassering@reclassering.demo.example',
        dueInDays: 14,
        status: 'IN_PROGRESS',
      },
      {
        description: 'Wijkagent bezoekt cliënt maandelijks thuis',
        owner: 'politie',
        dueInDays: 10,
        status: 'OPEN',
      },
    ],
  },
  {
    lifeDomain: 'HOUSING',
    description: 'Huurachterstand opgelost en geen overlast meer',
    actions: [
      {
        description: 'Betalingsregeling voor de huurachterstand afspreken',
        owner: 'woningcorporatie',
        dueInDays: -10,
        status: 'DONE',
      },
    ],
  },
  {
    lifeDomain: 'ADDICTION',
    description: 'Cliënt is in behandeling voor zijn verslaving',
    draftOnly: true,
    actions: [
      {
        description: 'Intake bij de verslavingszorg plannen',
        owner: 'ggz',
        dueInDays: 20,
        status: 'OPEN',
        draftOnly: true,
      },
    ],
  },
];

export async function seedDemoPlans(
  tx: EntityManager,
  regionId: string,
  agencies: ReadonlyMap<string, string>,
  users: ReadonlyMap<string, string>,
): Promise<void> {
  const [found] = (await runStatement(tx, caseByReferenceQuery(regionId, CASE))) as {
    id: string;
  }[];
  if (!found) return;
  const caseId = found.id;
  const zvh = agencies.get('zvh')!;
  const director = users.get('procesregisseur@zvh.demo.example') ?? null;
  const id = (map: ReadonlyMap<string, string>, key: string) => {
    const value = map.get(key);
    if (!value) throw new Error(`demo plan refers to unknown key ${key}`);
    return value;
  };

  const version = async (number: number, basedOn: string | null, daysAgo: number) => {
    const [row] = (await runStatement(
      tx,
      insertPlanVersionQuery(regionId, caseId, number, basedOn, director, daysAgo),
    )) as { id: string }[];
    await runStatement(
      tx,
      insertPlanVersionEventQuery(regionId, caseId, daysAgo, director, zvh, number),
    );
    return row!.id;
  };

  const v1 = await version(1, null, 28);
  const v2Goals: { goal: DemoGoal; key: string | null }[] = [];
  for (const [position, goal] of GOALS.entries()) {
    if (goal.draftOnly) {
      v2Goals.push({ goal, key: null });
      continue;
    }
    const [g] = (await runStatement(
      tx,
      insertPlanGoalQuery(regionId, v1, goal.lifeDomain, goal.description, position),
    )) as { id: string; key: string }[];
    v2Goals.push({ goal, key: g!.key });
    for (const [index, action] of goal.actions.entries()) {
      const [a] = (await runStatement(
        tx,
        insertPlanActionQuery(
          regionId,
          caseId,
          v1,
          g!.id,
          action.description,
          id(agencies, action.owner),
          action.ownerUser ? id(users, action.ownerUser) : null,
          action.dueInDays,
          index,
        ),
      )) as { key: string }[];
      await runStatement(
        tx,
        insertPlanActionProgressQuery(a!.key, regionId, caseId, action.status),
      );
      if (action.note) {
        await runStatement(
          tx,
          insertPlanActionNoteQuery(
            regionId,
            caseId,
            a!.key,
            action.note.text,
            id(users, action.note.author),
            id(agencies, action.owner),
          ),
        );
      }
    }
  }
  await runStatement(tx, adoptPlanVersionQuery(v1, director, zvh));
  await runStatement(tx, insertPlanAdoptedEventQuery(regionId, caseId, director, zvh));

  // Version 2: a copy with the same keys, a later due date and a new goal.
  const v2 = await version(2, v1, 3);
  for (const [position, { goal, key }] of v2Goals.entries()) {
    const [g] = (await runStatement(
      tx,
      insertDraftPlanGoalQuery(regionId, v2, key, goal.lifeDomain, goal.description, position),
    )) as { id: string }[];
    for (const [index, action] of goal.actions.entries()) {
      const [a] = (await runStatement(
        tx,
        insertDraftPlanActionQuery(
          regionId,
          caseId,
          v2,
          g!.id,
          action.description,
          id(agencies, action.owner),
          action.ownerUser ? id(users, action.ownerUser) : null,
          action.draftDueInDays ?? action.dueInDays,
          index,
          v1,
        ),
      )) as { key: string }[];
      if (action.draftOnly) {
        await runStatement(
          tx,
          insertDraftPlanActionProgressQuery(a!.key, regionId, caseId, action.status),
        );
      }
    }
  }
}
