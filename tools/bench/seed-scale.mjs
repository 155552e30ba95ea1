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

/** PC4 range per scale wijk for a wijk the region does not have yet (the demo's keep theirs). */
const wijkRange = (k) => ({ from: 2000 + k * 100, to: 2000 + k * 100 + 99 });

/**
 * Adds, to the scale cases 1..`cases`, what the pages read beyond cases and items (issue 14,
 * target 3): wijken with PC4 ranges (and persons placed in them), adopted plans with goals and
 * actions, life-domain scores, meetings with agenda items, notifications, supervision conditions
 * and violation signals, and a week of the audit trail. Each part is added once (it checks for
 * its own rows first), so it also completes a database seeded before it existed. Deterministic
 * like the rest, but for the week of events, which ends now.
 */
export async function seedScaleExtras(client, { cases }) {
  const region = (await client.query(`SELECT id FROM region WHERE code = 'demo'`)).rows[0];
  if (!region) throw new Error('The demo region is missing.');
  const regionId = region.id;
  const agencies = await client.query(`SELECT id, name, type FROM agency WHERE region_id = $1`, [
    regionId,
  ]);
  const idByName = new Map(agencies.rows.map((a) => [a.name, a.id]));
  const zvh = idByName.get(PARTICIPATION[0].name);
  const police = idByName.get('Politie basisteam Demostad');
  const probation = idByName.get('Reclassering Nederland, unit Demo-regio');
  const chair = (
    await client.query(`SELECT id FROM app_user WHERE email = 'procesregisseur@zvh.demo.example'`)
  ).rows[0]?.id;
  if (!zvh || !police || !probation || !chair) throw new Error('A demo agency or user is missing.');
  const has = async (sql, params = []) => (await client.query(sql, params)).rows[0].n > 0;
  let added = false;
  const step = async (name, run) => {
    added = true;
    const started = Date.now();
    await client.query('BEGIN');
    try {
      await run();
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
    log(`${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
  const agencyPlan = async () => {
    await client.query(
      `CREATE TEMP TABLE IF NOT EXISTS scale_agency (idx int, agency_id uuid, chance int, role text, categories text[])`,
    );
    await client.query(`TRUNCATE scale_agency`);
    for (const [index, p] of PARTICIPATION.entries()) {
      await client.query(`INSERT INTO scale_agency VALUES ($1, $2, $3, $4, $5)`, [
        index,
        idByName.get(p.name),
        p.chance,
        p.role,
        p.categories,
      ]);
    }
  };
  await agencyPlan();
  // Whether scale case i has agency a of scale_agency taking part (as seedScale decided).
  const TAKES_PART = (i, a) => `abs(hashtext('a' || ${i} || ':' || ${a}.idx)) % 100 < ${a}.chance`;

  // Wijken as areas with PC4 ranges; persons get a postcode in their wijk, so the trigger
  // derives their area (ADR 0026).
  if (
    await has(
      // (a person whose new postcode equals its old one keeps no area: a handful, left so)
      `SELECT (count(*) FILTER (WHERE area_id IS NULL) > count(*) / 1000)::int AS n
         FROM person WHERE family_name LIKE 'Schaaltest-%'`,
    )
  ) {
    await step('areas', async () => {
      for (const [k, name] of WIJKEN.entries()) {
        const existing = await client.query(
          `SELECT id FROM area WHERE region_id = $1 AND lower(name) = lower($2)`,
          [regionId, name],
        );
        if (existing.rowCount > 0) continue;
        const { from, to } = wijkRange(k);
        await client.query(
          `WITH a AS (INSERT INTO area (region_id, name) VALUES ($1, $2) RETURNING id)
           INSERT INTO area_postcode_range (region_id, area_id, pc4_from, pc4_to)
           SELECT $1, a.id, $3, $4 FROM a`,
          [regionId, name, from, to],
        );
      }
      await client.query(
        `UPDATE person p
            SET postcode = (r.pc4_from + abs(hashtext('pc' || p.family_name)) % (r.pc4_to - r.pc4_from + 1))::text || 'AB'
           FROM area a
           JOIN LATERAL (SELECT * FROM area_postcode_range x WHERE x.area_id = a.id AND x.pc6 IS NULL
                          ORDER BY x.pc4_from LIMIT 1) r ON true
          WHERE p.region_id = $1 AND p.family_name LIKE 'Schaaltest-%' AND p.area_id IS NULL
            AND a.region_id = $1 AND lower(a.name) = lower(p.wijk)`,
        [regionId],
      );
    });
  }

  // Half the active cases have an adopted plan: three goals, two actions each (the owner: the ZVH
  // or another agency taking part), their progress, due dates from two months ago to two ahead.
  const planCases = `FROM generate_series(1, $2::int) AS i WHERE i % 10 NOT IN (0, 1) AND i % 2 = 0`;
  if (
    !(await has(
      `SELECT count(*)::int AS n FROM plan_version v JOIN case_file c ON c.id = v.case_id WHERE c.reference LIKE 'SC-%'`,
    ))
  ) {
    await step('plans', async () => {
      await client.query(`SET LOCAL session_replication_role = replica`); // adopted at once
      await client.query(
        `INSERT INTO plan_version (id, region_id, case_id, number, status, adopted_on, adopted_at, adopted_by_agency_id, created_at, updated_at)
         SELECT md5('scale-plan-' || i)::uuid, $1, md5('scale-case-' || i)::uuid, 1, 'ADOPTED',
                (now() - make_interval(days => 20 + abs(hashtext('pv' || i)) % 300))::date,
                now() - make_interval(days => 20 + abs(hashtext('pv' || i)) % 300), $3,
                now() - interval '1 year', now() - interval '1 year'
         ${planCases}`,
        [regionId, cases, zvh],
      );
      await client.query(
        `INSERT INTO plan_goal (id, region_id, version_id, life_domain, description, position)
         SELECT md5('scale-goal-' || i || ':' || g)::uuid, $1, md5('scale-plan-' || i)::uuid,
                (ARRAY['HOUSING','FINANCES','WORK_AND_DAYTIME','HEALTH_AND_CARE','ADDICTION','JUSTICE_AND_BEHAVIOUR','SOCIAL_NETWORK','SAFETY'])[1 + (abs(hashtext('gd' || i)) + g * 3) % 8],
                'Schaaltest-doel ' || g || ' voor dossier ' || i, g
         ${planCases.replace('WHERE', 'CROSS JOIN generate_series(1, 3) AS g WHERE')}`,
        [regionId, cases],
      );
      await client.query(
        `INSERT INTO plan_action (id, region_id, case_id, version_id, goal_id, key, description, owner_agency_id, due_date, position)
         SELECT md5('scale-action-' || i || ':' || g || ':' || k)::uuid, $1, md5('scale-case-' || i)::uuid,
                md5('scale-plan-' || i)::uuid, md5('scale-goal-' || i || ':' || g)::uuid,
                md5('scale-action-key-' || i || ':' || g || ':' || k)::uuid,
                'Schaaltest-afspraak ' || g || '.' || k || ' voor dossier ' || i,
                coalesce(o.agency_id, $3::uuid),
                (now() + make_interval(days => abs(hashtext('due' || i || g || k)) % 120 - 60))::date, k
         FROM generate_series(1, $2::int) AS i
         CROSS JOIN generate_series(1, 3) AS g CROSS JOIN generate_series(1, 2) AS k
         LEFT JOIN LATERAL (SELECT a.agency_id FROM scale_agency a
                             WHERE a.idx > 0 AND ${TAKES_PART('i', 'a')}
                             ORDER BY abs(hashtext('own' || i || g || k || a.idx)) LIMIT 1) o ON k = 2
         WHERE i % 10 NOT IN (0, 1) AND i % 2 = 0`,
        [regionId, cases, zvh],
      );
      await client.query(
        `INSERT INTO plan_action_progress (action_key, region_id, case_id, status, status_changed_at)
         SELECT x.key, $1, x.case_id,
                (ARRAY['OPEN','OPEN','IN_PROGRESS','DONE','DONE','CANCELLED'])[1 + abs(hashtext('st' || x.key)) % 6],
                now() - make_interval(days => abs(hashtext('sc' || x.key)) % 200)
           FROM plan_action x JOIN plan_version v ON v.id = x.version_id
          WHERE v.id = md5('scale-plan-' || substr(x.description, strpos(x.description, 'dossier ') + 8))::uuid`,
        [regionId],
      );
    });
  }

  // Life-domain scores: at intake for every planned case, at closing for the closed ones.
  if (
    !(await has(
      `SELECT count(*)::int AS n FROM life_domain_assessment a JOIN case_file c ON c.id = a.case_id WHERE c.reference LIKE 'SC-%'`,
    ))
  ) {
    await step('life-domain scores', async () => {
      // Row triggers off (the outcome report's refresh per score row took > 10 min at 100k); the
      // report is rebuilt from the tables once at the end.
      await client.query(`SET LOCAL session_replication_role = replica`);
      await client.query(
        `INSERT INTO life_domain_assessment (id, region_id, case_id, moment, recorded_by_agency_id, recorded_at, updated_at)
         SELECT md5('scale-lda-' || m || ':' || i)::uuid, $1, md5('scale-case-' || i)::uuid, m, $3,
                now() - make_interval(days => CASE m WHEN 'INTAKE' THEN 300 ELSE 5 END + abs(hashtext('la' || i)) % 30),
                now() - make_interval(days => CASE m WHEN 'INTAKE' THEN 300 ELSE 5 END)
           FROM generate_series(1, $2::int) AS i
           CROSS JOIN unnest(ARRAY['INTAKE', 'CLOSING']) AS m
          WHERE (m = 'INTAKE' AND i % 2 = 0 AND i % 10 <> 1) OR (m = 'CLOSING' AND i % 10 = 0)`,
        [regionId, cases, zvh],
      );
      await client.query(
        `INSERT INTO life_domain_score (region_id, assessment_id, domain, category, score)
         SELECT $1, a.id, d.domain,
                CASE d.domain WHEN 'HEALTH_AND_CARE' THEN 'CARE' WHEN 'ADDICTION' THEN 'CARE'
                  WHEN 'JUSTICE_AND_BEHAVIOUR' THEN 'JUSTICE' WHEN 'SAFETY' THEN 'SAFETY' ELSE 'SOCIAL' END,
                1 + abs(hashtext('ls' || a.id || d.domain)) % 5
           FROM life_domain_assessment a
           JOIN case_file c ON c.id = a.case_id AND c.reference LIKE 'SC-%'
           CROSS JOIN unnest(ARRAY['HOUSING','FINANCES','WORK_AND_DAYTIME','HEALTH_AND_CARE','ADDICTION','JUSTICE_AND_BEHAVIOUR','SOCIAL_NETWORK','SAFETY']) AS d(domain)
          WHERE a.region_id = $1`,
        [regionId],
      );
    });
  }

  // Meetings: one per 1,000 cases, weekly from a year ago on (the last ones still to come), 20
  // agenda items each, the agencies taking part in the case invited.
  const meetings = Math.max(1, Math.floor(cases / 1000));
  if (!(await has(`SELECT count(*)::int AS n FROM meeting WHERE location = 'Schaaltest-zaal'`))) {
    await step('meetings', async () => {
      await client.query(
        `INSERT INTO meeting (id, region_id, starts_at, ends_at, location, chair_user_id, status, created_at)
         SELECT md5('scale-meeting-' || m)::uuid, $1,
                date_trunc('day', now()) - interval '365 days' + make_interval(days => (m * 7) % 420) + interval '9 hours',
                date_trunc('day', now()) - interval '365 days' + make_interval(days => (m * 7) % 420) + interval '13 hours',
                'Schaaltest-zaal', $3,
                CASE WHEN (m * 7) % 420 < 360 THEN 'CLOSED' ELSE 'PLANNED' END, now() - interval '1 year'
           FROM generate_series(1, $2::int) AS m`,
        [regionId, meetings, chair],
      );
      await client.query(
        `INSERT INTO meeting_item (id, region_id, meeting_id, case_id, starts_at, ends_at, status, minutes)
         SELECT md5('scale-item-' || m || ':' || k)::uuid, $1, mt.id, md5('scale-case-' || i)::uuid,
                mt.starts_at + make_interval(mins => 10 * (k - 1)), mt.starts_at + make_interval(mins => 10 * k),
                CASE WHEN mt.status = 'CLOSED' THEN 'DISCUSSED' ELSE 'PLANNED' END,
                CASE WHEN mt.status = 'CLOSED' THEN 'Schaaltest-verslag van dossier ' || i END
           FROM generate_series(1, $2::int) AS m
           JOIN meeting mt ON mt.id = md5('scale-meeting-' || m)::uuid
           CROSS JOIN generate_series(1, 20) AS k
           CROSS JOIN LATERAL (SELECT 1 + abs(hashtext('mi' || m || ':' || k)) % $3::int AS i) c
         ON CONFLICT (meeting_id, case_id) DO NOTHING`,
        [regionId, meetings, cases],
      );
      await client.query(
        `INSERT INTO meeting_item_invitee (item_id, region_id, agency_id, invited_at)
         SELECT it.id, $1, cp.agency_id, it.created_at
           FROM meeting_item it JOIN meeting mt ON mt.id = it.meeting_id AND mt.location = 'Schaaltest-zaal'
           JOIN case_participant cp ON cp.case_id = it.case_id AND cp.ended_at IS NULL
          WHERE it.region_id = $1`,
        [regionId],
      );
    });
  }

  // Notifications: per demo user, one per 50 cases (a fifth unread), about scale cases.
  if (
    !(await has(
      `SELECT count(*)::int AS n FROM notification WHERE data->>'caseReference' LIKE 'SC-%'`,
    ))
  ) {
    await step('notifications', async () => {
      await client.query(
        `INSERT INTO notification (region_id, recipient_user_id, kind, case_id, data, created_at, read_at)
         SELECT $1, u.id, (ARRAY['CASE_INVITED','ACTION_OVERDUE','ACTION_ASSIGNED','MEETING_INVITED','CASE_CLOSED'])[1 + abs(hashtext('nk' || u.id || n)) % 5],
                md5('scale-case-' || c.i)::uuid, jsonb_build_object('caseReference', 'SC-' || lpad(c.i::text, 7, '0')),
                now() - make_interval(mins => abs(hashtext('nt' || u.id || n)) % 525600),
                CASE WHEN n % 5 <> 0 THEN now() - make_interval(mins => abs(hashtext('nr' || u.id || n)) % 1000) END
           FROM app_user u JOIN agency a ON a.id = u.agency_id AND a.region_id = $1::uuid
           CROSS JOIN generate_series(1, GREATEST(1, $2::int / 50)) AS n
           CROSS JOIN LATERAL (SELECT 1 + abs(hashtext('nc' || u.id || n)) % $2::int AS i) c
          WHERE u.email LIKE '%.demo.example'`,
        [regionId, cases],
      );
    });
  }

  // Supervision: a quarter of the cases probation takes part in have a condition; a fifth of
  // those a violation signal reported by the police (half of them assessed).
  if (
    !(await has(
      `SELECT count(*)::int AS n FROM supervision_condition WHERE parket_number LIKE 'SC-%'`,
    ))
  ) {
    await step('supervision', async () => {
      await client.query(
        `INSERT INTO supervision_condition (id, region_id, case_id, kind, subject, legal_source_kind, legal_source_date, parket_number, starts_on, ends_on, status, source_agency_id)
         SELECT md5('scale-cond-' || i)::uuid, $1, md5('scale-case-' || i)::uuid,
                (ARRAY['CONTACT_BAN','LOCATION_BAN','ALCOHOL_BAN','REPORTING_DUTY','TREATMENT'])[1 + abs(hashtext('ck' || i)) % 5],
                'Schaaltest-voorwaarde', 'SENTENCE', (now() - interval '200 days')::date, 'SC-' || i,
                (now() - interval '180 days')::date, (now() + interval '180 days')::date,
                CASE WHEN i % 40 = 0 THEN 'ENDED' ELSE 'ACTIVE' END, $3
           FROM generate_series(1, $2::int) AS i
           JOIN scale_agency a ON a.agency_id = $3 AND ${TAKES_PART('i', 'a')}
          WHERE i % 4 = 0`,
        [regionId, cases, probation],
      );
      await client.query(
        `INSERT INTO violation_signal (region_id, case_id, condition_id, reporter_agency_id, what, occurred_at, location, seen_by, reported_at, due_at, status, assessment, follow_up, assessed_by_agency_id, assessed_at)
         SELECT $1, c.case_id, c.id, $2, 'Schaaltest-signaal', now() - interval '3 days', 'Demostad', 'Wijkagent',
                now() - interval '3 days', now() + interval '2 days',
                CASE WHEN abs(hashtext('vs' || c.id)) % 2 = 0 THEN 'ASSESSED' ELSE 'REPORTED' END,
                CASE WHEN abs(hashtext('vs' || c.id)) % 2 = 0 THEN 'Schaaltest-beoordeling' END,
                CASE WHEN abs(hashtext('vs' || c.id)) % 2 = 0 THEN 'CONVERSATION' END,
                CASE WHEN abs(hashtext('vs' || c.id)) % 2 = 0 THEN $3::uuid END,
                CASE WHEN abs(hashtext('vs' || c.id)) % 2 = 0 THEN now() - interval '1 day' END
           FROM supervision_condition c
          WHERE c.region_id = $1 AND c.parket_number LIKE 'SC-%' AND abs(hashtext('vc' || c.id)) % 5 = 0`,
        [regionId, police, probation],
      );
    });
  }

  // A week of the trail: 0.75 events per case, by the demo users of agencies taking part, about
  // persons of cases their agency takes part in (one read in fifty not: the signals page has work):
  // reads of one case (70 %), lists of up to 25 cases the agency takes part in (25 %), lookups and
  // exports. Written as the owner with
  // the triggers off, each row chained as the trigger would (v1 step), times spread over 7 days.
  const events = Math.round(cases * 0.75);
  if (!(await has(`SELECT count(*)::int AS n FROM audit_event WHERE operation LIKE 'scale.%'`))) {
    await step(`audit week (${events} events)`, async () => {
      await client.query(`SET LOCAL session_replication_role = replica`);
      await client.query(
        `CREATE TEMP TABLE scale_actor ON COMMIT DROP AS
         SELECT row_number() OVER (ORDER BY u.email) - 1 AS k, u.id AS user_id, u.roles, a.id AS agency_id,
                a.type AS agency_type, s.idx, s.chance
           FROM app_user u JOIN agency a ON a.id = u.agency_id AND a.region_id = '${regionId}'
           JOIN scale_agency s ON s.agency_id = a.id
          WHERE u.email LIKE '%.demo.example' AND u.roles && ARRAY['MEMBER', 'PROCESREGISSEUR']`,
      );
      const actors = (await client.query(`SELECT count(*)::int AS n FROM scale_actor`)).rows[0].n;
      await client.query(
        `CREATE TEMP TABLE scale_event ON COMMIT DROP AS
         WITH candidate AS (
           SELECT g, x.*, 1 + abs(hashtext('ev' || g)) % $2::int AS i, abs(hashtext('ek' || g)) % 100 AS kind
             FROM generate_series(1, $1::int * 4) AS g
             JOIN scale_actor x ON x.k = abs(hashtext('eu' || g)) % $3::int
         )
         SELECT c.*, now() - make_interval(secs => abs(hashtext('et' || c.g)) % (7 * 86400)) AS at
           FROM candidate c
           JOIN scale_agency s ON s.idx = c.idx
          WHERE ${TAKES_PART('c.i', 's')} OR c.g % 50 = 0
          ORDER BY c.g
          LIMIT $1::int`,
        [events, cases, actors],
      );
      const head = await client.query(
        `SELECT last_seq FROM audit_chain WHERE region_id = $1 FOR UPDATE`,
        [regionId],
      );
      const from = Number(head.rows[0].last_seq);
      await client.query(
        `INSERT INTO audit_event (region_id, seq, occurred_at, actor_user_id, actor_agency_id, actor_agency_type,
                                  actor_roles, action, result, operation, person_ids, case_id, categories,
                                  prev_hash, hash)
         SELECT $1, $2::bigint + row_number() OVER (ORDER BY e.at, e.g), e.at, e.user_id, e.agency_id, e.agency_type, e.roles,
                CASE WHEN e.kind < 70 THEN 'READ' WHEN e.kind < 95 THEN 'SEARCH' WHEN e.kind < 98 THEN 'LOOKUP' ELSE 'EXPORT' END,
                'ALLOWED',
                CASE WHEN e.kind < 70 THEN 'scale.case' WHEN e.kind < 95 THEN 'scale.cases' WHEN e.kind < 98 THEN 'scale.lookup' ELSE 'scale.export' END,
                CASE WHEN e.kind BETWEEN 70 AND 94
                     -- a list shows only cases the agency takes part in (need-to-know)
                     THEN ARRAY(SELECT md5('scale-person-' || k)::uuid
                                  FROM generate_series(e.i, e.i + 200) AS k
                                  JOIN scale_agency s ON s.idx = e.idx
                                 WHERE k <= $3::int AND ${TAKES_PART('k', 's')}
                                 ORDER BY k LIMIT 25)
                     ELSE ARRAY[md5('scale-person-' || e.i)::uuid] END,
                CASE WHEN e.kind < 70 OR e.kind >= 95 THEN md5('scale-case-' || e.i)::uuid END,
                '{IDENTITY}', decode(repeat('00', 32), 'hex'), decode(repeat('00', 32), 'hex')
           FROM scale_event e`,
        [regionId, from, cases],
      );
      // The chain, in seq order: each row links to the one before.
      await client.query(
        `DO $$
         DECLARE
           r record;
           h bytea;
           last bigint;
         BEGIN
           SELECT last_hash, last_seq INTO h, last FROM audit_chain WHERE region_id = '${regionId}';
           FOR r IN SELECT id, seq FROM audit_event WHERE region_id = '${regionId}' AND seq > last ORDER BY seq LOOP
             UPDATE audit_event e SET prev_hash = h,
                    hash = sha256(h || convert_to(audit_canonical(e), 'UTF8'))
              WHERE e.id = r.id RETURNING e.hash INTO h;
             last := r.seq;
           END LOOP;
           UPDATE audit_chain SET last_seq = last, last_hash = h WHERE region_id = '${regionId}';
         END $$`,
      );
    });
  }
  // The outcome report (ADR 0037) from the tables: the plans and scores above went in without
  // their row triggers. The same function a TRUNCATE or the migration's backfill uses.
  // The actions in force (ADR 0042) likewise: the plans went in without their row triggers.
  if (added) {
    await step('outcome report rebuilt', async () => {
      await client.query(`SELECT outcome_rebuild()`);
      // One row per cell, as the first report read would leave it (1.8M delta rows at 1M).
      await client.query(`SELECT outcome_agg_compact(id) FROM region`);
    });
    await step('actions in force rebuilt', async () => {
      await client.query(`SELECT plan_action_in_force_rebuild()`);
    });
  }
  // VACUUM too: the rebuild and compaction leave dead rows (a 900 MB outcome_agg of 961 live rows
  // at 1M read 113k pages per report until vacuumed: 340 ms → 16 ms).
  await client.query(added ? 'VACUUM (ANALYZE)' : 'ANALYZE');
  const counts = await client.query(
    `SELECT (SELECT count(*) FROM plan_action)::int AS actions, (SELECT count(*) FROM meeting_item)::int AS "agendaItems",
            (SELECT count(*) FROM notification)::int AS notifications, (SELECT count(*) FROM life_domain_score)::int AS scores,
            (SELECT count(*) FROM supervision_condition)::int AS conditions, (SELECT count(*) FROM violation_signal)::int AS signals,
            (SELECT count(*) FROM audit_event)::int AS "auditEvents", (SELECT count(*) FROM person WHERE area_id IS NOT NULL)::int AS "personsInArea"`,
  );
  log(`extras: ${JSON.stringify(counts.rows[0])}`);
}
