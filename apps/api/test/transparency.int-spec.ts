// Telling the person (issue 17 item 4, ADR 0035), through the real API on PostgreSQL with the
// demo personas: the transparency letter for a demo case read back by PDF.js (partners, legal
// bases, what each may see, retention, rights, the contactpunt; nothing of the case's CARE,
// POLICE, JUSTICE or PROBATION content, nor a participation's free-text reason), tagged like the
// other PDFs; who may generate it; its EXPORT event; the informed record with pre-fill, audit,
// bad input and EDIT_CONFLICT.
import { errorCode, errorField, ok } from './support/graphql-client';
import { download, sessionCookie } from './support/meetings';
import { readPdf } from './support/pdf-text';
import { extractPdfText } from './support/pdfjs-text';
import {
  callerByEmail,
  callerFor,
  createAgency,
  createUser,
  idsBy,
  type Caller,
} from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let caseId: string;
let personId: string;
let otherRegionCaseId: string;
const as: Record<string, Caller> = {};

const USERS = {
  reclassering: 'reclassering@reclassering.demo.example',
  regie: 'procesregisseur@zvh.demo.example',
  wijkagent: 'wijkagent@politie.demo.example',
  wijkteam: 'wijkteam@demostad.demo.example',
  ggz: 'ggz@ggz.demo.example',
  privacy: 'privacy@zvh.demo.example',
  beheer: 'beheer@zvh.demo.example',
} as const;

/** Texts of ZVH-2026-001 the person's letter must never carry (demo-cases.ts). */
const NEVER_IN_LETTER = [
  // CARE, POLICE, JUSTICE, PROBATION, SOCIAL and SAFETY items.
  'Diagnose en behandelplan',
  'winkeldiefstallen',
  'bedreiging van een buurman',
  'Voorwaardelijke straf',
  'Meldt zich wisselend',
  'Schulden circa',
  'Reageert agressief',
  // Participation reasons: free texts that carry other categories.
  'Behandeling verslaving',
  'veelpleger in de wijk',
  'Overlast en huurachterstand',
  'Toezicht op bijzondere voorwaarden',
  // The casusregisseur's person and the care contact (third parties).
  'Noor Jansen',
];

const INFORMED = `query($caseId: ID!) { casePersonInformed(caseId: $caseId) {
  caseId access mayRecord mayGenerateLetter
  record { informed informedOn informedBy { name } notInformedReason explanation
           recordedBy { name } revision }
  referralAnswer { informed referredOn referrer { name } }
  agencies { id name type } } }`;
const RECORD = `mutation($input: RecordPersonInformedInput!) { recordPersonInformed(input: $input) {
  record { informed informedOn informedBy { name } notInformedReason explanation revision } } }`;

interface Informed {
  access: string;
  mayRecord: boolean;
  mayGenerateLetter: boolean;
  record: {
    informed: boolean;
    informedOn: string | null;
    informedBy: { name: string } | null;
    notInformedReason: string | null;
    explanation: string | null;
    revision: number;
  } | null;
  referralAnswer: { informed: boolean; referredOn: string; referrer: { name: string } } | null;
  agencies: { id: string; name: string; type: string }[];
}

async function userId(email: string): Promise<string> {
  const [row] = await t.db.query<{ id: string }[]>(`SELECT id FROM app_user WHERE email = $1`, [
    email,
  ]);
  return row!.id;
}

const letterPath = (id: string, lang?: string) =>
  `/cases/${id}/transparency-letter.pdf${lang ? `?lang=${lang}` : ''}`;

async function letterAs(email: string, id = caseId, lang?: string) {
  return download(t, letterPath(id, lang), sessionCookie(t, await userId(email)));
}

beforeAll(async () => {
  t = await createTestApp();
  for (const [key, email] of Object.entries(USERS)) as[key] = await callerByEmail(t, email);
  const cases = await idsBy(t, `SELECT reference AS key, id FROM case_file`);
  caseId = cases.get('ZVH-2026-001')!;
  const [row] = await t.db.query<{ personId: string }[]>(
    `SELECT subject_person_id AS "personId" FROM case_file WHERE id = $1`,
    [caseId],
  );
  personId = row!.personId;
  // The region's WGS contactpunt (set by the functional administrator in the region settings).
  await t.db.query(
    `UPDATE region SET wgs_contact_email = 'contactpunt@zvh.demo.example',
                       wgs_contact_phone = '0900-1234567',
                       wgs_contact_address = 'Stationsplein 1, 1234 AB Demostad'
      WHERE code = 'demo'`,
  );
  // Another region's case and procesregisseur.
  const [other] = await t.db.query<{ id: string }[]>(
    `INSERT INTO region (code, name) VALUES ('elders', 'Elders') RETURNING id`,
  );
  const otherZvh = await createAgency(t, other!.id, 'ZVH Elders', 'ZVH');
  as.otherRegie = callerFor(t, await createUser(t, otherZvh, ['PROCESREGISSEUR'], 'Regie Elders'));
  const [person] = await t.db.query<{ id: string }[]>(
    `INSERT INTO person (region_id, given_names, family_name, date_of_birth)
     VALUES ($1, 'Eva', 'Elders', '1980-01-01') RETURNING id`,
    [other!.id],
  );
  const [kase] = await t.db.query<{ id: string }[]>(
    `INSERT INTO case_file (region_id, reference, subject_person_id, theme, referring_agency_id)
     VALUES ($1, 'ELD-2026-001', $2, 'OTHER', $3) RETURNING id`,
    [other!.id, person!.id, otherZvh],
  );
  otherRegionCaseId = kase!.id;
});
afterAll(async () => {
  await t.close();
});

describe('the transparency letter', () => {
  it('names the partners, their legal bases, what each may see, retention, rights and the contactpunt (nl)', async () => {
    const res = await letterAs(USERS.reclassering);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toContain('brief-samenwerking.pdf');
    const { text, title, language } = await extractPdfText(res.body);
    const flat = text.replace(/\s+/g, ' ');
    expect(title).toBe('Wie werken samen aan uw situatie');
    expect(language).toBe('nl-NL');
    expect(flat).toContain('Beste Kevin Voorbeeld,');
    expect(flat).toContain('Kenmerk: ZVH-2026-001');
    // Every active participant, with the legal basis of its participation.
    for (const [agency, basis] of [
      ['Politie basisteam Demostad', 'Wpg art. 16'],
      ['Reclassering Nederland, unit Demo-regio', 'Wjsg; convenant art. 5'],
      ['GGZ Demoland', 'WGBO; toestemming cliënt'],
      [
        'Zorg- en Veiligheidshuis Demo-regio',
        'Convenant Zorg- en Veiligheidshuis Demo-regio, art. 5',
      ],
    ] as const) {
      expect(flat).toContain(agency);
      expect(flat).toContain(basis);
    }
    // What each may see, in plain words, from the covenant: the police read police data in full,
    // a housing corporation only the summary the police mark as shareable.
    expect(flat).toContain('politiegegevens, zoals meldingen');
    expect(flat).toContain('alleen een korte samenvatting van politiegegevens');
    expect(flat).toContain('medische gegevens, zoals diagnose en behandeling');
    // Retention per category (region defaults: two years, care one year).
    expect(flat).toContain('1 jaar: medische gegevens');
    expect(flat).toContain('2 jaar: uw naam');
    // Rights and the WGS contactpunt.
    expect(flat).toContain('Wat zijn uw rechten?');
    expect(flat).toContain('inzage');
    expect(flat).toContain('contactpunt@zvh.demo.example');
    expect(flat).toContain('0900-1234567');
    expect(flat).toContain('Autoriteit Persoonsgegevens');
    for (const secret of NEVER_IN_LETTER) expect(flat).not.toContain(secret);
  });

  it('says per partner only the categories the covenant gives it', async () => {
    const { text } = await extractPdfText((await letterAs(USERS.regie)).body);
    const flat = text.replace(/\s+/g, ' ');
    // The GGZ block: medical data yes; the housing corporation's: no medical data.
    const block = (name: string) => {
      const start = flat.indexOf(name, flat.indexOf('Welke organisaties werken samen?'));
      const next = flat.indexOf('Welke gegevens mag deze organisatie zien', start);
      return flat.slice(start, flat.indexOf('.', next + 45) + 1);
    };
    expect(block('GGZ Demoland')).toContain('medische gegevens');
    expect(block('Woonstichting Demohuis')).not.toContain('medische gegevens');
    expect(block('Woonstichting Demohuis')).not.toContain('justitiële gegevens');
    for (const secret of NEVER_IN_LETTER) expect(flat).not.toContain(secret);
  });

  it('is written in English on request, tagged, with language and title', async () => {
    const res = await letterAs(USERS.regie, caseId, 'en');
    expect(res.status).toBe(200);
    const { text, title, language } = await extractPdfText(res.body);
    const flat = text.replace(/\s+/g, ' ');
    expect(title).toBe('Who works together on your situation');
    expect(language).toBe('en-GB');
    expect(flat).toContain('Which organisations work together?');
    expect(flat).toContain('What are your rights?');
    expect(flat).toContain('Wjsg; convenant art. 5');
    for (const secret of NEVER_IN_LETTER) expect(flat).not.toContain(secret);
    const read = readPdf(res.body);
    expect(read.tagged).toBe(true);
    expect(read.pdfUa).toBe(true);
    expect(read.lang).toBe('en-GB');
    expect(read.displayTitle).toBe(true);
    // Reading order: the header lines, then the title, the greeting, and headed sections.
    expect(read.structure).toContain('Document');
    const h1 = read.structure.indexOf('H1');
    expect(h1).toBeGreaterThan(0);
    expect(read.structure.slice(h1)).toEqual(expect.arrayContaining(['H2', 'H3', 'P']));
    for (const font of read.fonts) expect(font.embedded).toBe(true);
  });

  it('refuses a language it is not written in', async () => {
    const res = await letterAs(USERS.regie, caseId, 'de');
    expect(res.status).toBe(400);
  });

  it('is for the case leads only: others, the office roles and another region are refused', async () => {
    const statuses: Record<string, number> = {};
    for (const key of ['wijkagent', 'wijkteam', 'ggz', 'privacy', 'beheer'] as const) {
      statuses[key] = (await letterAs(USERS[key])).status;
    }
    // Partners that take part but do not lead: refused; the office roles do not see the case at all.
    expect(statuses).toEqual({
      wijkagent: 403,
      wijkteam: 403,
      ggz: 403,
      privacy: 404,
      beheer: 404,
    });
    const otherRegion = await download(
      t,
      letterPath(caseId),
      sessionCookie(t, as.otherRegie!.userId),
    );
    expect(otherRegion.status).toBe(404);
    const own = await download(
      t,
      letterPath(otherRegionCaseId),
      sessionCookie(t, await userId(USERS.regie)),
    );
    expect(own.status).toBe(404);
    expect((await download(t, letterPath(caseId), null)).status).toBe(401);
  });

  it('writes one EXPORT event per download naming the person; a refusal is DENIED', async () => {
    const regie = await userId(USERS.regie);
    const wijkagent = await userId(USERS.wijkagent);
    const count = async (user: string, result: string) =>
      (
        await t.db.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM audit_event
            WHERE operation = 'HTTP.TransparencyController.letter' AND action = 'EXPORT'
              AND actor_user_id = $1 AND result = $2 AND case_id = $3
              AND person_ids @> ARRAY[$4::uuid]`,
          [user, result, caseId, personId],
        )
      )[0]!.n;
    const before = await count(regie, 'ALLOWED');
    await letterAs(USERS.regie);
    expect(await count(regie, 'ALLOWED')).toBe(before + 1);
    const denied = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event
        WHERE operation = 'HTTP.TransparencyController.letter' AND actor_user_id = $1
          AND result = 'DENIED'`,
      [wijkagent],
    );
    expect(denied[0]!.n).toBeGreaterThan(0);
  });

  it('follows the case: a partner that stops taking part is gone from the next letter', async () => {
    const [cp] = await t.db.query<{ id: string }[]>(
      `SELECT cp.id FROM case_participant cp JOIN agency a ON a.id = cp.agency_id
        WHERE cp.case_id = $1 AND a.name = 'Woonstichting Demohuis' AND cp.ended_at IS NULL`,
      [caseId],
    );
    await t.db.query(
      `UPDATE case_participant SET ended_at = now(), end_reason = 'Klaar met de begeleiding' WHERE id = $1`,
      [cp!.id],
    );
    try {
      const { text } = await extractPdfText((await letterAs(USERS.regie)).body);
      expect(text).not.toContain('Woonstichting Demohuis');
    } finally {
      await t.db.query(
        `UPDATE case_participant SET ended_at = NULL, end_reason = NULL WHERE id = $1`,
        [cp!.id],
      );
    }
  });
});

describe('the informed record', () => {
  it('starts from the referral’s answer, and only the leads may record', async () => {
    const lead = ok(
      await as.reclassering!.gql<{ casePersonInformed: Informed }>(INFORMED, { caseId }),
    ).casePersonInformed;
    expect(lead).toMatchObject({
      access: 'FULL',
      mayRecord: true,
      mayGenerateLetter: true,
      record: null,
    });
    const member = ok(
      await as.wijkteam!.gql<{ casePersonInformed: Informed }>(INFORMED, { caseId }),
    ).casePersonInformed;
    expect(member).toMatchObject({ access: 'FULL', mayRecord: false, mayGenerateLetter: false });
    expect(member.agencies.map((a) => a.name)).toContain('Politie basisteam Demostad');
    const office = await as.privacy!.gql(INFORMED, { caseId });
    expect(errorCode(office)).toBe('NOT_FOUND');
    const otherRegion = await as.otherRegie!.gql(INFORMED, { caseId });
    expect(errorCode(otherRegion)).toBe('NOT_FOUND');
  });

  it('records "informed on <date> by <agency>", audited, then EDIT_CONFLICT on a stale revision', async () => {
    const info = ok(
      await as.regie!.gql<{ casePersonInformed: Informed }>(INFORMED, { caseId }),
    ).casePersonInformed;
    const reclassering = info.agencies.find((a) => a.type === 'PROBATION')!;
    const first = ok(
      await as.regie!.gql<{ recordPersonInformed: Informed }>(RECORD, {
        input: {
          caseId,
          informed: true,
          informedOn: '2026-11-20',
          informedByAgencyId: reclassering.id,
        },
      }),
    ).recordPersonInformed;
    expect(first.record).toEqual({
      informed: true,
      informedOn: '2026-11-20',
      informedBy: { name: reclassering.name },
      notInformedReason: null,
      explanation: null,
      revision: 1,
    });
    // Someone else also saw "nothing recorded yet": their first record is stale.
    const stale = await as.reclassering!.gql(RECORD, {
      input: { caseId, informed: false, notInformedReason: 'NOT_REACHABLE' },
    });
    expect(errorCode(stale)).toBe('EDIT_CONFLICT');
    const changed = ok(
      await as.reclassering!.gql<{ recordPersonInformed: Informed }>(RECORD, {
        input: {
          caseId,
          informed: false,
          notInformedReason: 'DANGER',
          explanation: 'Gevaar voor de melder',
          revision: 1,
        },
      }),
    ).recordPersonInformed;
    expect(changed.record).toMatchObject({
      informed: false,
      notInformedReason: 'DANGER',
      revision: 2,
    });
    const again = await as.regie!.gql(RECORD, {
      input: {
        caseId,
        informed: true,
        informedOn: '2026-11-21',
        informedByAgencyId: reclassering.id,
        revision: 1,
      },
    });
    expect(errorCode(again)).toBe('EDIT_CONFLICT');

    const events = await t.db.query<{ result: string; personIds: string[]; caseId: string }[]>(
      `SELECT result, person_ids AS "personIds", case_id AS "caseId" FROM audit_event
        WHERE operation = 'Mutation.recordPersonInformed' ORDER BY occurred_at, id`,
    );
    expect(events.filter((e) => e.result === 'ALLOWED')).toEqual([
      { result: 'ALLOWED', personIds: [personId], caseId },
      { result: 'ALLOWED', personIds: [personId], caseId },
    ]);
    // Everyone who reads the case's PLAN sees the record.
    const seen = ok(
      await as.wijkagent!.gql<{ casePersonInformed: Informed }>(INFORMED, { caseId }),
    ).casePersonInformed;
    expect(seen.record).toMatchObject({
      informed: false,
      notInformedReason: 'DANGER',
      revision: 2,
    });
  });

  it('refuses bad input with the field in trouble and changes nothing; non-leads are refused', async () => {
    const before = await t.db.query<{ revision: number }[]>(
      `SELECT revision FROM case_person_informed WHERE case_id = $1`,
      [caseId],
    );
    const future = await as.regie!.gql(RECORD, {
      input: {
        caseId,
        informed: true,
        informedOn: '2999-01-01',
        informedByAgencyId: null,
        revision: 2,
      },
    });
    expect([errorCode(future), errorField(future)]).toEqual(['BAD_USER_INPUT', 'informedOn']);
    const noReason = await as.regie!.gql(RECORD, {
      input: { caseId, informed: false, revision: 2 },
    });
    expect([errorCode(noReason), errorField(noReason)]).toEqual([
      'BAD_USER_INPUT',
      'notInformedReason',
    ]);
    const other = await as.regie!.gql(RECORD, {
      input: { caseId, informed: false, notInformedReason: 'OTHER', revision: 2 },
    });
    expect([errorCode(other), errorField(other)]).toEqual(['BAD_USER_INPUT', 'explanation']);
    const [outsider] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM agency WHERE region_id = (SELECT region_id FROM case_file WHERE id = $1)
          AND id NOT IN (SELECT agency_id FROM case_participant WHERE case_id = $1) LIMIT 1`,
      [caseId],
    );
    const stranger = await as.regie!.gql(RECORD, {
      input: {
        caseId,
        informed: true,
        informedOn: '2026-11-20',
        informedByAgencyId: outsider!.id,
        revision: 2,
      },
    });
    expect([errorCode(stranger), errorField(stranger)]).toEqual([
      'BAD_USER_INPUT',
      'informedByAgencyId',
    ]);
    const member = await as.wijkteam!.gql(RECORD, {
      input: { caseId, informed: false, notInformedReason: 'NOT_REACHABLE', revision: 2 },
    });
    expect(errorCode(member)).toBe('FORBIDDEN');
    expect(
      await t.db.query(`SELECT revision FROM case_person_informed WHERE case_id = $1`, [caseId]),
    ).toEqual(before);
  });
});
