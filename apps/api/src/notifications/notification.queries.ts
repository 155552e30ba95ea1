import type { AppAbility } from '@schakel/sharing-policy';
import { SqlParams, type Statement } from '../common/sql';
import { subjectNameColumns } from '../sharing/subject-name';
import type { NotificationKind } from './notification.kinds';

/*
 * The notification statements. A notification belongs to its recipient and stores short labels
 * only (see NotificationData); the person's name next to its case number is added when the list
 * is read, by the sharing policy in SQL (as in Mijn acties), so it is never stored and disappears
 * when the reader's access ends.
 */

// Professionals who work on cases; admin and privacy roles get no case notifications.
const CASE_WORKERS = `u.active AND u.roles && ARRAY['MEMBER','PROCESREGISSEUR']::text[]`;

interface NewNotification {
  regionId: string;
  kind: NotificationKind;
  caseId: string | null;
  /** The labels, as JSON. */
  data: string;
}

/** One notification per active case worker of the agencies (in the region), except one user. */
export function notifyAgenciesQuery(
  n: NewNotification,
  agencyIds: readonly string[],
  exceptUserId: string | null,
): Statement {
  return {
    sql: `INSERT INTO notification (region_id, recipient_user_id, kind, case_id, data)
       SELECT $1, u.id, $3, $4, $5::jsonb
         FROM app_user u JOIN agency a ON a.id = u.agency_id AND a.region_id = $1
        WHERE u.agency_id = ANY($2::uuid[]) AND ${CASE_WORKERS}
          AND u.id IS DISTINCT FROM $6::uuid
       RETURNING id`,
    params: [n.regionId, agencyIds, n.kind, n.caseId, n.data, exceptUserId],
  };
}

/** One notification per named active user of the region. */
export function notifyUsersQuery(n: NewNotification, userIds: readonly string[]): Statement {
  return {
    sql: `INSERT INTO notification (region_id, recipient_user_id, kind, case_id, data)
       SELECT $1, u.id, $3, $4, $5::jsonb
         FROM app_user u JOIN agency a ON a.id = u.agency_id AND a.region_id = $1
        WHERE u.id = ANY($2::uuid[]) AND u.active
       RETURNING id`,
    params: [n.regionId, userIds, n.kind, n.caseId, n.data],
  };
}

/**
 * The user's unread count and newest notifications (unread only, if asked), in one statement; each
 * with the name of its case's person where the caller may read it now (`"personNameVisible"`).
 */
export function notificationListQuery(
  ability: AppAbility,
  caller: { id: string; agencyId: string },
  first: number,
  unreadOnly: boolean,
): Statement {
  const params = new SqlParams([caller.id, first, unreadOnly]);
  const name = subjectNameColumns(ability, 'c', caller.agencyId, params);
  return {
    sql: `SELECT
         (SELECT count(*)::int FROM notification
           WHERE recipient_user_id = $1 AND read_at IS NULL) AS "unreadCount",
         COALESCE((SELECT json_agg(n ORDER BY n."createdAt" DESC, n.id DESC) FROM (
           SELECT nt.id, nt.kind, nt.case_id AS "caseId", nt.data, nt.created_at AS "createdAt",
                  nt.read_at AS "readAt", c.subject_person_id AS "personId",
                  ${name}
             FROM notification nt
             LEFT JOIN case_file c ON c.id = nt.case_id AND c.region_id = nt.region_id
            WHERE nt.recipient_user_id = $1 AND ($3::boolean IS FALSE OR nt.read_at IS NULL)
            ORDER BY nt.created_at DESC, nt.id DESC
            LIMIT $2) n), '[]'::json) AS items`,
    params: params.values,
  };
}

/** Marks the user's own notifications read: these ids, or all of them when `ids` is empty. */
export function markReadQuery(userId: string, ids: readonly string[]): Statement {
  return {
    sql: `UPDATE notification SET read_at = now()
        WHERE recipient_user_id = $1 AND read_at IS NULL
          AND (cardinality($2::uuid[]) = 0 OR id = ANY($2::uuid[]))`,
    params: [userId, ids],
  };
}

export function unreadCountQuery(userId: string): Statement {
  return {
    sql: `SELECT count(*)::int AS n FROM notification WHERE recipient_user_id = $1 AND read_at IS NULL`,
    params: [userId],
  };
}
