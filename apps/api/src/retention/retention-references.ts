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
  // The history of corrections and erasures (AVG art. 16/17) goes with its case.
  'information_item_change',
  // Supervision conditions and the reports about them (ADR 0033) go with their case.
  'supervision_condition',
  'violation_signal',
  // A referrer's address for a known person, pending or decided (issue 16), goes with its case.
  'referral_address_proposal',
  // Outcomes per life domain (ADR 0028); their scores go with the assessment (NESTED_COUNTS).
  'life_domain_assessment',
  // Whether and when the person was told who works together (ADR 0035) goes with its case.
  'case_person_informed',
  // Match requests to volunteer organisations (ADR 0034); their progress notes go with them.
  'volunteer_coupling',
  // What the case adds to the outcome report's quarters (ADR 0037): its delete takes the case's
  // contribution out of the kept aggregates too.
  'outcome_fact',
  // The actions in force of an open case (ADR 0042), derived from its plan: they go with it.
  'plan_action_in_force',
] as const;

/**
 * Foreign keys to case_file (table.column), all ON DELETE CASCADE. A consent points at its case
 * twice (scope and where it was recorded); both cascade.
 */
export const CASE_FOREIGN_KEYS: readonly string[] = [
  ...CASE_CASCADE_TABLES.map((t) => `${t}.case_id`),
  'consent.recorded_in_case_id',
];

/** Rows below a case's rows that the cascade also removes: `NESTED_COUNTS` in retention-job.queries.ts. */

/**
 * Foreign keys to person (table.column) and their ON DELETE action: RESTRICT/NO ACTION ones keep
 * the person (the job deletes a person only when none refers to it); SET NULL ones let it go;
 * CASCADE ones are rows of a case that the case's deletion has already removed.
 */
export const PERSON_FOREIGN_KEYS: Readonly<Record<string, 'keeps' | 'set-null' | 'cascade'>> = {
  'case_file.subject_person_id': 'keeps',
  'information_item.person_id': 'keeps',
  'consent.person_id': 'keeps',
  // A data-subject request keeps its own copy of the name, under its own retention.
  'data_subject_request.person_id': 'set-null',
  // The person another referral was matched to (PERSON_KEPT_BY_SQL in retention-job.queries.ts checks it first).
  'referral.match_person_id': 'keeps',
  // Kept until the match is decided (PERSON_KEPT_BY_SQL); afterwards the stale id is cleared.
  'referral.bsn_match_person_id': 'set-null',
  // An address proposal is about the case's person; it goes with its case first (cascade above).
  'referral_address_proposal.person_id': 'cascade',
};

/**
 * Columns without a foreign key that hold case or person ids, and why they stay or how the job
 * treats them.
 */
export const UNLINKED_ID_COLUMNS: Readonly<Record<string, string>> = {
  'audit_event.case_id': 'the audit trail outlives the case; purged after five years',
  'audit_event.person_ids': 'the audit trail outlives the person; purged after five years',
  'audit_outside_access_day.person_id':
    'a daily roll-up of the audit trail (ADR 0038); goes with the trail it was counted from',
  'deletion_record.case_id': "the deletion record: the deleted case's random id",
  'referral.possible_match_person_ids': 'keeps the person until the match is decided',
};
