// The peer's own schema: copies of exactly the tables and columns the compared requests need
// (same rows, same indexes), with a tuned row-level-security policy expressing the same
// need-to-know rule as the bench's hand-written baseline (tools/bench/baseline.mjs):
//
//   a case is visible when it lies in the caller's region AND the caller's agency has an active
//   participation in it (started, not ended or ended in the future).
//
// Why copies, not RLS on Schakel's own tables: a table with RLS enabled and no applicable policy
// denies every non-owner role, and Schakel may run as a restricted app role — RLS on public.*
// would change Schakel's behaviour. The copies live in `peer` (exposed to PostGraphile) and the
// policy's helper functions in `peer_private` (not exposed). Created idempotently; rebuilt when
// the case count differs from public.case_file's, or when PEER_VERSION changes.
//
// The fast form, not a strawman: the participation test is one STABLE SECURITY DEFINER function
// (owner bypasses RLS, so no recursion between the policies) doing one index probe on
// case_participant(case_id, agency_id, ended_at); the caller's region, agency and categories are
// read once per statement through `(SELECT current_setting(...))` init-plans, so the region is an
// index condition on case_file(region_id, updated_at DESC, id DESC). `explainPeer` checks this.

export const PEER_VERSION = 3;
export const PEER_ROLE = 'schakel_bench_peer';
// Bench-only login role on a local, bench-only server: the password is not a secret.
export const PEER_PASSWORD = 'schakel-bench-peer';

const SETTING = (name) => `(SELECT nullif(current_setting('peer.${name}', true), ''))`;

export const POLICIES = {
  participates: `CREATE FUNCTION peer_private.participates(p_case_id uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      SELECT EXISTS (
        SELECT 1 FROM peer.case_participant cp
         WHERE cp.case_id = p_case_id
           AND cp.agency_id = nullif(current_setting('peer.agency_id', true), '')::uuid
           AND (cp.ended_at IS NULL OR cp.ended_at > now()))
    $$`,
  personVisible: `CREATE FUNCTION peer_private.person_visible(p_person_id uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      SELECT EXISTS (
        SELECT 1 FROM peer.case_file c
         WHERE c.subject_person_id = p_person_id
           AND c.region_id = nullif(current_setting('peer.region_id', true), '')::uuid
           AND peer_private.participates(c.id))
    $$`,
  caseFile: `CREATE POLICY need_to_know ON peer.case_file FOR SELECT TO ${PEER_ROLE}
    USING (region_id = ${SETTING('region_id')}::uuid AND peer_private.participates(id))`,
  person: `CREATE POLICY need_to_know ON peer.person FOR SELECT TO ${PEER_ROLE}
    USING (region_id = ${SETTING('region_id')}::uuid AND peer_private.person_visible(id))`,
  caseParticipant: `CREATE POLICY need_to_know ON peer.case_participant FOR SELECT TO ${PEER_ROLE}
    USING ((ended_at IS NULL OR ended_at > now()) AND peer_private.participates(case_id))`,
  informationItem: `CREATE POLICY need_to_know ON peer.information_item FOR SELECT TO ${PEER_ROLE}
    USING (peer_private.participates(case_id)
      AND (category = ANY (${SETTING('read')}::text[])
        OR (category = ANY (${SETTING('summary')}::text[]) AND shareable_summary IS NOT NULL)))`,
};

const COPIES = [
  `CREATE TABLE peer.agency AS SELECT id, region_id, name FROM public.agency`,
  `CREATE TABLE peer.person AS SELECT id, region_id, given_names, family_name, date_of_birth, bsn,
     street, house_number, postcode, city, wijk FROM public.person`,
  `CREATE TABLE peer.case_file AS SELECT id, region_id, reference, status, theme, updated_at,
     subject_person_id, casusregisseur_agency_id FROM public.case_file`,
  `CREATE TABLE peer.case_participant AS SELECT id, region_id, case_id, agency_id, role,
     started_at, ended_at FROM public.case_participant`,
  `CREATE TABLE peer.information_item AS SELECT id, region_id, case_id, category, created_at,
     legal_basis, source_agency_id, text, shareable_summary FROM public.information_item`,
];

// The indexes Schakel's tables have for these requests, and the keys PostGraphile needs to see
// the relations (a foreign key; an index on the referencing columns for the backward ones).
const KEYS = [
  `ALTER TABLE peer.agency ADD PRIMARY KEY (id)`,
  `ALTER TABLE peer.person ADD PRIMARY KEY (id)`,
  `ALTER TABLE peer.case_file ADD PRIMARY KEY (id)`,
  `ALTER TABLE peer.case_participant ADD PRIMARY KEY (id)`,
  `ALTER TABLE peer.information_item ADD PRIMARY KEY (id)`,
  `CREATE INDEX case_file_page_idx ON peer.case_file (region_id, updated_at DESC, id DESC)`,
  `CREATE INDEX case_file_subject_idx ON peer.case_file (subject_person_id)`,
  `CREATE INDEX case_file_casusregisseur_idx ON peer.case_file (casusregisseur_agency_id)`,
  `CREATE INDEX case_participant_case_agency_idx ON peer.case_participant (case_id, agency_id, ended_at)`,
  `CREATE INDEX case_participant_agency_idx ON peer.case_participant (agency_id, case_id)`,
  `CREATE INDEX information_item_case_category_idx ON peer.information_item (case_id, category, created_at DESC)`,
  `CREATE INDEX information_item_source_idx ON peer.information_item (source_agency_id)`,
  `ALTER TABLE peer.case_file ADD FOREIGN KEY (subject_person_id) REFERENCES peer.person (id) NOT VALID`,
  `ALTER TABLE peer.case_file ADD FOREIGN KEY (casusregisseur_agency_id) REFERENCES peer.agency (id) NOT VALID`,
  `ALTER TABLE peer.case_participant ADD FOREIGN KEY (case_id) REFERENCES peer.case_file (id) NOT VALID`,
  `ALTER TABLE peer.case_participant ADD FOREIGN KEY (agency_id) REFERENCES peer.agency (id) NOT VALID`,
  `ALTER TABLE peer.information_item ADD FOREIGN KEY (case_id) REFERENCES peer.case_file (id) NOT VALID`,
  `ALTER TABLE peer.information_item ADD FOREIGN KEY (source_agency_id) REFERENCES peer.agency (id) NOT VALID`,
];

const TABLES = ['agency', 'person', 'case_file', 'case_participant', 'information_item'];

/**
 * Makes sure the peer schema exists for the current rows (rebuilds it when the case count or the
 * version differs). Serialised across concurrent benches on the same database by an advisory lock.
 */
export async function ensurePeerSchema(client, log = () => {}) {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('schakel_bench_peer'))`);
    const marker = (
      await client.query(`SELECT obj_description(to_regclass('peer.case_file'), 'pg_class') AS d`)
    ).rows[0]?.d;
    const cases = (await client.query('SELECT count(*)::int AS n FROM public.case_file')).rows[0].n;
    const wanted = `schakel bench peer v${PEER_VERSION}, ${cases} cases`;
    if (marker === wanted) {
      await client.query('COMMIT');
      return { rebuilt: false };
    }
    log(`building the peer schema (${wanted}; was: ${marker ?? 'none'})`);
    const t0 = Date.now();
    // Index builds over millions of rows (the 1M database): more memory than the default 64 MB.
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    await client.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${PEER_ROLE}') THEN
          CREATE ROLE ${PEER_ROLE} LOGIN PASSWORD '${PEER_PASSWORD}' NOSUPERUSER NOBYPASSRLS;
        END IF; END $$`);
    await client.query('DROP SCHEMA IF EXISTS peer CASCADE');
    await client.query('DROP SCHEMA IF EXISTS peer_private CASCADE');
    await client.query('CREATE SCHEMA peer');
    await client.query('CREATE SCHEMA peer_private');
    for (const sql of COPIES) await client.query(sql);
    for (const sql of KEYS) await client.query(sql);
    await client.query(POLICIES.participates);
    await client.query(POLICIES.personVisible);
    for (const t of TABLES.filter((t) => t !== 'agency'))
      await client.query(`ALTER TABLE peer.${t} ENABLE ROW LEVEL SECURITY`);
    await client.query(POLICIES.caseFile);
    await client.query(POLICIES.person);
    await client.query(POLICIES.caseParticipant);
    await client.query(POLICIES.informationItem);
    await client.query(`GRANT USAGE ON SCHEMA peer, peer_private TO ${PEER_ROLE}`);
    await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA peer TO ${PEER_ROLE}`);
    await client.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA peer_private FROM PUBLIC`);
    await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA peer_private TO ${PEER_ROLE}`);
    await client.query(`COMMENT ON TABLE peer.case_file IS '${wanted}'`);
    await client.query('COMMIT');
    for (const t of TABLES) await client.query(`ANALYZE peer.${t}`);
    log(`peer schema built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return { rebuilt: true };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * Copies the current rows of the given cases (participations and items) into the peer schema, so a
 * write by another bench row since the copy cannot make the compared detail differ.
 */
export async function resyncCases(client, caseIds) {
  await client.query('BEGIN');
  try {
    for (const [table, columns] of [
      ['case_participant', 'id, region_id, case_id, agency_id, role, started_at, ended_at'],
      [
        'information_item',
        'id, region_id, case_id, category, created_at, legal_basis, source_agency_id, text, shareable_summary',
      ],
    ]) {
      await client.query(`DELETE FROM peer.${table} WHERE case_id = ANY($1::uuid[])`, [caseIds]);
      await client.query(
        `INSERT INTO peer.${table} (${columns}) SELECT ${columns} FROM public.${table} WHERE case_id = ANY($1::uuid[])`,
        [caseIds],
      );
    }
    await client.query(
      `UPDATE peer.case_file p SET updated_at = c.updated_at, status = c.status
         FROM public.case_file c WHERE c.id = p.id AND p.updated_at <> c.updated_at`,
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** The pgSettings PostGraphile sets per request (what the bench's headers carry). */
export function peerSettings({ regionId, agencyId, read, summary }) {
  return {
    'peer.region_id': regionId,
    'peer.agency_id': agencyId,
    'peer.read': `{${read.join(',')}}`,
    'peer.summary': `{${summary.join(',')}}`,
  };
}

/**
 * EXPLAIN, as the peer role with a caller's settings, of the list statement the policy serves:
 * returns the plan text and whether it uses the page index and the participation index.
 */
export async function explainPeer(client, settings) {
  // The function's own statement (run as its owner) is not in the outer plan; explain it apart.
  const inner = (
    await client.query(
      `EXPLAIN (COSTS OFF) SELECT 1 FROM peer.case_participant cp
        WHERE cp.case_id = '00000000-0000-0000-0000-000000000000'::uuid AND cp.agency_id = $1::uuid
          AND (cp.ended_at IS NULL OR cp.ended_at > now())`,
      [settings['peer.agency_id']],
    )
  ).rows
    .map((r) => r['QUERY PLAN'])
    .join('\n');
  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL ROLE ${PEER_ROLE}`);
    for (const [k, v] of Object.entries(settings))
      await client.query('SELECT set_config($1, $2, true)', [k, v]);
    const plan = (
      await client.query(
        `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
         SELECT c.id, c.reference FROM peer.case_file c ORDER BY c.updated_at DESC, c.id DESC LIMIT 26`,
      )
    ).rows
      .map((r) => r['QUERY PLAN'])
      .join('\n');
    return {
      plan,
      inner,
      usesPageIndex: /case_file_page_idx/.test(plan),
      usesParticipationIndex: /Index.*case_participant_(case_agency_idx|agency_idx|open_key)/.test(
        inner,
      ),
    };
  } finally {
    await client.query('ROLLBACK');
  }
}
