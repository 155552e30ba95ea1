import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Caller } from '../auth/caller';
import type { Queryable } from '../database/queryable';
import { runStatement as run } from '../database/run-statement';
import { InputError } from '../common/input.error';
import { uuidArg } from '../common/validate';
import type { NotificationKind } from './notification.kinds';
import type { NotificationListModel } from './notification.model';
import {
  markReadQuery,
  notificationListQuery,
  notifyAgenciesQuery,
  notifyUsersQuery,
  unreadCountQuery,
} from './notification.queries';

/** Short labels only (a case reference, an agency name, a date): never case content. */
export type NotificationData = Readonly<Record<string, string | number>>;

export interface NotifyAgencies {
  regionId: string;
  agencyIds: readonly string[];
  kind: NotificationKind;
  caseId?: string | null;
  data?: NotificationData;
  /** The user who caused it does not need to be told. */
  exceptUserId?: string | null;
}

export interface NotifyUsers {
  regionId: string;
  userIds: readonly string[];
  kind: NotificationKind;
  caseId?: string | null;
  data?: NotificationData;
}

function newNotification(n: NotifyAgencies | NotifyUsers) {
  return {
    regionId: n.regionId,
    kind: n.kind,
    caseId: n.caseId ?? null,
    data: JSON.stringify(n.data ?? {}),
  };
}

/**
 * In-app notifications. Writers call `notifyAgencies`/`notifyUsers` inside their own transaction
 * (pass the transaction's manager), so a notification exists exactly when the change does.
 */
@Injectable()
export class NotificationService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One notification per active case worker of each agency (in the region); returns how many. */
  async notifyAgencies(q: Queryable, n: NotifyAgencies): Promise<number> {
    if (n.agencyIds.length === 0) return 0;
    const rows = (await run(
      q,
      notifyAgenciesQuery(newNotification(n), [...new Set(n.agencyIds)], n.exceptUserId ?? null),
    )) as unknown[];
    return rows.length;
  }

  /** Notifications for named users of the region (e.g. an action's owner). */
  async notifyUsers(q: Queryable, n: NotifyUsers): Promise<number> {
    if (n.userIds.length === 0) return 0;
    const rows = (await run(
      q,
      notifyUsersQuery(newNotification(n), [...new Set(n.userIds)]),
    )) as unknown[];
    return rows.length;
  }

  /**
   * The caller's newest notifications and the unread count, in one statement. The person's name
   * next to a case number is shown where the caller may read it now; the audit event notes whose.
   */
  async list(user: Caller, first: number, unreadOnly: boolean): Promise<NotificationListModel> {
    if (!Number.isInteger(first) || first < 1 || first > 100) {
      throw InputError.badInput('first', 'first must be between 1 and 100.');
    }
    const { ability } = await user.policy();
    const [row] = (await run(
      this.db,
      notificationListQuery(ability, { id: user.id, agencyId: user.agencyId }, first, unreadOnly),
    )) as {
      unreadCount: number;
      items: {
        id: string;
        kind: NotificationKind;
        caseId: string | null;
        data: Record<string, string | number>;
        createdAt: string;
        readAt: string | null;
        personId: string | null;
        personName: string | null;
        personNameVisible: boolean | null;
      }[];
    }[];
    const named = row!.items.filter((item) => item.caseId !== null && item.personNameVisible);
    user.note({
      caseIds: named.map((item) => item.caseId),
      personIds: named.map((item) => item.personId),
      categories: named.length > 0 ? ['IDENTITY'] : [],
      fields: named.length > 0 ? ['name'] : [],
    });
    return {
      unreadCount: row!.unreadCount,
      items: row!.items.map((item) => {
        const visible = item.caseId !== null && item.personNameVisible === true;
        return {
          id: item.id,
          kind: item.kind,
          caseId: item.caseId,
          params: Object.entries(item.data).map(([key, value]) => ({ key, value: String(value) })),
          personName: visible ? item.personName : null,
          personNameAccess: item.caseId === null ? null : visible ? 'FULL' : 'WITHHELD',
          createdAt: new Date(item.createdAt),
          readAt: item.readAt === null ? null : new Date(item.readAt),
        };
      }),
    };
  }

  /** The caller's unread count only (the header's poll): no case, no person. */
  async unreadCount(user: AuthenticatedUser): Promise<number> {
    const [row] = (await run(this.db, unreadCountQuery(user.id))) as { n: number }[];
    return row!.n;
  }

  /** Marks the caller's own notifications read (all of them when ids is empty); returns unread left. */
  async markRead(user: AuthenticatedUser, ids: readonly string[]): Promise<number> {
    const checked = ids.map((id, i) => uuidArg(id, `ids.${i}`));
    await run(this.db, markReadQuery(user.id, checked));
    const [row] = (await run(this.db, unreadCountQuery(user.id))) as { n: number }[];
    return row!.n;
  }
}
