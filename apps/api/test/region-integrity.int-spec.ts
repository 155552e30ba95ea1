// Regions isolate the partners' data, also in the database: a row of one region cannot name a
// user of another (migration 1764000001300), nor any other row of another region (foreign keys
// on (x_id, region_id), the last ones in 1764000001400), whoever writes it — here the app's own
// role, with SQL that skips every check of the API.
import { DataSource, type QueryRunner } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { RegionUserReferences1764000001300 } from '../src/database/migrations/1764000001300-region-user-references';
import { RegionRemainingReferences1764000001400 } from '../src/database/migrations/1764000001400-region-remaining-references';
import { CovenantApproval1764000001600 } from '../src/database/migrations/1764000001600-covenant-approval';
import { PrivacyContactRelease1764000001900 } from '../src/database/migrations/1764000001900-privacy-contact-release';
import { AccountActivation1764000003100 } from '../src/database/migrations/1764000003100-account-activation';
import { AgencySso1764000003200 } from '../src/database/migrations/1764000003200-agency-sso';
import { InformationRectification1764000004050 } from '../src/database/migrations/1764000004050-information-rectification';
import { ReferralAddressProposal1764000004200 } from '../src/database/migrations/1764000004200-referral-address-proposal';
import { Supervision1764000004500 } from '../src/database/migrations/1764000004500-supervision';
import { Transparency1764000004700 } from '../src/database/migrations/1764000004700-transparency';
import { AreaTeams1764000004800 } from '../src/database/migrations/1764000004800-area-teams';
import { OutcomeVolunteerCouplings1764000005100 } from '../src/database/migrations/1764000005100-outcome-volunteer-couplings';
import { VolunteerCouplings1764000004600 } from '../src/database/migrations/1764000004600-volunteer-couplings';
import { LifeDomainScores1764000004300 } from '../src/database/migrations/1764000004300-life-domain-scores';
import { createAgency, createUser, idsBy } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const one = async (sql: string, params: unknown[] = []) =>
    (await t.db.query<{ id: string }[]>(sql, params))[0]!.id;
  const cases = await idsBy(t, `SELECT reference AS key, id FROM case_file`);
  const users = await idsBy(t, `SELECT email AS key, id FROM app_user`);
  const agencies = await idsBy(t, `SELECT name AS key, id FROM agency`);
  ids.region = await one(`SELECT id FROM region WHERE code = 'demo'`);
  ids.case = cases.get('ZVH-2026-001')!;
  ids.person = await one(`SELECT subject_person_id AS id FROM case_file WHERE id = $1`, [ids.case]);
  ids.zvh = agencies.get('Zorg- en Veiligheidshuis Demo-regio')!;
  ids.ggz = agencies.get('GGZ Demoland')!;
  ids.regie = users.get('procesregisseur@zvh.demo.example')!;
  ids.draftAction = await one(
    `SELECT a.id FROM plan_action a JOIN plan_version v ON v.id = a.version_id
      WHERE v.case_id = $1 AND v.status = 'DRAFT' LIMIT 1`,
    [ids.case],
  );
  ids.referral = await one(`SELECT case_id AS id FROM referral LIMIT 1`);
  ids.request = await one(`SELECT id FROM data_subject_request LIMIT 1`);

  ids.otherRegion = await one(
    `INSERT INTO region (code, name) VALUES ('grens', 'Andere regio') RETURNING id`,
  );
  ids.otherAgency = await createAgency(t, ids.otherRegion, 'ZVH Grens', 'ZVH');
  ids.otherUser = await createUser(t, ids.otherAgency, ['PROCESREGISSEUR'], 'Regisseur Grens');

  // Rows of the demo region the remaining references point at.
  ids.meeting = await one(`SELECT id FROM meeting WHERE region_id = $1 LIMIT 1`, [ids.region]);
  ids.item = await one(`SELECT id FROM meeting_item WHERE meeting_id = $1 LIMIT 1`, [ids.meeting]);
  ids.progress = await one(
    `SELECT action_key AS id FROM plan_action_progress WHERE case_id = $1 LIMIT 1`,
    [ids.case],
  );
  ids.heldCase = (await idsBy(t, `SELECT reference AS key, id FROM case_file`)).get(
    'ZVH-2025-017',
  )!;
  // A second demo meeting with an item: an item of the same region, but of another meeting.
  ids.otherMeeting = await one(
    `INSERT INTO meeting (region_id, starts_at, ends_at, location, chair_user_id)
     VALUES ($1, now() + interval '7 days', now() + interval '7 days 2 hours', 'Zaal 2', $2)
     RETURNING id`,
    [ids.region, ids.regie],
  );
  ids.otherMeetingItem = await one(
    `INSERT INTO meeting_item (region_id, meeting_id, case_id, starts_at, ends_at)
     VALUES ($1, $2, $3, now() + interval '7 days', now() + interval '7 days 30 minutes')
     RETURNING id`,
    [ids.region, ids.otherMeeting, ids.case],
  );

  // The same kinds of rows in the other region.
  ids.area = await one(`SELECT id FROM area WHERE region_id = $1 AND name = 'Noord'`, [ids.region]);
  ids.otherArea = await one(
    `INSERT INTO area (region_id, name) VALUES ($1, 'Grenswijk') RETURNING id`,
    [ids.otherRegion],
  );
  ids.team = await one(
    `INSERT INTO area_team (region_id, agency_id, name) VALUES ($1, $2, 'Team Noord') RETURNING id`,
    [ids.region, ids.zvh],
  );
  ids.otherTeam = await one(
    `INSERT INTO area_team (region_id, agency_id, name) VALUES ($1, $2, 'Team Grens') RETURNING id`,
    [ids.otherRegion, ids.otherAgency],
  );
  ids.otherPerson = await one(
    `INSERT INTO person (region_id, given_names, family_name, date_of_birth)
     VALUES ($1, 'Piet', 'Grensganger', '1990-01-01') RETURNING id`,
    [ids.otherRegion],
  );
  ids.otherCase = await one(
    `INSERT INTO case_file (region_id, reference, subject_person_id, theme, referring_agency_id)
     VALUES ($1, 'GRS-2026-001', $2, 'OTHER', $3) RETURNING id`,
    [ids.otherRegion, ids.otherPerson, ids.otherAgency],
  );
  const otherMeeting = await one(
    `INSERT INTO meeting (region_id, starts_at, ends_at, location, chair_user_id)
     VALUES ($1, now() + interval '1 day', now() + interval '25 hours', 'Grenszaal', $2)
     RETURNING id`,
    [ids.otherRegion, ids.otherUser],
  );
  ids.otherItem = await one(
    `INSERT INTO meeting_item (region_id, meeting_id, case_id, starts_at, ends_at)
     VALUES ($1, $2, $3, now() + interval '1 day', now() + interval '1 day 30 minutes')
     RETURNING id`,
    [ids.otherRegion, otherMeeting, ids.otherCase],
  );
  ids.otherProgress = await one(
    `INSERT INTO plan_action_progress (action_key, region_id, case_id)
     VALUES (gen_random_uuid(), $1, $2) RETURNING action_key AS id`,
    [ids.otherRegion, ids.otherCase],
  );
});
afterAll(async () => {
  await t.close();
});

/** Runs the statements in a transaction that is always rolled back; 'OK' or the SQLSTATE. */
async function attempt(sql: string, params: unknown[]): Promise<string> {
  const runner = t.db.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    await runner.query(sql, params);
    return 'OK';
  } catch (error) {
    const { code, constraint } = error as { code?: string; constraint?: string };
    return constraint ? `${code} ${constraint}` : (code ?? String(error));
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

it('runs these checks as the app role', async () => {
  const [row] = await t.db.query<{ role: string }[]>(`SELECT current_user AS role`);
  expect(row!.role).toBe('schakel_app');
});

describe('a user of the same region may be referred to, one of another region is refused', () => {
  // $1: the user; every statement writes a row of the demo region.
  const REFERENCES: [name: string, constraint: string, sql: string, params: () => unknown[]][] = [
    [
      'casusregisseur of a case',
      'case_file_casusregisseur_user_id_fkey',
      `UPDATE case_file SET casusregisseur_user_id = $1 WHERE id = $2`,
      () => [ids.case],
    ],
    [
      'owner of a plan action',
      'plan_action_owner_user_id_fkey',
      `UPDATE plan_action SET owner_user_id = $1 WHERE id = $2`,
      () => [ids.draftAction],
    ],
    [
      'user of a break-the-glass opening',
      'break_glass_user_id_fkey',
      `INSERT INTO break_glass (region_id, case_id, user_id, agency_id, reason, expires_at)
       VALUES ($2, $3, $1, $4, 'Acute dreiging, casus moet direct in.', now() + interval '1 hour')`,
      () => [ids.region, ids.case, ids.zvh],
    ],
    [
      'recorder of a consent',
      'consent_recorded_by_user_id_fkey',
      `INSERT INTO consent (region_id, person_id, category, recipient_agency_id,
                            recorded_in_case_id, recorded_by_agency_id, recorded_by_user_id)
       VALUES ($2, $3, 'CARE', $4, $5, $4, $1)`,
      () => [ids.region, ids.person, ids.ggz, ids.case],
    ],
    [
      'decider of a conflict-of-duties decision',
      'conflict_of_duties_decision_decided_by_user_id_fkey',
      `INSERT INTO conflict_of_duties_decision (region_id, case_id, category, recipient_agency_id,
                                                reasoning, decided_by_agency_id, decided_by_user_id)
       VALUES ($2, $3, 'CARE', $4, 'Acuut gevaar weegt zwaarder dan het beroepsgeheim.', $4, $1)`,
      () => [ids.region, ids.case, ids.ggz],
    ],
    [
      'decider of a referral address proposal',
      'referral_address_proposal_decided_by_user_id_fkey',
      `INSERT INTO referral_address_proposal (region_id, case_id, person_id, proposed_by_agency_id,
                                              status, decided_by_user_id, decided_at)
       VALUES ($2, $3, $4, $5, 'REJECTED', $1, now())`,
      () => [ids.region, ids.case, ids.person, ids.zvh],
    ],
    [
      'triage decider of a referral',
      'referral_decided_by_user_id_fkey',
      `UPDATE referral SET decided_by_user_id = $1 WHERE case_id = $2`,
      () => [ids.referral],
    ],
    [
      'chair of a meeting',
      'meeting_chair_user_id_fkey',
      `INSERT INTO meeting (region_id, starts_at, ends_at, location, chair_user_id)
       VALUES ($2, now() + interval '1 day', now() + interval '25 hours', 'Zaal 1', $1)`,
      () => [ids.region],
    ],
    [
      'recipient of a notification',
      'notification_recipient_user_id_fkey',
      `INSERT INTO notification (region_id, recipient_user_id, kind, case_id)
       VALUES ($2, $1, 'CASE_INVITED', $3)`,
      () => [ids.region, ids.case],
    ],
    [
      'actor of a case event',
      'case_event_actor_user_id_fkey',
      `INSERT INTO case_event (region_id, case_id, kind, actor_user_id) VALUES ($2, $3, 'TEST', $1)`,
      () => [ids.region, ids.case],
    ],
    [
      'reviewer of a break-the-glass access',
      'break_glass_review_reviewed_by_user_id_fkey',
      `INSERT INTO break_glass_review (region_id, audit_event_id, verdict, note, reviewed_by_user_id)
       VALUES ($2, 999999999, 'JUSTIFIED', 'Terecht: acute dreiging.', $1)`,
      () => [ids.region],
    ],
    [
      'registrar of a data-subject request',
      'data_subject_request_registered_by_user_id_fkey',
      `UPDATE data_subject_request SET registered_by_user_id = $1 WHERE id = $2`,
      () => [ids.request],
    ],
    [
      'member of an area team (ADR 0036)',
      'area_team_member_user_id_region_id_fkey',
      `INSERT INTO area_team_member (region_id, team_id, user_id) VALUES ($2, $3, $1)`,
      () => [ids.region, ids.team],
    ],
    [
      'changer of a retention period',
      'retention_period_updated_by_user_id_fkey',
      `UPDATE retention_period SET updated_by_user_id = $1
        WHERE region_id = $2 AND category = 'PLAN'`,
      () => [ids.region],
    ],
  ];

  it.each(REFERENCES)('%s', async (_name, constraint, sql, params) => {
    expect(await attempt(sql, [ids.regie, ...params()])).toBe('OK');
    expect(await attempt(sql, [ids.otherUser, ...params()])).toBe(`23503 ${constraint}`);
  });
});

describe('a row of the same region may be referred to, one of another region is refused', () => {
  // $1: the referred row; every statement writes a row of the demo region.
  const REFERENCES: [
    name: string,
    constraint: string,
    sql: string,
    same: () => string,
    other: () => string,
    params: () => unknown[],
  ][] = [
    [
      'actor agency of a case event',
      'case_event_actor_agency_id_fkey',
      `INSERT INTO case_event (region_id, case_id, kind, actor_agency_id) VALUES ($2, $3, 'TEST', $1)`,
      () => ids.zvh!,
      () => ids.otherAgency!,
      () => [ids.region, ids.case],
    ],
    [
      'current item of a meeting',
      'meeting_current_item_id_fkey',
      `UPDATE meeting SET current_item_id = $1 WHERE id = $2`,
      () => ids.item!,
      () => ids.otherItem!,
      () => [ids.meeting],
    ],
    [
      'person a referral was matched to',
      'referral_match_person_id_fkey',
      `UPDATE referral SET match_decision = 'SAME_PERSON', match_decided_at = now(),
                           match_person_id = $1
        WHERE case_id = $2`,
      () => ids.person!,
      () => ids.otherPerson!,
      () => [ids.referral],
    ],
    [
      'possible match whose BSN a referral entered',
      'referral_bsn_match_person_id_fkey',
      `UPDATE referral SET bsn_match_person_id = $1 WHERE case_id = $2`,
      () => ids.person!,
      () => ids.otherPerson!,
      () => [ids.referral],
    ],
    [
      'plan action a note is about',
      'plan_action_note_action_key_fkey',
      `INSERT INTO plan_action_note (region_id, case_id, action_key, text, author_agency_id)
       VALUES ($2, $3, $1, 'Gebeld, volgende week langs.', $4)`,
      () => ids.progress!,
      () => ids.otherProgress!,
      () => [ids.region, ids.case, ids.zvh],
    ],
    [
      'case of a volunteer coupling (ADR 0034)',
      'volunteer_coupling_case_id_region_id_fkey',
      `INSERT INTO volunteer_coupling (region_id, case_id, volunteer_agency_id,
         requested_by_agency_id, first_name, age_band, help_asked, availability)
       VALUES ($2, $1, $3, $3, 'Karim', 'AGE_30_39', '{WERK}', 'Maandag')`,
      () => ids.case!,
      () => ids.otherCase!,
      () => [ids.region, ids.zvh],
    ],
    [
      'wijk of a person (ADR 0026)',
      'person_area_fkey',
      `UPDATE person SET area_id = $1 WHERE id = $2`,
      () => ids.area!,
      () => ids.otherArea!,
      () => [ids.person],
    ],
    [
      'wijk served by an area team (ADR 0036)',
      'area_team_area_region_id_area_id_fkey',
      `INSERT INTO area_team_area (region_id, team_id, area_id) VALUES ($2, $3, $1)`,
      () => ids.area!,
      () => ids.otherArea!,
      () => [ids.region, ids.team],
    ],
    [
      'team of an area team wijk (ADR 0036)',
      'area_team_area_region_id_team_id_fkey',
      `INSERT INTO area_team_area (region_id, team_id, area_id) VALUES ($2, $1, $3)`,
      () => ids.team!,
      () => ids.otherTeam!,
      () => [ids.region, ids.area],
    ],
    [
      'agency of an area team (ADR 0036)',
      'area_team_agency_id_region_id_fkey',
      `INSERT INTO area_team (region_id, agency_id, name) VALUES ($2, $1, 'Team ' || gen_random_uuid())`,
      () => ids.zvh!,
      () => ids.otherAgency!,
      () => [ids.region],
    ],
    [
      'wijk of a postcode range',
      'area_postcode_range_region_id_area_id_fkey',
      `INSERT INTO area_postcode_range (region_id, area_id, pc4_from, pc4_to)
       VALUES ($2, $1, 9990, 9991)`,
      () => ids.area!,
      () => ids.otherArea!,
      () => [ids.region],
    ],
    [
      'user who sets a legal hold (trigger, no foreign key)',
      'legal_hold_set_by_user_id_region',
      `INSERT INTO legal_hold (region_id, case_id, reason, set_by_user_id)
       VALUES ($2, $3, 'Lopende klacht over de afhandeling.', $1)`,
      () => ids.regie!,
      () => ids.otherUser!,
      () => [ids.region, ids.case],
    ],
    [
      'user who releases a legal hold (trigger, no foreign key)',
      'legal_hold_released_by_user_id_region',
      `UPDATE legal_hold SET released_at = now(), released_by_user_id = $1,
                             release_reason = 'De klacht is afgehandeld.'
        WHERE case_id = $2 AND released_at IS NULL`,
      () => ids.regie!,
      () => ids.otherUser!,
      () => [ids.heldCase],
    ],
  ];

  it.each(REFERENCES)('%s', async (_name, constraint, sql, same, other, params) => {
    expect(await attempt(sql, [same(), ...params()])).toBe('OK');
    expect(await attempt(sql, [other(), ...params()])).toBe(`23503 ${constraint}`);
  });

  it('keeps the current item of a meeting in that meeting', async () => {
    expect(
      await attempt(`UPDATE meeting SET current_item_id = $1 WHERE id = $2`, [
        ids.otherMeetingItem,
        ids.meeting,
      ]),
    ).toBe('23503 meeting_current_item_id_fkey');
  });

  it('lets a legal hold outlive the user who set it', async () => {
    const runner = t.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const [user] = (await runner.query(
        `INSERT INTO app_user (agency_id, email, display_name, password_hash, roles)
         VALUES ($1, 'bewaar@fixture.example', 'Vertrekt', 'not-a-hash', '{MEMBER}') RETURNING id`,
        [ids.zvh],
      )) as { id: string }[];
      const [hold] = (await runner.query(
        `INSERT INTO legal_hold (region_id, case_id, reason, set_by_user_id)
         VALUES ($1, $2, 'Lopende klacht over de afhandeling.', $3) RETURNING id`,
        [ids.region, ids.case, user!.id],
      )) as { id: string }[];
      await runner.query(`DELETE FROM app_user WHERE id = $1`, [user!.id]);
      // Releasing it checks only the user who releases, not the one who is gone.
      await runner.query(
        `UPDATE legal_hold SET released_at = now(), released_by_user_id = $2,
                               release_reason = 'De klacht is afgehandeld.'
          WHERE id = $1`,
        [hold!.id, ids.regie],
      );
      const [row] = (await runner.query(
        `SELECT set_by_user_id AS "setBy", released_by_user_id AS "releasedBy"
           FROM legal_hold WHERE id = $1`,
        [hold!.id],
      )) as { setBy: string; releasedBy: string }[];
      expect(row).toEqual({ setBy: user!.id, releasedBy: ids.regie });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});

/** Columns ending in _id(s) of a region-scoped table that are in no foreign key, and why. */
const UNCHECKED_ID_COLUMNS: Readonly<Record<string, string>> = {
  'agreed_approach_lookup.lookup_id': 'groups the rows of one lookup; refers to no row',
  'audit_event.actor_agency_id': 'the audit trail outlives what it names (no foreign keys)',
  'audit_event.actor_user_id': 'the audit trail outlives what it names (no foreign keys)',
  'audit_event.case_id': 'the audit trail outlives what it names (no foreign keys)',
  'audit_event.on_behalf_of_user_id': 'the audit trail outlives what it names (no foreign keys)',
  'audit_event.person_ids': 'the audit trail outlives what it names (no foreign keys)',
  'audit_event.record_id': 'text id of the audited record, of any kind',
  'audit_event.request_id': 'text id of the HTTP request',
  'audit_outside_access_day.actor_agency_id':
    'derived from the append-only audit trail (ADR 0038), which has no foreign keys',
  'audit_outside_access_day.actor_user_id':
    'derived from the append-only audit trail (ADR 0038), which has no foreign keys',
  'audit_outside_access_day.person_id':
    'derived from the append-only audit trail (ADR 0038), which has no foreign keys',
  'audit_user_day.actor_user_id':
    'derived from the append-only audit trail (ADR 0038), which has no foreign keys',
  'break_glass_review.audit_event_id':
    'an event of the append-only audit trail, purged after five years',
  'case_count.agency_id':
    'derived counts (ADR 0014), written only by triggers from participations whose agency is region-checked',
  'deletion_record.case_id': "the deleted case's random id; the case is gone",
  'deletion_record.run_id': 'one run of the retention job; refers to no row',
  'information_item_change.item_id':
    'the history of a correction or erasure outlives the erased item (ADR 0025); the row goes with its region-checked case',
  'legal_hold.set_by_user_id':
    'a hold outlives users; the region is checked by the trigger legal_hold_user_region',
  'legal_hold.released_by_user_id':
    'a hold outlives users; the region is checked by the trigger legal_hold_user_region',
  'meeting_event.item_id': 'may name an item removed since; the meeting key holds the region',
  'outcome_agg.area_id':
    'derived deltas (ADR 0037), written only by a trigger from outcome_fact, whose (region_id, area_id) is a foreign key',
  'referral.possible_match_person_ids':
    'an array (no foreign key possible); the API reads the persons only in its own region',
  'retention_period_history.changed_by_user_id': 'the history outlives users',
  'agency_sso.client_id': "the OpenID provider's name for Schakel, not a reference to a row",
};

/**
 * Foreign keys that may leave region_id out: from a table without a region of its own whose rows
 * belong to one parent only (a user's factors, sessions, reset links, mail choices; an agency's
 * SSO sessions). Such a row names nothing else, so it cannot join two regions; its region is its
 * parent's. A table with a second reference must pair the region (agency_sso does). Adding one
 * here is a review point.
 */
const OWNED_BY_ONE_PARENT: Record<string, string> = {
  password_reset_user_id_fkey: "a user's reset link",
  notification_mail_preference_user_id_fkey: "a user's mail choices",
  mfa_totp_user_id_fkey: "a user's authenticator app",
  mfa_recovery_code_user_id_fkey: "a user's recovery codes",
  webauthn_credential_user_id_fkey: "a user's passkeys",
  webauthn_challenge_user_id_fkey: "a user's passkey challenge",
  mfa_session_user_id_fkey: "a session's second-factor time",
  user_session_user_id_fkey: "a user's session record",
  agency_sso_domain_agency_id_fkey: "an SSO binding's e-mail domains",
  sso_session_agency_id_fkey: "an SSO session's ID token, kept for the provider's logout",
};

it('pairs region_id with region_id in every foreign key to a region-scoped table', async () => {
  const rows = await t.db.query<{ name: string; columns: string[]; target: string[] }[]>(
    `SELECT c.conname AS name,
            (SELECT array_agg(a.attname::text ORDER BY k.i)
               FROM unnest(c.conkey) WITH ORDINALITY k(attnum, i)
               JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns,
            (SELECT array_agg(a.attname::text ORDER BY k.i)
               FROM unnest(c.confkey) WITH ORDINALITY k(attnum, i)
               JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS target
       FROM pg_constraint c
      WHERE c.contype = 'f'
        AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.confrelid
                       AND a.attname = 'region_id' AND NOT a.attisdropped)`,
  );
  // 96 when this was written (31 of them to app_user).
  expect(rows.length).toBeGreaterThanOrEqual(96);
  expect(
    rows
      .filter((row) => row.name in OWNED_BY_ONE_PARENT)
      .map((row) => row.name)
      .sort(),
  ).toEqual(Object.keys(OWNED_BY_ONE_PARENT).sort());
  for (const row of rows.filter((r) => !(r.name in OWNED_BY_ONE_PARENT))) {
    const at = row.target.indexOf('region_id');
    expect([row.name, at >= 0 ? row.columns[at] : null]).toEqual([row.name, 'region_id']);
  }
});

it('checks every id column of a region-scoped table, or lists why not', async () => {
  const rows = await t.db.query<{ col: string }[]>(
    `SELECT a.attrelid::regclass::text || '.' || a.attname AS col
       FROM pg_attribute a
       JOIN pg_class r ON r.oid = a.attrelid AND r.relkind = 'r'
                      AND r.relnamespace = 'public'::regnamespace
      WHERE a.attnum > 0 AND NOT a.attisdropped
        AND a.attname ~ '_ids?$' AND a.attname <> 'region_id'
        AND EXISTS (SELECT 1 FROM pg_attribute x WHERE x.attrelid = a.attrelid
                       AND x.attname = 'region_id' AND NOT x.attisdropped)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                         WHERE c.contype = 'f' AND c.conrelid = a.attrelid
                           AND a.attnum = ANY (c.conkey))`,
  );
  expect(rows.map((r) => r.col).sort()).toEqual(Object.keys(UNCHECKED_ID_COLUMNS).sort());
});

it('includes the region in every foreign key to a user', async () => {
  const rows = await t.db.query<{ table: string; name: string; columns: string[] }[]>(
    `SELECT c.conrelid::regclass::text AS "table", c.conname AS name,
            (SELECT array_agg(a.attname::text ORDER BY k.i)
               FROM unnest(c.conkey) WITH ORDINALITY k(attnum, i)
               JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns
       FROM pg_constraint c
      WHERE c.contype = 'f' AND c.confrelid = 'app_user'::regclass`,
  );
  // 31 when this was written; a later reference must follow the same pattern.
  expect(rows.length).toBeGreaterThanOrEqual(31);
  for (const row of rows.filter((r) => !(r.name in OWNED_BY_ONE_PARENT))) {
    expect([row.name, row.columns.length, row.columns[1]]).toEqual([row.name, 2, 'region_id']);
  }
});

describe('the region of a user', () => {
  it('follows from the agency when an insert leaves it out', async () => {
    const [row] = await t.db.query<{ region_id: string }[]>(
      `SELECT region_id FROM app_user WHERE id = $1`,
      [ids.otherUser],
    );
    expect(row!.region_id).toBe(ids.otherRegion);
    const [demo] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM app_user u JOIN agency a ON a.id = u.agency_id
        WHERE u.region_id <> a.region_id`,
    );
    expect(demo!.n).toBe(0);
  });

  it('cannot differ from the region of the agency', async () => {
    expect(
      await attempt(
        `INSERT INTO app_user (agency_id, region_id, email, display_name, password_hash, roles)
         VALUES ($1, $2, 'mis@fixture.example', 'Verkeerde regio', 'not-a-hash', '{MEMBER}')`,
        [ids.zvh, ids.otherRegion],
      ),
    ).toBe('23503 app_user_agency_id_fkey');
    // Moving a user to an agency of another region is refused as well.
    expect(
      await attempt(`UPDATE app_user SET agency_id = $1 WHERE id = $2`, [
        ids.otherAgency,
        ids.regie,
      ]),
    ).toBe('23503 app_user_agency_id_fkey');
    // …also when the region is moved along: the user's records stay in the demo region.
    expect(
      await attempt(`UPDATE app_user SET agency_id = $1, region_id = $2 WHERE id = $3`, [
        ids.otherAgency,
        ids.otherRegion,
        ids.regie,
      ]),
    ).toMatch(/^23503 /);
  });

  it('keeps ON DELETE SET NULL to the user column only', async () => {
    const runner = t.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const [user] = (await runner.query(
        `INSERT INTO app_user (agency_id, email, display_name, password_hash, roles)
         VALUES ($1, 'weg@fixture.example', 'Vertrekt', 'not-a-hash', '{MEMBER}') RETURNING id`,
        [ids.zvh],
      )) as { id: string }[];
      await runner.query(`UPDATE case_file SET casusregisseur_user_id = $1 WHERE id = $2`, [
        user!.id,
        ids.case,
      ]);
      await runner.query(`DELETE FROM app_user WHERE id = $1`, [user!.id]);
      const [kase] = (await runner.query(
        `SELECT casusregisseur_user_id AS "user", region_id AS "region" FROM case_file WHERE id = $1`,
        [ids.case],
      )) as { user: string | null; region: string }[];
      expect(kase).toEqual({ user: null, region: ids.region });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});

/**
 * For the migration tests of a describe block: a function that runs its argument as the owner in
 * a transaction that is rolled back, whatever happens (one owner connection per block).
 */
function asOwnerRolledBack(): (fn: (q: QueryRunner) => Promise<void>) => Promise<void> {
  let owner: DataSource;
  beforeAll(async () => {
    owner = new DataSource({ ...dataSourceOptions(t.database.url), extra: { max: 1 } });
    await owner.initialize();
  });
  afterAll(async () => {
    await owner.destroy();
  });
  return async (fn) => {
    const q = owner.createQueryRunner();
    await q.connect();
    await q.startTransaction();
    try {
      await fn(q);
    } finally {
      await q.rollbackTransaction();
      await q.release();
    }
  };
}

/**
 * Later migrations whose user references follow this pattern depend on app_user (id, region_id);
 * they are undone first (inside the rolled-back transaction), newest first.
 */
async function undoLaterUserReferences(q: QueryRunner): Promise<void> {
  await new OutcomeVolunteerCouplings1764000005100().down(q);
  await new AreaTeams1764000004800().down(q);
  await new Transparency1764000004700().down(q);
  await new VolunteerCouplings1764000004600().down(q);
  await new Supervision1764000004500().down(q);
  await new LifeDomainScores1764000004300().down(q);
  await new ReferralAddressProposal1764000004200().down(q);
  await new InformationRectification1764000004050().down(q);
  await new AgencySso1764000003200().down(q);
  await new AccountActivation1764000003100().down(q);
  await new PrivacyContactRelease1764000001900().down(q);
}

// Down and up directly (not undoLastMigration), so a later migration is never the one undone.
describe('migration 1764000001300 on a database with data', () => {
  const migration = new RegionUserReferences1764000001300();
  const ownerRolledBack = asOwnerRolledBack();
  // Later tables whose user references rely on this migration's key are taken away first (and
  // come back with the rollback).
  const rolledBack = (fn: (q: QueryRunner) => Promise<void>) =>
    ownerRolledBack(async (q) => {
      await new CovenantApproval1764000001600().down(q);
      await fn(q);
    });

  const userFks = async (q: QueryRunner) =>
    (
      (await q.query(
        `SELECT count(*) FILTER (WHERE cardinality(conkey) = 2)::int AS n
           FROM pg_constraint WHERE contype = 'f' AND confrelid = 'app_user'::regclass`,
      )) as { n: number }[]
    )[0]!.n;

  it('goes down and up again over the demo data', async () => {
    await rolledBack(async (q) => {
      await undoLaterUserReferences(q);
      const before = await userFks(q);
      await migration.down(q);
      expect(await userFks(q)).toBe(before - 31);
      const columns = (await q.query(
        `SELECT 1 FROM information_schema.columns
          WHERE table_name = 'app_user' AND column_name = 'region_id'`,
      )) as unknown[];
      expect(columns).toEqual([]);
      await migration.up(q);
      expect(await userFks(q)).toBe(before);
      const [users] = (await q.query(
        `SELECT count(*)::int AS n FROM app_user u JOIN agency a ON a.id = u.agency_id
          WHERE u.region_id = a.region_id`,
      )) as { n: number }[];
      const [all] = (await q.query(`SELECT count(*)::int AS n FROM app_user`)) as { n: number }[];
      expect(users!.n).toBe(all!.n);
    });
  });

  it('stops with a clear message when a row already names a user of another region', async () => {
    await rolledBack(async (q) => {
      await undoLaterUserReferences(q);
      await migration.down(q);
      await q.query(`UPDATE case_file SET casusregisseur_user_id = $1 WHERE id = $2`, [
        ids.otherUser,
        ids.case,
      ]);
      await expect(migration.up(q)).rejects.toThrow(
        'Rows refer to a user of another region; fix them first (case_file.casusregisseur_user_id: 1)',
      );
    });
  });
});

describe('migration 1764000001400 on a database with data', () => {
  const migration = new RegionRemainingReferences1764000001400();
  const rolledBack = asOwnerRolledBack();

  /** Foreign keys to a region-scoped table that leave region_id out. */
  const withoutRegion = async (q: QueryRunner) =>
    (
      (await q.query(
        `SELECT count(*)::int AS n FROM pg_constraint c
          WHERE c.contype = 'f'
            AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.confrelid
                           AND a.attname = 'region_id' AND NOT a.attisdropped)
            AND NOT EXISTS (SELECT 1 FROM unnest(c.confkey) k(attnum)
                              JOIN pg_attribute a ON a.attrelid = c.confrelid
                                                 AND a.attnum = k.attnum
                             WHERE a.attname = 'region_id')
            AND NOT c.conname = ANY ($1)`,
        [Object.keys(OWNED_BY_ONE_PARENT)],
      )) as { n: number }[]
    )[0]!.n;

  it('goes down and up again over the demo data', async () => {
    await rolledBack(async (q) => {
      expect(await withoutRegion(q)).toBe(0);
      await migration.down(q);
      expect(await withoutRegion(q)).toBe(5);
      await migration.up(q);
      expect(await withoutRegion(q)).toBe(0);
    });
  });

  it('clears a stale BSN match, whose person is gone', async () => {
    await rolledBack(async (q) => {
      await migration.down(q);
      await q.query(
        `UPDATE referral SET bsn_match_person_id = gen_random_uuid() WHERE case_id = $1`,
        [ids.referral],
      );
      await migration.up(q);
      const [row] = (await q.query(
        `SELECT bsn_match_person_id AS id FROM referral WHERE case_id = $1`,
        [ids.referral],
      )) as { id: string | null }[];
      expect(row!.id).toBeNull();
    });
  });

  it('stops with a clear message when a row already names a row of another region', async () => {
    await rolledBack(async (q) => {
      await migration.down(q);
      await q.query(
        `INSERT INTO case_event (region_id, case_id, kind, actor_agency_id)
         VALUES ($1, $2, 'TEST', $3)`,
        [ids.region, ids.case, ids.otherAgency],
      );
      await q.query(
        `UPDATE legal_hold SET released_at = now(), released_by_user_id = $2,
                                           release_reason = 'De klacht is afgehandeld.'
                      WHERE case_id = $1 AND released_at IS NULL`,
        [ids.heldCase, ids.otherUser],
      );
      await expect(migration.up(q)).rejects.toThrow(
        'Rows refer to a row of another region (or meeting) or to none; fix them first ' +
          '(case_event.actor_agency_id: 1, legal_hold.released_by_user_id: 1)',
      );
    });
  });
});
