import type { LifeDomain } from '@schakel/domain';
import type { EntityManager } from 'typeorm';
import type { PlanActionStatus } from '../plans/plan.enums';
import { AMSTERDAM_TODAY } from '../database/amsterdam-today';

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
  const [found] = await tx.query<{ id: string }[]>(
    `SELECT id FROM case_file WHERE region_id = $1 AND reference = $2`,
    [regionId, CASE],
  );
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
    const [row] = await tx.query<{ id: string }[]>(
      `INSERT INTO plan_version (region_id, case_id, number, based_on_version_id,
                                 created_by_user_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, now() - make_interval(days => $6), now() - make_interval(days => $6))
       RETURNING id`,
      [regionId, caseId, number, basedOn, director, daysAgo],
    );
    await tx.query(
      `INSERT INTO case_event (region_id, case_id, kind, at, actor_user_id, actor_agency_id, data)
       VALUES ($1, $2, 'PLAN_VERSION_CREATED', now() - make_interval(days => $3), $4, $5,
               jsonb_build_object('version', $6::int))`,
      [regionId, caseId, daysAgo, director, zvh, number],
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
    const [g] = await tx.query<{ id: string; key: string }[]>(
      `INSERT INTO plan_goal (region_id, version_id, life_domain, description, position)
       VALUES ($1, $2, $3, $4, $5) RETURNING id, key`,
      [regionId, v1, goal.lifeDomain, goal.description, position],
    );
    v2Goals.push({ goal, key: g!.key });
    for (const [index, action] of goal.actions.entries()) {
      const [a] = await tx.query<{ key: string }[]>(
        `INSERT INTO plan_action (region_id, case_id, version_id, goal_id, description,
                                  owner_agency_id, owner_user_id, due_date, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, ${AMSTERDAM_TODAY} + $8::int, $9) RETURNING key`,
        [
          regionId,
          caseId,
          v1,
          g!.id,
          action.description,
          id(agencies, action.owner),
          action.ownerUser ? id(users, action.ownerUser) : null,
          action.dueInDays,
          index,
        ],
      );
      await tx.query(
        `INSERT INTO plan_action_progress (action_key, region_id, case_id, status)
         VALUES ($1, $2, $3, $4)`,
        [a!.key, regionId, caseId, action.status],
      );
      if (action.note) {
        await tx.query(
          `INSERT INTO plan_action_note (region_id, case_id, action_key, text, author_user_id,
                                         author_agency_id, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, now() - interval '2 days')`,
          [
            regionId,
            caseId,
            a!.key,
            action.note.text,
            id(users, action.note.author),
            id(agencies, action.owner),
          ],
        );
      }
    }
  }
  await tx.query(
    `UPDATE plan_version SET status = 'ADOPTED', adopted_on = ${AMSTERDAM_TODAY} - 21,
            adopted_at = now() - interval '21 days', adopted_by_user_id = $2,
            adopted_by_agency_id = $3
      WHERE id = $1`,
    [v1, director, zvh],
  );
  await tx.query(
    `INSERT INTO case_event (region_id, case_id, kind, at, actor_user_id, actor_agency_id, data)
     VALUES ($1, $2, 'PLAN_ADOPTED', now() - interval '21 days', $3, $4,
             jsonb_build_object('version', 1))`,
    [regionId, caseId, director, zvh],
  );

  // Version 2: a copy with the same keys, a later due date and a new goal.
  const v2 = await version(2, v1, 3);
  for (const [position, { goal, key }] of v2Goals.entries()) {
    const [g] = await tx.query<{ id: string }[]>(
      `INSERT INTO plan_goal (region_id, version_id, key, life_domain, description, position)
       VALUES ($1, $2, COALESCE($3::uuid, gen_random_uuid()), $4, $5, $6) RETURNING id`,
      [regionId, v2, key, goal.lifeDomain, goal.description, position],
    );
    for (const [index, action] of goal.actions.entries()) {
      const [a] = await tx.query<{ key: string }[]>(
        `INSERT INTO plan_action (region_id, case_id, version_id, goal_id, key, description,
                                  owner_agency_id, owner_user_id, due_date, position)
         VALUES ($1, $2, $3, $4,
                 COALESCE((SELECT a.key FROM plan_action a
                            WHERE a.version_id = $10 AND a.description = $5), gen_random_uuid()),
                 $5, $6, $7, ${AMSTERDAM_TODAY} + $8::int, $9) RETURNING key`,
        [
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
        ],
      );
      if (action.draftOnly) {
        await tx.query(
          `INSERT INTO plan_action_progress (action_key, region_id, case_id, status)
           VALUES ($1, $2, $3, $4)`,
          [a!.key, regionId, caseId, action.status],
        );
      }
    }
  }
}
