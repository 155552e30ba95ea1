// Issue 18 item 1 / issue 16 item 9 (ADR 0026): wijken as data per region. The functional
// administrator imports them from CSV (preview per line, then one audited transaction; a re-import
// changes nothing); a person's wijk follows from the postcode, an unknown postcode leaves none;
// "Noord" and "Demostad-Noord" become one wijk; the overview counts stay equal to a recount.
import { areasFromFreeText } from '../src/database/migrations/1764000004100-areas';
import { errorCode, ok, type GqlResponse } from './support/graphql-client';
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
let privacy: Caller;
let wijkteam: Caller;
let regionId: string;

const AREAS = `query { areas(includeInactive: true) { id name active version ranges { from to } } }`;
const FOR_POSTCODE = `query($p: String!) { areaForPostcode(postcode: $p) { name } }`;
const LINES = `lines { line wijk range status problems { column code otherArea } }
  fileProblems { code } newAreas changedAreas unchangedAreas errorLines personsReassigned`;
const PREVIEW = `query($csv: String!) { areaImportPreview(csv: $csv) { ${LINES} } }`;
const IMPORT = `mutation($csv: String!) { importAreas(csv: $csv) { ${LINES} } }`;
const UPDATE = `mutation($input: UpdateAreaInput!) { updateArea(input: $input) { id name active version ranges { from to } } }`;
const CREATE = `mutation($input: CreateAreaInput!) { createArea(input: $input) { id name } }`;

interface Area {
  id: string;
  name: string;
  active: boolean;
  version: number;
  ranges: { from: string; to: string }[];
}
interface ImportLine {
  line: number;
  wijk: string;
  range: string;
  status: string;
  problems: { column: string; code: string; otherArea: string | null }[];
}
interface ImportResult {
  lines: ImportLine[];
  fileProblems: { code: string }[];
  newAreas: number;
  changedAreas: number;
  unchangedAreas: number;
  errorLines: number;
  personsReassigned: number;
}

const GOOD_FILE = [
  'wijk;postcode_van;postcode_tot',
  'Oost;1234;1236',
  'Oost;1270AB;',
  'Centrum;1240;1249',
  '',
].join('\n');

const areas = async (caller: Caller = fb) => ok(await caller.gql<{ areas: Area[] }>(AREAS)).areas;
const areaOf = async (postcode: string) =>
  ok(await fb.gql<{ areaForPostcode: { name: string } | null }>(FOR_POSTCODE, { p: postcode }))
    .areaForPostcode?.name ?? null;
const preview = async (csv: string) =>
  ok(await fb.gql<{ areaImportPreview: ImportResult }>(PREVIEW, { csv })).areaImportPreview;
const importAs = (caller: Caller, csv: string) =>
  caller.gql<{ importAreas: ImportResult }>(IMPORT, { csv });
const areaEvents = async (operation: string) =>
  (
    await t.db.query<{ detail: string; regionId: string }[]>(
      `SELECT detail, region_id AS "regionId" FROM audit_event WHERE operation = $1 ORDER BY seq`,
      [operation],
    )
  ).map((e) => ({
    regionId: e.regionId,
    detail: JSON.parse(e.detail) as { before: unknown; after: Record<string, unknown> },
  }));
const personArea = async (id: string) =>
  (
    await t.db.query<{ wijk: string | null; area: string | null }[]>(
      `SELECT p.wijk, a.name AS area FROM person p
         LEFT JOIN area a ON a.region_id = p.region_id AND a.id = p.area_id WHERE p.id = $1`,
      [id],
    )
  )[0]!;
const insertPerson = async (
  region: string,
  values: { postcode?: string; wijk?: string; city?: string },
) =>
  (
    await t.db.query<{ id: string }[]>(
      `INSERT INTO person (region_id, given_names, family_name, date_of_birth, postcode, wijk, city)
       VALUES ($1, 'Test', 'Wijkbewoner', '1980-01-01', $2, $3, $4) RETURNING id`,
      [region, values.postcode ?? null, values.wijk ?? null, values.city ?? null],
    )
  )[0]!.id;

/** The overview counts (ADR 0014) against a recount: no difference. */
const recountDifferences = () =>
  t.db.query(
    `WITH kept AS (
       SELECT region_id, agency_id, status, wijk, sum(n)::int AS n FROM case_count
        GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0),
     recount AS (
       SELECT c.region_id, ap.agency_id, c.status, NULLIF(btrim(p.wijk), '') AS wijk,
              count(DISTINCT c.id)::int AS n
         FROM case_participant ap
         JOIN case_file c ON c.id = ap.case_id
         JOIN person p ON p.id = c.subject_person_id
        WHERE ap.ended_at IS NULL
        GROUP BY 1, 2, 3, 4)
     (SELECT 'kept' AS side, * FROM kept EXCEPT SELECT 'kept', * FROM recount)
     UNION ALL
     (SELECT 'recount', * FROM recount EXCEPT SELECT 'recount', * FROM kept)`,
  );

beforeAll(async () => {
  t = await createTestApp();
  fb = await callerByEmail(t, 'beheer@zvh.demo.example');
  regie = await callerByEmail(t, 'procesregisseur@zvh.demo.example');
  privacy = await callerByEmail(t, 'privacy@zvh.demo.example');
  wijkteam = await callerByEmail(t, 'wijkteam@demostad.demo.example');
  regionId = (await t.db.query<{ id: string }[]>(`SELECT id FROM region WHERE code = 'demo'`))[0]!
    .id;
});
afterAll(async () => {
  await t?.close();
});

describe("a region's wijken", () => {
  it("lists Demostad's wijken to every user of the region, and derives a person's wijk from the postcode", async () => {
    const names = (await areas(wijkteam)).map((a) => a.name);
    expect(names).toEqual(['Centrum', 'Noord', 'Oud-West', 'Zuid']);
    expect(await areaOf('1231 aa')).toBe('Noord');
    expect(await areaOf('1234AB')).toBeNull();
    // The demo's persons: their wijk is the area of their postcode.
    const [kevin] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM person WHERE family_name = 'Voorbeeld' AND postcode = '1231AA'`,
    );
    expect(await personArea(kevin!.id)).toEqual({ wijk: 'Noord', area: 'Noord' });
    // An unknown postcode: no wijk, never a guess.
    const outside = await insertPerson(regionId, { postcode: '1299ZZ', wijk: null as never });
    expect(await personArea(outside)).toEqual({ wijk: null, area: null });
  });

  it('previews a file line by line with clear problems, and writes nothing', async () => {
    const before = await areas();
    const result = await preview(
      [
        'Wijk;Postcode_van;Postcode_tot',
        'Oost;1234;1236',
        ';1237;',
        'West;12AB;',
        'West;1290;1280',
        'Noordrand;1233;1235',
        'Haven;1271XY;1272',
      ].join('\r\n'),
    );
    expect(result.lines.map((l) => [l.line, l.status, l.problems])).toEqual([
      // Both lines that share postcodes are refused, each naming the other.
      [2, 'ERROR', [{ column: 'postcode_van', code: 'OVERLAP', otherArea: 'Noordrand' }]],
      [3, 'ERROR', [{ column: 'wijk', code: 'REQUIRED', otherArea: null }]],
      [4, 'ERROR', [{ column: 'postcode_van', code: 'POSTCODE', otherArea: null }]],
      [5, 'ERROR', [{ column: 'postcode_tot', code: 'RANGE', otherArea: null }]],
      // 1233 is Noord's (the file leaves Noord as it is), 1234–1235 Oost's in this file.
      [6, 'ERROR', [{ column: 'postcode_van', code: 'OVERLAP', otherArea: 'Oost' }]],
      [7, 'ERROR', [{ column: 'postcode_tot', code: 'RANGE', otherArea: null }]],
    ]);
    expect(result).toMatchObject({ newAreas: 0, errorLines: 6, fileProblems: [] });
    const noord = await preview('wijk;postcode_van\nNoordrand;1233');
    expect(noord.lines[0]!.problems).toEqual([
      { column: 'postcode_van', code: 'OVERLAP', otherArea: 'Noord' },
    ]);
    expect((await preview('naam,van\nOost,1234')).fileProblems).toEqual([{ code: 'HEADER' }]);
    expect(await areas()).toEqual(before);
  });

  it('refuses a file with an error as a whole: nothing imported, nothing audited', async () => {
    const before = await areas();
    const res = await importAs(fb, 'wijk;postcode_van\nOost;1234\nWest;12AB');
    expect(errorCode(res)).toBe('AREA_IMPORT_INVALID');
    expect(await areas()).toEqual(before);
    expect(await areaEvents('admin.area.import')).toEqual([]);
  });

  it('imports a good file in one audited transaction; persons in its postcodes get the wijk; a re-import changes nothing', async () => {
    const waiting = await insertPerson(regionId, { postcode: '1235KL' });
    expect(await personArea(waiting)).toEqual({ wijk: null, area: null });
    const before = await areas();

    const result = ok(await importAs(fb, GOOD_FILE)).importAreas;
    expect(result).toMatchObject({
      newAreas: 1,
      changedAreas: 0,
      unchangedAreas: 1,
      errorLines: 0,
    });
    expect(result.personsReassigned).toBeGreaterThanOrEqual(1);
    const after = await areas();
    const oost = after.find((a) => a.name === 'Oost')!;
    expect(oost.ranges).toEqual([
      { from: '1234', to: '1236' },
      { from: '1270AB', to: '1270AB' },
    ]);
    expect(after.find((a) => a.name === 'Centrum')).toEqual(
      before.find((a) => a.name === 'Centrum'),
    );
    expect(await personArea(waiting)).toEqual({ wijk: 'Oost', area: 'Oost' });
    expect(await areaOf('1270AB')).toBe('Oost');
    expect(await areaOf('1270AC')).toBeNull();

    const events = await areaEvents('admin.area.import');
    expect(events).toHaveLength(1);
    expect(events[0]!.regionId).toBe(regionId);
    expect(events[0]!.detail.after['created']).toEqual([
      { name: 'Oost', active: true, ranges: ['1234–1236', '1270AB'] },
    ]);

    // The same file again: every wijk unchanged, nothing written but the record of the import.
    const again = ok(await importAs(fb, GOOD_FILE)).importAreas;
    expect(again).toMatchObject({
      newAreas: 0,
      changedAreas: 0,
      unchangedAreas: 2,
      personsReassigned: 0,
    });
    expect(await areas()).toEqual(after);
    expect(await areaEvents('admin.area.import')).toHaveLength(2);
    expect(await recountDifferences()).toEqual([]);
  });

  it('gives a referred person the wijk of the postcode, and none for a postcode outside the wijkindeling', async () => {
    const agencies = new Map(
      (await t.db.query<{ name: string; id: string }[]>(`SELECT name, id FROM agency`)).map((a) => [
        a.name,
        a.id,
      ]),
    );
    const refer = async (postcode: string, familyName: string) => {
      const res = await wijkteam.gql<{ createReferral: { caseId: string } }>(
        `mutation($input: CreateReferralInput!) { createReferral(input: $input) { caseId } }`,
        {
          input: {
            person: { givenNames: 'Ria', familyName, dateOfBirth: '1970-05-05', postcode },
            theme: 'CONFUSED_BEHAVIOUR',
            reason: 'Veel overlast in de buurt en schulden, zorg loopt vast.',
            goal: 'Een gezamenlijke aanpak van zorg en veiligheid.',
            reasonCategories: ['PLAN'],
            proposedAgencyIds: [agencies.get('Politie basisteam Demostad')],
            personInformed: true,
            notInformedReason: null,
          },
        },
      );
      const { caseId } = ok(res).createReferral;
      const [row] = await t.db.query<{ id: string }[]>(
        `SELECT subject_person_id AS id FROM case_file WHERE id = $1`,
        [caseId],
      );
      return personArea(row!.id);
    };
    expect(await refer('1234 AB', 'Oosterling')).toEqual({ wijk: 'Oost', area: 'Oost' });
    expect(await refer('1299AB', 'Buitenkant')).toEqual({ wijk: null, area: null });
    expect(await recountDifferences()).toEqual([]);
  });

  it('renames, re-ranges and deactivates a wijk; a stale edit and an overlap are refused; the counts stay a recount', async () => {
    const noord = (await areas()).find((a) => a.name === 'Noord')!;
    const renamed = ok(
      await fb.gql<{ updateArea: Area }>(UPDATE, {
        input: {
          id: noord.id,
          name: 'Noord-Centrum',
          active: true,
          ranges: [{ from: '1230', to: '1233' }],
          expectedVersion: noord.version,
        },
      }),
    ).updateArea;
    expect(renamed).toMatchObject({ name: 'Noord-Centrum', version: noord.version + 1 });
    const [kevin] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM person WHERE postcode = '1231AA'`,
    );
    expect(await personArea(kevin!.id)).toEqual({ wijk: 'Noord-Centrum', area: 'Noord-Centrum' });
    expect(await recountDifferences()).toEqual([]);

    const stale = await fb.gql(UPDATE, {
      input: {
        id: noord.id,
        name: 'Noord',
        active: true,
        ranges: [{ from: '1230', to: '1233' }],
        expectedVersion: noord.version,
      },
    });
    expect(errorCode(stale)).toBe('EDIT_CONFLICT');
    const overlap = await fb.gql(UPDATE, {
      input: {
        id: noord.id,
        name: 'Noord-Centrum',
        active: true,
        ranges: [{ from: '1230', to: '1241' }],
        expectedVersion: renamed.version,
      },
    });
    expect(errorCode(overlap)).toBe('AREA_RANGE_OVERLAP');
    const extensions = overlap.errors?.[0]?.extensions as Record<string, unknown> | undefined;
    expect(extensions?.['otherArea']).toBe('Centrum');
    const taken = await fb.gql(CREATE, { input: { name: 'centrum', ranges: [] } });
    expect(errorCode(taken)).toBe('AREA_NAME_TAKEN');

    // Deactivated: its postcodes derive no wijk any more; its persons are flagged, not guessed.
    const off = ok(
      await fb.gql<{ updateArea: Area }>(UPDATE, {
        input: {
          id: noord.id,
          name: 'Noord-Centrum',
          active: false,
          ranges: [{ from: '1230', to: '1233' }],
          expectedVersion: renamed.version,
        },
      }),
    ).updateArea;
    expect(off.active).toBe(false);
    expect(await personArea(kevin!.id)).toEqual({ wijk: null, area: null });
    const offered = ok(await wijkteam.gql<{ areas: Area[] }>(`query { areas { name } }`)).areas;
    expect(offered.map((a) => a.name)).toEqual(['Centrum', 'Oost', 'Oud-West', 'Zuid']);
    expect(await recountDifferences()).toEqual([]);
    const events = await areaEvents('admin.area.update');
    expect(events.map((e) => e.detail.after['name'])).toEqual(['Noord-Centrum', 'Noord-Centrum']);
    expect(events[0]!.detail.before).toMatchObject({ name: 'Noord', ranges: ['1230–1233'] });

    // Back as it was, for the tests after this one.
    ok(
      await fb.gql(UPDATE, {
        input: {
          id: noord.id,
          name: 'Noord',
          active: true,
          ranges: [{ from: '1230', to: '1233' }],
          expectedVersion: off.version,
        },
      }),
    );
    expect(await personArea(kevin!.id)).toEqual({ wijk: 'Noord', area: 'Noord' });
  });

  it('lets no one but the functional administrator change wijken', async () => {
    for (const caller of [regie, privacy, wijkteam]) {
      expect(errorCode(await importAs(caller, GOOD_FILE))).toBe('FORBIDDEN');
      expect(errorCode(await caller.gql(PREVIEW, { csv: GOOD_FILE }))).toBe('FORBIDDEN');
      expect(errorCode(await caller.gql(CREATE, { input: { name: 'Stiekem', ranges: [] } }))).toBe(
        'FORBIDDEN',
      );
    }
    expect((await areas()).map((a) => a.name)).not.toContain('Stiekem');
  });

  it("keeps another region's administrator to its own region", async () => {
    const [other] = await t.db.query<{ id: string }[]>(
      `INSERT INTO region (code, name) VALUES ('wijkgrens', 'Regio Wijkgrens') RETURNING id`,
    );
    const agency = await createAgency(t, other!.id, 'ZVH Wijkgrens', 'ZVH');
    const otherFb = callerFor(
      t,
      await createUser(t, agency, ['FUNCTIONAL_ADMIN'], 'Beheer Wijkgrens'),
    );
    const demoBefore = await areas();

    // The same wijk names and postcodes are free in another region.
    const result = ok(await importAs(otherFb, GOOD_FILE)).importAreas;
    expect(result).toMatchObject({ newAreas: 2, errorLines: 0 });
    expect((await areas(otherFb)).map((a) => a.name)).toEqual(['Centrum', 'Oost']);
    expect(await areas()).toEqual(demoBefore);

    // A demo wijk's id names nothing in the other region.
    const noord = demoBefore.find((a) => a.name === 'Noord')!;
    const res: GqlResponse<unknown> = await otherFb.gql(UPDATE, {
      input: {
        id: noord.id,
        name: 'Overgenomen',
        active: true,
        ranges: [],
        expectedVersion: noord.version,
      },
    });
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect((await areas()).find((a) => a.id === noord.id)!.name).toBe('Noord');
    // The other region's import is recorded in its own trail, naming what it created there; the
    // refused update of the demo wijk left no change event.
    const events = (await areaEvents('admin.area.import')).filter((e) => e.regionId === other!.id);
    expect(events).toHaveLength(1);
    expect(
      (events[0]!.detail.after['created'] as { name: string }[]).map((a) => a.name).sort(),
    ).toEqual(['Centrum', 'Oost']);
    expect((await areaEvents('admin.area.update')).filter((e) => e.regionId === other!.id)).toEqual(
      [],
    );
  });
});

describe("today's free-text wijken become areas (the data migration)", () => {
  it('merges "Noord", " noord " and "Demostad-Noord" into one wijk and keeps the counts a recount', async () => {
    const [region] = await t.db.query<{ id: string }[]>(
      `INSERT INTO region (code, name) VALUES ('vrijtekst', 'Regio Vrije Tekst') RETURNING id`,
    );
    const r = region!.id;
    const agency = await createAgency(t, r, 'ZVH Vrije Tekst', 'ZVH');
    const persons = [
      await insertPerson(r, { wijk: 'Noord', city: 'Demostad' }),
      await insertPerson(r, { wijk: ' noord ' }),
      await insertPerson(r, { wijk: 'Demostad-Noord' }),
      await insertPerson(r, { wijk: 'Demostad - Zuid' }),
      await insertPerson(r, { wijk: 'Noord-Oost' }),
      await insertPerson(r, { wijk: '  ' }),
    ];
    for (const [i, person] of persons.entries()) {
      const [c] = await t.db.query<{ id: string }[]>(
        `INSERT INTO case_file (region_id, reference, subject_person_id, theme, referring_agency_id)
         VALUES ($1, $2, $3, 'OTHER', $4) RETURNING id`,
        [r, `VT-${i}`, person, agency],
      );
      await t.db.query(
        `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis)
         VALUES ($1, $2, $3, 'REFERRER', 'Aanmelder van de casus', 'Convenant artikel 5')`,
        [r, c!.id, agency],
      );
    }
    const countsBefore = await t.db.query<{ wijk: string | null; n: number }[]>(
      `SELECT wijk, sum(n)::int AS n FROM case_count WHERE region_id = $1 GROUP BY wijk HAVING sum(n) <> 0 ORDER BY wijk`,
      [r],
    );
    expect(countsBefore).toHaveLength(6);

    await areasFromFreeText(t.db);
    await areasFromFreeText(t.db); // again: nothing more

    const names = await t.db.query<{ name: string }[]>(
      `SELECT name FROM area WHERE region_id = $1 ORDER BY name`,
      [r],
    );
    expect(names.map((n) => n.name)).toEqual(['Noord', 'Noord-Oost', 'Zuid']);
    expect(await Promise.all(persons.map(personArea))).toEqual([
      { wijk: 'Noord', area: 'Noord' },
      { wijk: 'Noord', area: 'Noord' },
      { wijk: 'Noord', area: 'Noord' },
      { wijk: 'Zuid', area: 'Zuid' },
      { wijk: 'Noord-Oost', area: 'Noord-Oost' },
      { wijk: '  ', area: null },
    ]);
    const countsAfter = await t.db.query<{ wijk: string | null; n: number }[]>(
      `SELECT wijk, sum(n)::int AS n FROM case_count WHERE region_id = $1 GROUP BY wijk HAVING sum(n) <> 0 ORDER BY wijk`,
      [r],
    );
    expect(countsAfter).toEqual([
      { wijk: 'Noord', n: 3 },
      { wijk: 'Noord-Oost', n: 1 },
      { wijk: 'Zuid', n: 1 },
      { wijk: null, n: 1 },
    ]);
    expect(await recountDifferences()).toEqual([]);
  });
});
