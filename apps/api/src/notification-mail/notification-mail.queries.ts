import type { Statement } from '../common/sql';

/** The e-mail about notifications: preferences and the dispatcher's statements. */

export function mailPreferencesQuery(userId: string): Statement {
  return {
    sql: `SELECT kind, mode FROM notification_mail_preference WHERE user_id = $1`,
    params: [userId],
  };
}

export function upsertMailPreferenceQuery(userId: string, kind: string, mode: string): Statement {
  return {
    sql: `INSERT INTO notification_mail_preference (user_id, kind, mode) VALUES ($1, $2, $3)
          ON CONFLICT (user_id, kind) DO UPDATE SET mode = EXCLUDED.mode, updated_at = now()`,
    params: [userId, kind, mode],
  };
}

/**
 * Notifications not yet looked at whose recipient wants no digest for their kind, oldest first,
 * locked (another instance's run skips them). `mode` NONE when no preference or the account is
 * disabled.
 */
export function pendingImmediateQuery(limit: number): Statement {
  return {
    sql: `SELECT n.id, n.kind, n.case_id AS "caseId", n.data, u.email,
                 coalesce(u.mail_language, 'nl') AS language,
                 CASE WHEN u.active THEN coalesce(p.mode, 'NONE') ELSE 'NONE' END AS mode
            FROM notification n
            JOIN app_user u ON u.id = n.recipient_user_id
            LEFT JOIN notification_mail_preference p
              ON p.user_id = n.recipient_user_id AND p.kind = n.kind
           WHERE n.mail_state IS NULL
             AND NOT (u.active AND p.mode IS NOT DISTINCT FROM 'DAILY')
           ORDER BY n.created_at
           LIMIT $1
             FOR UPDATE OF n SKIP LOCKED`,
    params: [limit],
  };
}

/** Notifications waiting for their recipient's daily digest, locked. */
export function pendingDigestQuery(): Statement {
  return {
    sql: `SELECT n.id, n.recipient_user_id AS "userId", u.email,
                 coalesce(u.mail_language, 'nl') AS language
            FROM notification n
            JOIN app_user u ON u.id = n.recipient_user_id AND u.active
            JOIN notification_mail_preference p
              ON p.user_id = n.recipient_user_id AND p.kind = n.kind AND p.mode = 'DAILY'
           WHERE n.mail_state IS NULL
             FOR UPDATE OF n SKIP LOCKED`,
    params: [],
  };
}

export function markMailStateQuery(ids: readonly string[], state: string): Statement {
  return {
    sql: `UPDATE notification SET mail_state = $2 WHERE id = ANY($1::uuid[])`,
    params: [ids, state],
  };
}

/** The slot of a meeting invitation, for its .ics: times and place, nothing of the case. */
export function invitationSlotQuery(meetingId: string, caseId: string): Statement {
  return {
    sql: `SELECT mi.id, mi.starts_at AS "startsAt", mi.ends_at AS "endsAt", m.location,
                 m.online_url AS "onlineUrl"
            FROM meeting_item mi JOIN meeting m ON m.id = mi.meeting_id
           WHERE mi.meeting_id = $1 AND mi.case_id = $2
           LIMIT 1`,
    params: [meetingId, caseId],
  };
}

/** The language of the e-mails Schakel sends the user on its own (the portal's choice). */
export function setMailLanguageQuery(userId: string, language: 'nl' | 'en'): Statement {
  return {
    sql: `UPDATE app_user SET mail_language = $2 WHERE id = $1`,
    params: [userId, language],
  };
}
