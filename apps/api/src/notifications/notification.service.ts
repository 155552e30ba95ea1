import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Queryable } from '../database/queryable';
import { SharingError } from '../sharing/sharing.error';
import { uuidArg } from '../sharing/validate';
import type { NotificationKind } from './notification.kinds';
import type { NotificationListModel } from './notification.model';

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

// Professionals who work on cases; admin and privacy roles get no case notifications.
const CASE_WORKERS = `u.active AND u.roles && ARRAY['MEMBER','PROCESREGISSEUR']::text[]`;

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
    const rows = await q.query<unknown[]>(
      `INSERT INTO notification (region_id, recipient_user_id, kind, case_id, data)
       SELECT $1, u.id, $3, $4, $5::jsonb
         FROM app_user u JOIN agency a ON a.id = u.agency_id AND a.region_id = $1
        WHERE u.agency_id = ANY($2::uuid[]) AND ${CASE_WORKERS}
          AND u.id IS DISTINCT FROM $6::uuid
       RETURNING id`,
      [
        n.regionId,
        [...new Set(n.agencyIds)],
        n.kind,
        n.caseId ?? null,
        JSON.stringify(n.data ?? {}),
        n.exceptUserId ?? null,
      ],
    );
    return rows.length;
  }

  /** Notifications for named users of the region (e.g. an action's owner). */
  async notifyUsers(q: Queryable, n: NotifyUsers): Promise<number> {
    if (n.userIds.length === 0) return 0;
    const rows = await q.query<unknown[]>(
      `INSERT INTO notification (region_id, recipient_user_id, kind, case_id, data)
       SELECT $1, u.id, $3, $4, $5::jsonb
         FROM app_user u JOIN agency a ON a.id = u.agency_id AND a.region_id = $1
        WHERE u.id = ANY($2::uuid[]) AND u.active
       RETURNING id`,
      [n.regionId, [...new Set(n.userIds)], n.kind, n.caseId ?? null, JSON.stringify(n.data ?? {})],
    );
    return rows.length;
  }

  /** The caller's newest notifications and the unread count, in one statement. */
  async list(
    user: AuthenticatedUser,
    first: number,
    unreadOnly: boolean,
  ): Promise<NotificationListModel> {
    if (!Number.isInteger(first) || first < 1 || first > 100) {
      throw SharingError.badInput('first', 'first must be between 1 and 100.');
    }
    const [row] = await this.db.query<
      {
        unreadCount: number;
        items: {
          id: string;
          kind: NotificationKind;
          caseId: string | null;
          data: Record<string, string | number>;
          createdAt: string;
          readAt: string | null;
        }[];
      }[]
    >(
      `SELECT
         (SELECT count(*)::int FROM notification
           WHERE recipient_user_id = $1 AND read_at IS NULL) AS "unreadCount",
         COALESCE((SELECT json_agg(n ORDER BY n."createdAt" DESC, n.id DESC) FROM (
           SELECT id, kind, case_id AS "caseId", data, created_at AS "createdAt",
                  read_at AS "readAt"
             FROM notification
            WHERE recipient_user_id = $1 AND ($3::boolean IS FALSE OR read_at IS NULL)
            ORDER BY created_at DESC, id DESC
            LIMIT $2) n), '[]'::json) AS items`,
      [user.id, first, unreadOnly],
    );
    return {
      unreadCount: row!.unreadCount,
      items: row!.items.map((item) => ({
        id: item.id,
        kind: item.kind,
        caseId: item.caseId,
        params: Object.entries(item.data).map(([key, value]) => ({ key, value: String(value) })),
        createdAt: new Date(item.createdAt),
        readAt: item.readAt === null ? null : new Date(item.readAt),
      })),
    };
  }

  /** Marks the caller's own notifications read (all of them when ids is empty); returns unread left. */
  async markRead(user: AuthenticatedUser, ids: readonly string[]): Promise<number> {
    const checked = ids.map((id, i) => uuidArg(id, `ids.${i}`));
    await this.db.query(
      `UPDATE notification SET read_at = now()
        WHERE recipient_user_id = $1 AND read_at IS NULL
          AND (cardinality($2::uuid[]) = 0 OR id = ANY($2::uuid[]))`,
      [user.id, checked],
    );
    const [row] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification WHERE recipient_user_id = $1 AND read_at IS NULL`,
      [user.id],
    );
    return row!.n;
  }
}
