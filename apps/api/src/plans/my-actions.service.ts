import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { NotificationService } from '../notifications/notification.service';
import { PolicyService, type PolicyCaller } from '../sharing/policy.service';
import { InputError } from '../common/input.error';
import { dateArg } from '../common/validate';
import type { MyActionsFilterInput } from './dto/plan.inputs';
import { PLAN_ACTION_STATUSES, UNFINISHED_ACTION_STATUSES } from './plan.enums';
import type {
  MyActionConnectionModel,
  MyActionModel,
  OverdueActionCountModel,
  OverdueActionsModel,
} from './plan.model';
import {
  claimOverdueActionsQuery,
  myActionsQuery,
  overdueActionCountsQuery,
  overdueActionsQuery,
  OVERDUE_COUNT_CAP,
  type MyActionCursor,
} from './plan.queries';
import type { AuditSink } from '../audit/audit-scope';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function encodeCursor(node: MyActionModel): string {
  return Buffer.from(JSON.stringify([node.overdue, node.dueDate, node.id])).toString('base64url');
}

/** A calendar date that exists (a forged 2026-02-30 reached PostgreSQL and answered INTERNAL). */
function isRealDate(text: string): boolean {
  try {
    return dateArg(text, 'after') === text;
  } catch {
    return false;
  }
}

function decodeCursor(after: string): MyActionCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 3) {
      const [overdue, dueDate, id] = value as unknown[];
      if (
        typeof overdue === 'boolean' &&
        typeof dueDate === 'string' &&
        isRealDate(dueDate) &&
        typeof id === 'string' &&
        UUID.test(id)
      ) {
        return { overdue, dueDate, id };
      }
    }
  } catch {
    // fall through: a cursor the API did not make
  }
  throw InputError.badInput('after', 'after is not a cursor of this list.');
}

function pageSize(first: number, max: number): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw InputError.badInput('first', `first must be between 1 and ${max}.`);
  }
  return first;
}

/** The person of the action's case travels with the row for the audit trail (not in GraphQL). */
type MyActionRow = Omit<MyActionModel, 'personNameAccess'> & {
  personId: string;
  personNameVisible: boolean;
};

/** Notes what leaves (the plan, and the person's name where shown) and marks withheld names. */
function toActions(audit: AuditSink, rows: readonly MyActionRow[]): MyActionModel[] {
  const named = rows.some((row) => row.personNameVisible);
  audit.note({
    caseIds: rows.map((row) => row.caseId),
    personIds: rows.map((row) => row.personId),
    categories: rows.length > 0 ? ['PLAN', ...(named ? ['IDENTITY'] : [])] : [],
    fields: named ? ['name'] : [],
  });
  return rows.map(({ personNameVisible, personId: _personId, ...row }) => ({
    ...row,
    personName: personNameVisible ? row.personName : null,
    personNameAccess: personNameVisible ? 'FULL' : 'WITHHELD',
  }));
}

/**
 * Actions across cases: "Mijn acties" (the caller's agency's), overdue ones for monitoring, and
 * the overdue notices. Each list is one statement filtered in SQL by the plan policy.
 */
@Injectable()
export class MyActionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
    private readonly notifications: NotificationService,
  ) {}

  async myActions(
    user: Caller,
    filter: MyActionsFilterInput | null,
    firstArg: number,
    after: string | null,
  ): Promise<MyActionConnectionModel> {
    const first = pageSize(firstArg, 100);
    const cursor = after ? decodeCursor(after) : null;
    const statuses = filter?.statuses?.length ? filter.statuses : UNFINISHED_ACTION_STATUSES;
    if (statuses.some((s) => !PLAN_ACTION_STATUSES.includes(s))) {
      throw InputError.badInput('filter.statuses', 'Unknown action status.');
    }
    const { ability } = await user.policy();
    const statement = myActionsQuery(
      ability,
      { regionId: user.regionId, agencyId: user.agencyId },
      { statuses, overdueOnly: filter?.overdueOnly ?? false },
      { first, after: cursor },
    );
    if (!statement) return { nodes: [], pageInfo: { endCursor: null, hasNextPage: false } };
    const rows = await this.db.query<MyActionRow[]>(statement.sql, statement.params);
    const nodes = toActions(user, rows.slice(0, first));
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      pageInfo: { endCursor: last ? encodeCursor(last) : null, hasNextPage: rows.length > first },
    };
  }

  /** Overdue actions in every case the caller may read the plan of, longest overdue first. */
  async overdueActions(user: Caller, firstArg: number): Promise<OverdueActionsModel> {
    const first = pageSize(firstArg, 200);
    const { ability } = await user.policy();
    const statement = overdueActionsQuery(
      ability,
      { regionId: user.regionId, agencyId: user.agencyId },
      first,
    );
    if (!statement) return { totalCount: 0, totalCountCapped: false, nodes: [] };
    const rows = await this.db.query<
      (MyActionRow & {
        totalCount: number;
      })[]
    >(statement.sql, statement.params);
    const counted = rows[0]?.totalCount ?? 0;
    return {
      totalCount: Math.min(counted, OVERDUE_COUNT_CAP),
      totalCountCapped: counted > OVERDUE_COUNT_CAP,
      nodes: toActions(
        user,
        rows.map(({ totalCount: _total, ...node }) => node),
      ),
    };
  }

  /** For the monitoring dashboard: overdue actions per case (and wijk, where readable). */
  async overdueActionCounts(user: PolicyCaller): Promise<OverdueActionCountModel[]> {
    const { ability } = await user.policy();
    const statement = overdueActionCountsQuery(ability, user.regionId);
    if (!statement) return [];
    return await this.db.query<OverdueActionCountModel[]>(statement.sql, statement.params);
  }

  /**
   * Tells the owner (the named professional, else the agency's case workers) once per action and
   * due date that it is overdue. Returns how many actions were newly overdue.
   */
  async notifyOverdueActions(now: Date): Promise<number> {
    return this.db.transaction(async (tx) => {
      const { sql, params } = claimOverdueActionsQuery(now);
      const [claimed] = await tx.query<
        [
          {
            regionId: string;
            caseId: string;
            caseReference: string;
            ownerAgencyId: string;
            ownerUserId: string | null;
            dueDate: string;
          }[],
          number,
        ]
      >(sql, params);
      for (const action of claimed) {
        const base = {
          regionId: action.regionId,
          kind: 'ACTION_OVERDUE' as const,
          caseId: action.caseId,
          data: { caseReference: action.caseReference, dueDate: action.dueDate },
        };
        const toUser =
          action.ownerUserId === null
            ? 0
            : await this.notifications.notifyUsers(tx, { ...base, userIds: [action.ownerUserId] });
        // A named professional who has left still leaves the agency responsible.
        if (toUser === 0) {
          await this.notifications.notifyAgencies(tx, {
            ...base,
            agencyIds: [action.ownerAgencyId],
          });
        }
      }
      return claimed.length;
    });
  }
}
