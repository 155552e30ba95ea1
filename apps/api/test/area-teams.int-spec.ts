// Issue 18 item 2 (ADR 0036): area teams. The functional administrator keeps an agency's teams and
// the wijken they serve (audited, EDIT_CONFLICT, region-isolated); a referral in postcode 1234 is
// proposed to the teams of that wijk at triage (never added by itself); a team's members see its
// area's workload as counts that equal a recount, with no person or case in the answer.
import { errorCode, errorField, ok } from './support/graphql-client';
import {
  callerByEmail,
  callerFor,
  createAgency,
  createUser,
  type Caller,
} from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let fb: Caller;
let regie: Caller;
let wijkteam: Caller;
let gemeente: Caller;
let politie: Caller;
let regionId: string;
const agencies = new Map<string, string>();
const users = new Map<string, string>();

const TEAM = `id name active version agency { id name type } areas { id name } members { id name }`;
const TEAMS = `query { areaTeams { ${TEAM} } }`;
const MINE = `query { myAreaTeams { id name } }`;
const CREATE = `mutation($input: CreateAreaTeamInput!) { createAreaTeam(input: $input) { ${TEAM} } }`;
const UPDATE = `mutation($input: UpdateAreaTeamInput!) { updateAreaTeam(input: $input) { ${TEAM} } }`;
const PARTNERS = `query($p: String!) { areaPartners(postcode: $p) {
  area { name } teams { name agency { name } members { id } } } }`;
const WORKLOAD = `query($id: ID!) { areaWorkload(teamId: $id) {
  team { name } minimumCell rows { areaId areaName participating inTriage active notParticipating } } }`;
const QUEUE = `query { triageQueue { caseId areaTeams { name agency { id name } } } }`;
const REFERRAL = `query($c: ID!) { referral(caseId: $c) { caseId areaTeams { name } } }`;

interface Team {
  id: string;
  name: string;
  active: boolean;
  version: number;
  agency: { id: string; name: string; type: string };
  areas: { id: string; name: string }[];
  members: { id: string; name: string }[];
}
interface WorkloadRow {
  areaId: string;
  areaName: string;
  participating: number;
  inTriage: number;
  active: number;
  notParticipating: number | null;
}

const teams = async () => ok(await fb.gql<{ areaTeams: Team[] }>(TEAMS)).areaTeams;
const areaId = async (name: string, region = regionId) =>
  (
    await t.db.query<{ id: string }[]>(`SELECT id FROM area WHERE region_id = $1 AND name = $2`, [
      region,
      name,
    ])
  )[0]!.id;
const teamEvents = async (operation: string) =>
  (
    await t.db.query<{ detail: string; regionId: string; recordId: string }[]>(
      `SELECT detail, region_id AS "regionId", record_id AS "recordId"
         FROM audit_event WHERE operation = $1 ORDER BY seq`,
      [operation],
    )
  ).map((e) => ({ ...e, detail: JSON.parse(e.detail) as Record<string, unknown> }));
const teamRows = () =>
  t.db.query<Record<string, unknown>[]>(
    `SELECT t.id, t.name, t.version, t.active,
            ARRAY(SELECT area_id::text FROM area_team_area WHERE team_id = t.id ORDER BY 1) AS areas,
            ARRAY(SELECT user_id::text FROM area_team_member WHERE team_id = t.id ORDER BY 1) AS members
       FROM area_team t ORDER BY t.id`,
  );

/** The workload recounted from the case tables: open cases per wijk, the agency's and the rest. */
async function recount(teamId: string, agencyId: string) {
  return t.db.query<{ areaId: string; own: number; other: number }[]>(
    `SELECT a.id AS "areaId",
            count(c.id) FILTER (WHERE EXISTS (
              SELECT 1 FROM case_participant ap WHERE ap.case_id = c.id AND ap.agency_id = $2
                AND (ap.ended_at IS NULL OR ap.ended_at > now())))::int AS own,
            count(c.id) FILTER (WHERE NOT EXISTS (
              SELECT 1 FROM case_participant ap WHERE ap.case_id = c.id AND ap.agency_id = $2
                AND (ap.ended_at IS NULL OR ap.ended_at > now())))::int AS other
       FROM area_team_area ta
       JOIN area a ON a.id = ta.area_id
       LEFT JOIN person p ON p.region_id = a.region_id AND p.area_id = a.id
       LEFT JOIN case_file c ON c.subject_person_id = p.id
                            AND c.status IN ('REFERRED', 'IN_TRIAGE', 'ACCEPTED', 'ACTIVE')
      WHERE ta.team_id = $1
      GROUP BY a.id, a.name ORDER BY lower(a.name)`,
    [teamId, agencyId],
  );
}

beforeAll(async () => {
  t = await createTestApp();
  fb = await callerByEmail(t, 'beheer@zvh.demo.example');
  regie = await callerByEmail(t, 'procesregisseur@zvh.demo.example');
  wijkteam = await callerByEmail(t, 'wijkteam@demostad.demo.example');
  gemeente = await callerByEmail(t, 'gemeente@demostad.demo.example');
  politie = await callerByEmail(t, 'wijkagent@politie.demo.example');
  regionId = (await t.db.query<{ id: string }[]>(`SELECT id FROM region WHERE code = 'demo'`))[0]!
    .id;
  for (const row of await t.db.query<{ name: string; id: string }[]>(
    `SELECT name, id FROM agency WHERE region_id = $1`,
    [regionId],
  )) {
    agencies.set(row.name, row.id);
  }
  for (const row of await t.db.query<{ email: string; id: string }[]>(
    `SELECT email, id FROM app_user`,
  )) {
    users.set(row.email, row.id);
  }
});
afterAll(async () => {
  await t?.close();
});

describe('area teams (ADR 0036)', () => {
  it("lists the demo's teams with their wijken and members to the functional administrator", async () => {
    const list = await teams();
    expect(
      list.map((team) => [team.agency.name, team.name, team.areas.map((a) => a.name)]),
    ).toEqual([
      ['Gemeente Demostad', 'Wijkteam Centrum en Zuid', ['Centrum', 'Oud-West', 'Zuid']],
      ['Politie basisteam Demostad', 'Basisteam Demostad — wijkagent Noord', ['Noord']],
      ['Reclassering Nederland, unit Demo-regio', 'Reclassering team Noord', ['Noord']],
      [
        'Reclassering Nederland, unit Demo-regio',
        'Reclassering team Zuid en Centrum',
        ['Centrum', 'Oud-West', 'Zuid'],
      ],
      ['Wijkteam Demostad-Noord', 'Wijkteam Noord', ['Noord']],
    ]);
    expect(list.find((team) => team.name === 'Wijkteam Noord')!.members).toEqual([
      { id: users.get('wijkteam@demostad.demo.example'), name: 'Daan Bakker' },
    ]);
    // A member sees their own teams; the list of all teams is the administrator's.
    expect(ok(await wijkteam.gql<{ myAreaTeams: { name: string }[] }>(MINE)).myAreaTeams).toEqual([
      { id: expect.any(String) as unknown, name: 'Wijkteam Noord' },
    ]);
    expect(errorCode(await wijkteam.gql(TEAMS))).toBe('FORBIDDEN');
    expect(errorCode(await regie.gql(TEAMS))).toBe('FORBIDDEN');
  });

  it('creates and changes a team in audited transactions; a stale version is EDIT_CONFLICT, bad input changes nothing', async () => {
    const wijkteamId = agencies.get('Wijkteam Demostad-Noord')!;
    const daan = users.get('wijkteam@demostad.demo.example')!;
    const created = ok(
      await fb.gql<{ createAreaTeam: Team }>(CREATE, {
        input: {
          agencyId: wijkteamId,
          name: '  Wijkteam Centrum  ',
          areaIds: [await areaId('Centrum')],
          memberUserIds: [daan],
        },
      }),
    ).createAreaTeam;
    expect(created).toMatchObject({
      name: 'Wijkteam Centrum',
      version: 1,
      active: true,
      areas: [{ name: 'Centrum' }],
      members: [{ id: daan }],
    });
    const [createEvent] = await teamEvents('admin.areaTeam.create');
    expect(createEvent).toMatchObject({
      regionId,
      recordId: created.id,
      detail: {
        before: null,
        after: {
          name: 'Wijkteam Centrum',
          agency: 'Wijkteam Demostad-Noord',
          areas: ['Centrum'],
          members: [daan],
        },
      },
    });

    const before = await teamRows();
    // Refused, each with nothing written: a name the agency already uses, a member of another
    // agency, a wijk of no region's, empty name.
    const refusals = [
      await fb.gql(CREATE, {
        input: { agencyId: wijkteamId, name: 'wijkteam noord', areaIds: [], memberUserIds: [] },
      }),
      await fb.gql(CREATE, {
        input: {
          agencyId: wijkteamId,
          name: 'Wijkteam Zuid',
          areaIds: [],
          memberUserIds: [users.get('wijkagent@politie.demo.example')],
        },
      }),
      await fb.gql(CREATE, {
        input: {
          agencyId: wijkteamId,
          name: 'Wijkteam Zuid',
          areaIds: ['00000000-0000-4000-8000-000000000000'],
          memberUserIds: [],
        },
      }),
      await fb.gql(CREATE, {
        input: { agencyId: wijkteamId, name: '  ', areaIds: [], memberUserIds: [] },
      }),
      await fb.gql(CREATE, {
        input: {
          agencyId: agencies.get('Exodus Demo-regio'),
          name: 'Maatjes Noord',
          areaIds: [],
          memberUserIds: [],
        },
      }),
    ];
    expect(refusals.map((res) => [errorCode(res), errorField(res)])).toEqual([
      ['AREA_TEAM_NAME_TAKEN', 'name'],
      ['NOT_FOUND', 'memberUserIds'],
      ['NOT_FOUND', 'areaIds'],
      ['BAD_USER_INPUT', 'name'],
      ['BAD_USER_INPUT', 'agencyId'],
    ]);
    expect(await teamRows()).toEqual(before);

    const change = {
      id: created.id,
      name: 'Wijkteam Centrum en Oud-West',
      areaIds: [await areaId('Centrum'), await areaId('Oud-West')],
      memberUserIds: [],
      active: true,
      expectedVersion: 1,
    };
    const updated = ok(
      await fb.gql<{ updateAreaTeam: Team }>(UPDATE, { input: change }),
    ).updateAreaTeam;
    expect(updated).toMatchObject({
      version: 2,
      areas: [{ name: 'Centrum' }, { name: 'Oud-West' }],
      members: [],
    });
    // The same change again, from the version it was read at: someone changed it since.
    const stale = await fb.gql(UPDATE, { input: { ...change, name: 'Iets anders' } });
    expect(errorCode(stale)).toBe('EDIT_CONFLICT');
    const afterUpdate = await teamRows();
    expect(
      (afterUpdate as { id: string; name: string }[]).find((r) => r.id === created.id)!.name,
    ).toBe('Wijkteam Centrum en Oud-West');
    const updates = await teamEvents('admin.areaTeam.update');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.detail).toEqual({
      before: {
        name: 'Wijkteam Centrum',
        agency: 'Wijkteam Demostad-Noord',
        active: true,
        areas: ['Centrum'],
        members: [daan],
      },
      after: {
        name: 'Wijkteam Centrum en Oud-West',
        agency: 'Wijkteam Demostad-Noord',
        active: true,
        areas: ['Centrum', 'Oud-West'],
        members: [],
      },
    });

    // Only the functional administrator changes teams.
    for (const caller of [regie, wijkteam]) {
      expect(
        errorCode(await caller.gql(UPDATE, { input: { ...change, expectedVersion: 2 } })),
      ).toBe('FORBIDDEN');
    }
    expect(await teamRows()).toEqual(afterUpdate);
  });

  it("keeps another region's administrator to its own region's teams, agencies, wijken and users", async () => {
    const [other] = await t.db.query<{ id: string }[]>(
      `INSERT INTO region (code, name) VALUES ('teamgrens', 'Regio Teamgrens') RETURNING id`,
    );
    const otherAgency = await createAgency(t, other!.id, 'Wijkteam Grensland', 'MUNICIPALITY');
    const otherAdmin = callerFor(
      t,
      await createUser(t, otherAgency, ['FUNCTIONAL_ADMIN'], 'Beheer Teamgrens'),
    );
    await t.db.query(`INSERT INTO area (region_id, name) VALUES ($1, 'Noord')`, [other!.id]);
    const before = await teamRows();
    expect(ok(await otherAdmin.gql<{ areaTeams: Team[] }>(TEAMS)).areaTeams).toEqual([]);
    const attempts = [
      // The demo's agency, the demo's wijk, the demo's user, the demo's team: none is theirs.
      await otherAdmin.gql(CREATE, {
        input: {
          agencyId: agencies.get('Wijkteam Demostad-Noord'),
          name: 'Overname',
          areaIds: [],
          memberUserIds: [],
        },
      }),
      await otherAdmin.gql(CREATE, {
        input: {
          agencyId: otherAgency,
          name: 'Grensteam',
          areaIds: [await areaId('Noord')],
          memberUserIds: [],
        },
      }),
      await otherAdmin.gql(CREATE, {
        input: {
          agencyId: otherAgency,
          name: 'Grensteam',
          areaIds: [],
          memberUserIds: [users.get('wijkteam@demostad.demo.example')],
        },
      }),
      await otherAdmin.gql(UPDATE, {
        input: {
          id: (await teams())[0]!.id,
          name: 'Overgenomen',
          areaIds: [],
          memberUserIds: [],
          active: false,
          expectedVersion: 1,
        },
      }),
    ];
    expect(attempts.map((res) => errorCode(res))).toEqual([
      'NOT_FOUND',
      'NOT_FOUND',
      'NOT_FOUND',
      'NOT_FOUND',
    ]);
    expect(await teamRows()).toEqual(before);
    // Its own team with its own wijk works, and is invisible to the demo region.
    const own = ok(
      await otherAdmin.gql<{ createAreaTeam: Team }>(CREATE, {
        input: {
          agencyId: otherAgency,
          name: 'Grensteam Noord',
          areaIds: [await areaId('Noord', other!.id)],
          memberUserIds: [],
        },
      }),
    ).createAreaTeam;
    expect((await teams()).map((team) => team.id)).not.toContain(own.id);
    const [event] = (await teamEvents('admin.areaTeam.create')).filter(
      (e) => e.recordId === own.id,
    );
    expect(event!.regionId).toBe(other!.id);
    // The database refuses a cross-region wijk too, whoever writes it.
    await expect(
      t.db.query(`INSERT INTO area_team_area (region_id, team_id, area_id) VALUES ($1, $2, $3)`, [
        other!.id,
        own.id,
        await areaId('Noord'),
      ]),
    ).rejects.toThrow(/area_team_area_region_id_area_id_fkey/);
  });

  it("proposes the teams of postcode 1234's wijk at referral and triage, and adds none by itself", async () => {
    // Wijk Oost for 1234–1236, served by a wijkteam and a police team.
    ok(
      await fb.gql(
        `mutation { importAreas(csv: "wijk;postcode_van;postcode_tot\\nOost;1234;1236") { newAreas } }`,
      ),
    );
    const oost = await areaId('Oost');
    for (const [agency, name] of [
      ['Wijkteam Demostad-Noord', 'Wijkteam Oost'],
      ['Politie basisteam Demostad', 'Basisteam Demostad — wijkagent Oost'],
    ] as const) {
      ok(
        await fb.gql(CREATE, {
          input: { agencyId: agencies.get(agency), name, areaIds: [oost], memberUserIds: [] },
        }),
      );
    }
    // The referral form asks by postcode: the wijk and its teams, no members.
    const partners = ok(
      await gemeente.gql<{
        areaPartners: {
          area: { name: string } | null;
          teams: { name: string; members: unknown[] }[];
        };
      }>(PARTNERS, { p: '1234 AB' }),
    ).areaPartners;
    expect(partners).toEqual({
      area: { name: 'Oost' },
      teams: [
        {
          name: 'Basisteam Demostad — wijkagent Oost',
          agency: { name: 'Politie basisteam Demostad' },
          members: [],
        },
        { name: 'Wijkteam Oost', agency: { name: 'Wijkteam Demostad-Noord' }, members: [] },
      ],
    });
    expect(ok(await gemeente.gql(PARTNERS, { p: '9999ZZ' }))).toEqual({
      areaPartners: { area: null, teams: [] },
    });

    const created = ok(
      await gemeente.gql<{ createReferral: { caseId: string } }>(
        `mutation($input: CreateReferralInput!) { createReferral(input: $input) { caseId } }`,
        {
          input: {
            person: {
              givenNames: 'Lotte',
              familyName: 'Oostwaarts',
              dateOfBirth: '1988-08-08',
              street: 'Havenstraat',
              houseNumber: '3',
              postcode: '1234 AB',
              city: 'Demostad',
            },
            theme: 'CONFUSED_BEHAVIOUR',
            reason: 'Veel overlast in de buurt en schulden, zorg loopt vast.',
            goal: 'Een gezamenlijke aanpak van zorg en veiligheid.',
            reasonCategories: ['PLAN'],
            proposedAgencyIds: [],
            personInformed: true,
            notInformedReason: null,
          },
        },
      ),
    ).createReferral;
    // Triage: the procesregisseur sees the proposal; the case has no new participant.
    const queue = ok(
      await regie.gql<{
        triageQueue: { caseId: string; areaTeams: { name: string; agency: { id: string } }[] }[];
      }>(QUEUE),
    ).triageQueue;
    const mine = queue.find((r) => r.caseId === created.caseId)!;
    expect(mine.areaTeams.map((team) => team.name)).toEqual([
      'Basisteam Demostad — wijkagent Oost',
      'Wijkteam Oost',
    ]);
    const participants = await t.db.query<{ agency_id: string }[]>(
      `SELECT agency_id FROM case_participant WHERE case_id = $1`,
      [created.caseId],
    );
    expect(participants.map((p) => p.agency_id)).not.toContain(
      agencies.get('Politie basisteam Demostad'),
    );
    expect(participants.map((p) => p.agency_id)).not.toContain(
      agencies.get('Wijkteam Demostad-Noord'),
    );
    // The referrer is not the triage: no proposal in its view of the referral.
    expect(
      ok(await gemeente.gql<{ referral: { areaTeams: unknown } }>(REFERRAL, { c: created.caseId }))
        .referral.areaTeams,
    ).toBeNull();
  });

  it("shows a team's members its workload per wijk: counts equal to a recount, no person, small other counts hidden", async () => {
    const [team] = ok(await wijkteam.gql<{ myAreaTeams: { id: string }[] }>(MINE)).myAreaTeams;
    const wijkteamId = agencies.get('Wijkteam Demostad-Noord')!;
    const answer = await wijkteam.gql<{
      areaWorkload: { team: { name: string }; minimumCell: number; rows: WorkloadRow[] };
    }>(WORKLOAD, { id: team!.id });
    const workload = ok(answer).areaWorkload;
    const expected = await recount(team!.id, wijkteamId);
    expect(workload.rows.map((r) => [r.areaId, r.participating])).toEqual(
      expected.map((r) => [r.areaId, r.own]),
    );
    expect(workload.rows.map((r) => r.inTriage + r.active)).toEqual(
      workload.rows.map((r) => r.participating),
    );
    expect(workload.rows.map((r) => r.notParticipating)).toEqual(
      expected.map((r) => (r.other > 0 && r.other < 5 ? null : r.other)),
    );
    expect(workload.minimumCell).toBe(5);

    // Five more open cases in Noord that the wijkteam takes no part in: now the number shows.
    const noord = workload.rows.find((r) => r.areaName === 'Noord')!;
    const zvh = agencies.get('Zorg- en Veiligheidshuis Demo-regio')!;
    for (let i = 0; i < 5; i += 1) {
      const [person] = await t.db.query<{ id: string }[]>(
        `INSERT INTO person (region_id, given_names, family_name, date_of_birth, postcode)
         VALUES ($1, 'Werk', $2, '1980-01-01', '1232AB') RETURNING id`,
        [regionId, `Lastnoord${i}`],
      );
      const [c] = await t.db.query<{ id: string }[]>(
        `INSERT INTO case_file (region_id, reference, subject_person_id, theme, status, referring_agency_id)
         VALUES ($1, $2, $3, 'OTHER', 'ACTIVE', $4) RETURNING id`,
        [regionId, `WERK-${i}`, person!.id, zvh],
      );
      await t.db.query(
        `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis)
         VALUES ($1, $2, $3, 'PROCESREGIE', 'Procesregie op de casus', 'Convenant art. 5')`,
        [regionId, c!.id, zvh],
      );
    }
    const later = ok(
      await wijkteam.gql<{ areaWorkload: { rows: WorkloadRow[] } }>(WORKLOAD, { id: team!.id }),
    ).areaWorkload.rows.find((r) => r.areaName === 'Noord')!;
    const [recounted] = (await recount(team!.id, wijkteamId)).filter(
      (r) => r.areaId === noord.areaId,
    );
    expect(recounted!.other).toBeGreaterThanOrEqual(5);
    expect(later).toEqual({ ...noord, notParticipating: recounted!.other });

    // No person, case or reference in the answer.
    const text = JSON.stringify(answer);
    const persons = await t.db.query<{ family_name: string; id: string }[]>(
      `SELECT family_name, id FROM person`,
    );
    const cases = await t.db.query<{ reference: string; id: string }[]>(
      `SELECT reference, id FROM case_file`,
    );
    for (const p of persons) {
      expect(text).not.toContain(p.family_name);
      expect(text).not.toContain(p.id);
    }
    for (const c of cases) {
      expect(text).not.toContain(c.reference);
      expect(text).not.toContain(c.id);
    }
    // Another team's workload: not for this user, not even for the procesregisseur.
    const other = (await teams()).find((x) => x.name === 'Basisteam Demostad — wijkagent Noord')!;
    expect(errorCode(await wijkteam.gql(WORKLOAD, { id: other.id }))).toBe('NOT_FOUND');
    expect(errorCode(await regie.gql(WORKLOAD, { id: team!.id }))).toBe('NOT_FOUND');
    // Its own member does see it.
    expect(ok(await politie.gql(WORKLOAD, { id: other.id }))).toBeTruthy();
  });
});
