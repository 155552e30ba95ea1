/**
 * Every column in the schema that points at a case or a person, and what the retention job does
 * about it. `retention.int-spec.ts` reads the pg catalog and fails when a column appears that is
 * not listed here: a new table with case or person data must be taught to the job first.
 */

/** Rows that go with their case: the foreign key cascades when the case row is deleted. */
export const CASE_CASCADE_TABLES = [
  'case_participant',
  'information_item',
  'consent',
  'conflict_of_duties_decision',
  'break_glass',
  'notification',
  'case_event',
  'referral',
  'referral_proposed_agency',
  'plan_version',
  'plan_action',
  'plan_action_progress',
  'plan_action_note',
  'agreed_approach',
  'agreed_approach_lookup',
  'case_closure',
  'meeting_item',
  'legal_hold',
] as const;

/**
 * Foreign keys to case_file (table.column), all ON DELETE CASCADE. A consent points at its case
 * twice (scope and where it was recorded); both cascade.
 */
export const CASE_FOREIGN_KEYS: readonly string[] = [
  ...CASE_CASCADE_TABLES.map((t) => `${t}.case_id`),
  'consent.recorded_in_case_id',
];

/** Rows below a case's rows that the cascade also removes; counted for the deletion record. */
export const NESTED_COUNTS: Readonly<Record<string, string>> = {
  plan_goal: `SELECT count(*) FROM plan_goal g JOIN plan_version v ON v.id = g.version_id
               WHERE v.case_id = $1`,
  agreed_approach_contact: `SELECT count(*) FROM agreed_approach_contact x
               JOIN agreed_approach a ON a.id = x.agreed_approach_id WHERE a.case_id = $1`,
  agreed_approach_revision: `SELECT count(*) FROM agreed_approach_revision x
               JOIN agreed_approach a ON a.id = x.agreed_approach_id WHERE a.case_id = $1`,
  meeting_item_invitee: `SELECT count(*) FROM meeting_item_invitee x
               JOIN meeting_item i ON i.id = x.item_id WHERE i.case_id = $1`,
  meeting_item_attendance: `SELECT count(*) FROM meeting_item_attendance x
               JOIN meeting_item i ON i.id = x.item_id WHERE i.case_id = $1`,
};

/**
 * Foreign keys to person (table.column) and their ON DELETE action: RESTRICT/NO ACTION ones keep
 * the person (the job deletes a person only when none refers to it); SET NULL ones let it go.
 */
export const PERSON_FOREIGN_KEYS: Readonly<Record<string, 'keeps' | 'set-null'>> = {
  'case_file.subject_person_id': 'keeps',
  'information_item.person_id': 'keeps',
  'consent.person_id': 'keeps',
  // A data-subject request keeps its own copy of the name, under its own retention.
  'data_subject_request.person_id': 'set-null',
  // The person another referral was matched to (PERSON_KEPT_BY_SQL checks it first).
  'referral.match_person_id': 'keeps',
  // Kept until the match is decided (PERSON_KEPT_BY_SQL); afterwards the stale id is cleared.
  'referral.bsn_match_person_id': 'set-null',
};

/**
 * Columns without a foreign key that hold case or person ids, and why they stay or how the job
 * treats them.
 */
export const UNLINKED_ID_COLUMNS: Readonly<Record<string, string>> = {
  'audit_event.case_id': 'the audit trail outlives the case; purged after five years',
  'audit_event.person_ids': 'the audit trail outlives the person; purged after five years',
  'deletion_record.case_id': "the deletion record: the deleted case's random id",
  'referral.possible_match_person_ids': 'keeps the person until the match is decided',
};

/**
 * Person references of a referral that keep a person row: the person another referral was
 * matched to (also a foreign key), and a possible match the procesregisseur has not yet decided
 * on. Once decided, a possible match no longer needs the person; a stale id then stays in
 * `possible_match_person_ids` (an array, no foreign key), while `bsn_match_person_id` is cleared
 * by its foreign key.
 */
export const PERSON_KEPT_BY_SQL = `
  NOT EXISTS (SELECT 1 FROM referral r
               WHERE r.match_person_id = p.id
                  OR (r.match_decision IS NULL
                      AND (r.bsn_match_person_id = p.id OR p.id = ANY (r.possible_match_person_ids))))`;
