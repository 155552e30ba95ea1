// Deterministic scale data for benchmarks: persons, cases, participants and information items in
// the demo region, spread over its agencies and over wijken. Generated inside PostgreSQL with
// generate_series and hash-based choices, so the same --cases gives the same rows every time.
//
// Used by tools/bench/bench.mjs; on its own: `npm run seed:scale -- --cases 100000`
// (needs DATABASE_URL, or starts the embedded bench database in .data/bench).

const WIJKEN = [
  'Noord',
  'Zuid',
  'Oost',
  'West',
  'Centrum',
  'Haven',
  'Bosrijk',
  'Molenwijk',
  'Vaartsche Rijn',
  'Lunetten',
  'Overvecht',
  'Hoograven',
];
const THEMES = [
  'FREQUENT_OFFENDER',
  'CONFUSED_BEHAVIOUR',
  'DOMESTIC_VIOLENCE',
  'EX_DETAINEE',
  'YOUTH_CRIME',
  'UNDERMINING',
  'OTHER',
];

/**
 * Chance (in %) that an agency of the demo region takes part in a case, and the categories it
 * records information in. The ZVH (procesregie) takes part in every case.
 */
const PARTICIPATION = [
  {
    name: 'Zorg- en Veiligheidshuis Demo-regio',
    chance: 100,
    role: 'PROCESREGIE',
    categories: ['PLAN', 'IDENTITY'],
  },
  {
    name: 'Politie basisteam Demostad',
    chance: 55,
    role: 'PARTNER',
    categories: ['POLICE', 'SAFETY'],
  },
  {
    name: 'Wijkteam Demostad-Noord',
    chance: 45,
    role: 'PARTNER',
    categories: ['SOCIAL', 'CARE_SIGNAL'],
  },
  { name: 'Gemeente Demostad', chance: 35, role: 'PARTNER', categories: ['SOCIAL', 'BSN'] },
  {
    name: 'Reclassering Nederland, unit Demo-regio',
    chance: 35,
    role: 'PARTNER',
    categories: ['PROBATION', 'JUSTICE'],
  },
  { name: 'GGZ Demoland', chance: 25, role: 'PARTNER', categories: ['CARE', 'CARE_SIGNAL'] },
  {
    name: 'Openbaar Ministerie, arrondissement Demo',
    chance: 20,
    role: 'PARTNER',
    categories: ['JUSTICE'],
  },
  { name: 'Veilig Thuis Demo-regio', chance: 10, role: 'PARTNER', categories: ['CARE', 'SAFETY'] },
  { name: 'Woonstichting Demohuis', chance: 15, role: 'PARTNER', categories: ['SOCIAL'] },
  { name: 'Exodus Demo-regio', chance: 5, role: 'PARTNER', categories: ['PLAN'] },
];

const log = (msg) => process.stderr.write(`[seed:scale] ${msg}\n`);

/** Number of scale cases (reference prefix SC-) already in the database. */
export async function scaleCaseCount(client) {
  const res = await client.query(
    `SELECT count(*)::int AS n FROM case_file WHERE reference LIKE 'SC-%'`,
  );
  return res.rows[0].n;
}

/**
 * Adds scale rows until there are `cases` scale cases. Needs the demo region (migrations and the
 * demo seed have run).
 */
export async function seedScale(client, { cases }) {
  const existing = await scaleCaseCount(client);
  if (existing >= cases) {
    log(`${existing} scale cases present; nothing to add`);
    return { added: 0, total: existing };
  }
  const region = await client.query(`SELECT id FROM region WHERE code = 'demo'`);
  if (region.rowCount === 0)
    throw new Error('The demo region is missing: start the API once with demo data first.');
  const regionId = region.rows[0].id;
  const agencies = await client.query(`SELECT id, name FROM agency WHERE region_id = $1`, [
    regionId,
  ]);
  const idByName = new Map(agencies.rows.map((a) => [a.name, a.id]));
  const plan = PARTICIPATION.map((p, index) => ({ ...p, index, id: idByName.get(p.name) }));
  if (plan.some((p) => !p.id)) throw new Error('A demo agency is missing from the database.');

  const from = existing + 1;
  const to = cases;
  const started = Date.now();
  await client.query('BEGIN');
  try {
    // One temporary plan table drives the participant and item inserts.
    await client.query(
      `CREATE TEMP TABLE scale_agency (idx int, agency_id uuid, chance int, role text, categories text[]) ON COMMIT DROP`,
    );
    for (const p of plan) {
      await client.query(`INSERT INTO scale_agency VALUES ($1, $2, $3, $4, $5)`, [
        p.index,
        p.id,
        p.chance,
        p.role,
        p.categories,
      ]);
    }

    await client.query(
      `INSERT INTO person (id, region_id, given_names, family_name, date_of_birth, street, house_number, postcode, city, wijk, created_at, updated_at)
       SELECT md5('scale-person-' || i)::uuid, $1,
              (ARRAY['Jan','Sanne','Mohamed','Fenna','Daan','Yara','Thijs','Noor','Bilal','Eva'])[1 + abs(hashtext('g' || i)) % 10],
              'Schaaltest-' || i,
              date '1960-01-01' + (abs(hashtext('d' || i)) % 20000),
              'Meetstraat', (1 + i % 250)::text,
              (1000 + abs(hashtext('p' || i)) % 8999)::text || 'AB', 'Demostad',
              ($2::text[])[1 + abs(hashtext('w' || i)) % array_length($2::text[], 1)],
              now() - interval '2 years', now() - interval '2 years'
         FROM generate_series($3::int, $4::int) AS i`,
      [regionId, WIJKEN, from, to],
    );
    await client.query(
      `INSERT INTO case_file (id, region_id, reference, subject_person_id, theme, status, referring_agency_id, casusregisseur_agency_id, created_at, updated_at)
       SELECT md5('scale-case-' || i)::uuid, $1, 'SC-' || lpad(i::text, 7, '0'), md5('scale-person-' || i)::uuid,
              ($2::text[])[1 + abs(hashtext('t' || i)) % array_length($2::text[], 1)],
              CASE WHEN i % 10 = 0 THEN 'CLOSED' WHEN i % 10 = 1 THEN 'IN_TRIAGE' ELSE 'ACTIVE' END,
              $5::uuid, $5::uuid,
              now() - make_interval(days => 30 + abs(hashtext('c' || i)) % 700),
              now() - make_interval(mins => abs(hashtext('u' || i)) % 525600)
         FROM generate_series($3::int, $4::int) AS i`,
      [regionId, THEMES, from, to, plan[0].id],
    );
    await client.query(
      `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis, started_at, ended_at, end_reason)
       SELECT $1, md5('scale-case-' || i)::uuid, a.agency_id, a.role,
              'Betrokken bij de aanpak (schaaltest)', 'Convenant ZVH Demo-regio, art. 5',
              now() - interval '400 days',
              CASE WHEN a.idx > 0 AND abs(hashtext('e' || i || ':' || a.idx)) % 20 = 0 THEN now() - interval '10 days' END,
              CASE WHEN a.idx > 0 AND abs(hashtext('e' || i || ':' || a.idx)) % 20 = 0 THEN 'Betrokkenheid beëindigd (schaaltest)' END
         FROM generate_series($2::int, $3::int) AS i
         JOIN scale_agency a ON abs(hashtext('a' || i || ':' || a.idx)) % 100 < a.chance`,
      [regionId, from, to],
    );
    await client.query(
      `INSERT INTO information_item (region_id, case_id, person_id, category, source_agency_id, legal_basis, text, shareable_summary, created_at, updated_at)
       SELECT $1, md5('scale-case-' || i)::uuid, md5('scale-person-' || i)::uuid, c.category, a.agency_id,
              'Convenant ZVH Demo-regio, art. 6',
              'Schaaltest-informatie ' || c.category || ' voor dossier ' || i || '. ' || repeat('Gegevens ', 20),
              CASE WHEN c.category = 'POLICE' AND i % 2 = 0 THEN 'Bekend bij politie (samenvatting).' END,
              now() - make_interval(days => abs(hashtext('i' || i || c.category)) % 365),
              now() - make_interval(days => abs(hashtext('i' || i || c.category)) % 365)
         FROM generate_series($2::int, $3::int) AS i
         JOIN scale_agency a ON abs(hashtext('a' || i || ':' || a.idx)) % 100 < a.chance
         CROSS JOIN LATERAL unnest(a.categories) AS c(category)`,
      [regionId, from, to],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  await client.query('ANALYZE');
  const counts = await client.query(
    `SELECT (SELECT count(*) FROM case_file)::int AS cases, (SELECT count(*) FROM case_participant)::int AS participants,
            (SELECT count(*) FROM information_item)::int AS items, (SELECT count(*) FROM person)::int AS persons`,
  );
  log(
    `added cases ${from}..${to} in ${((Date.now() - started) / 1000).toFixed(1)} s; totals ${JSON.stringify(counts.rows[0])}`,
  );
  return { added: to - from + 1, total: to };
}
