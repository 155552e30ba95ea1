import type { Statement } from '../common/sql';

/*
 * The statements of daily progress on an action (status, notes); plan-progress.service.ts checks
 * the policy on the loaded case before it runs them.
 */

/** Sets the status at this statusRevision; changes no row when the revision is stale. */
export function updateActionStatusQuery(
  actionKey: string | null,
  statusRevision: number,
  status: string,
  userId: string,
): Statement {
  return {
    sql: `UPDATE plan_action_progress
          SET status = $3, revision = revision + 1, status_changed_at = now(),
              status_changed_by_user_id = $4
        WHERE action_key = $1 AND revision = $2`,
    params: [actionKey, statusRevision, status, userId],
  };
}

export interface NewActionNote {
  regionId: string;
  caseId: string;
  actionKey: string | null;
  text: string;
  authorUserId: string;
  authorAgencyId: string;
}

export function insertActionNoteQuery(note: NewActionNote): Statement {
  return {
    sql: `INSERT INTO plan_action_note (region_id, case_id, action_key, text, author_user_id,
                                     author_agency_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    params: [
      note.regionId,
      note.caseId,
      note.actionKey,
      note.text,
      note.authorUserId,
      note.authorAgencyId,
    ],
  };
}
