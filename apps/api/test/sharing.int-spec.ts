// The data-sharing API as the demo personas use it: lists and pages, masking, consent and
// conflict of duties, participation, the covenant as data, "view as", break-the-glass, input
// validation — and the statement budget of a list request.
import { Client } from 'pg';
import { SessionCache } from '../src/auth/session-cache';
import { errorCode, errorField, type GqlResponse, ok } from './support/graphql-client';
import { callerByEmail, idsBy, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let cases: Map<string, string>;
let agencies: Map<string, string>;
const as: Record<string, Caller> = {};

const USERS = {
  regie: 'procesregisseur@zvh.demo.example',
  wijkteam: 'wijkteam@demostad.demo.example',
  politie: 'wijkagent@politie.demo.example',
  ggz: 'ggz@ggz.demo.example',
  veiligthuis: 'veiligthuis@veiligthuis.demo.example',
  woning: 'woningcorporatie@demohuis.demo.example',
  privacy: 'privacy@zvh.demo.example',
  beheer: 'beheer@zvh.demo.example',
} as const;

beforeAll(async () => {
  t = await createTestApp();
  for (const [key, email] of Object.entries(USERS)) as[key] = await callerByEmail(t, email);
  cases = await idsBy(t, `SELECT reference AS key, id FROM case_file`);
  agencies = await idsBy(t, `SELECT name AS key, id FROM agency`);
});
afterAll(async () => {
  await t.close();
});

const caseId = (reference: string) => cases.get(reference)!;
const agencyId = (name: string) => agencies.get(name)!;
/** SQL statements the app sends while `fn` runs (every node-postgres client query). */
async function statementsDuring(fn: () => Promise<unknown>): Promise<string[]> {
  const spy = jest.spyOn(Client.prototype, 'query');
  try {
    await fn();
    return spy.mock.calls.map(([query]) =>
      typeof query === 'string' ? query : (query as { text: string }).text,
    );
  } finally {
    spy.mockRestore();
  }
}

/** Sixty more police cases with participants, so a page of 50 is full (inserted once). */
async function loadCases(): Promise<void> {
  const existing = await t.db.query<unknown[]>(
    `SELECT 1 FROM case_file WHERE reference = 'LOAD-1'`,
  );
  if (existing.length > 0) return;
  const [region] = await t.db.query<
    {
      id: string;
    }[]
  >(`SELECT id FROM region WHERE code = 'demo'`);
  const [person] = await t.db.query<
    {
      id: string;
    }[]
  >(`SELECT id FROM person WHERE family_name = 'Fictief'`);
  // Enough cases for a full page of 50, each with participants to nest.
  await t.db.query(
    `WITH c AS (
       INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                              referring_agency_id, updated_at)
       SELECT $1, 'LOAD-' || n, $2, 'OTHER', 'ACTIVE', $3, now() - interval '1 day'
         FROM generate_series(1, 60) n RETURNING id)
     INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis)
     SELECT $1, c.id, a.id, 'PARTNER', 'Load for the statement count', 'Test'
       FROM c CROSS JOIN (VALUES ($3::uuid), ($4::uuid)) AS a(id)`,
    [region!.id, person!.id, agencyId('Politie basisteam Demostad'), agencyId('GGZ Demoland')],
  );
}

const CASE_LIST = `query($first: Int!, $after: String, $filter: CasesFilterInput) {
  cases(first: $first, after: $after, filter: $filter) {
    nodes { id reference status accessBasis
      subject { familyName { access value } bsn { access value } }
      participants { agency { name } role active }
      categoryAccess { category access canWrite } }
    pageInfo { endCursor hasNextPage } } }`;
interface CaseList {
  cases: {
    nodes: { id: string; reference: string; accessBasis: string }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

const CASE_DETAIL = `query($id: ID!) { case(id: $id) {
  reference accessBasis readOnly viewedAs { name }
  subject { givenNames { access value } familyName { access value } dateOfBirth { access value }
            address { access value { postcode wijk } } bsn { access value } }
  categoryAccess { category access accessBasis canWrite }
  informationItems { category access accessBasis text summary sourceAgency { name } } } }`;
interface CaseDetail {
  reference: string;
  accessBasis: string;
  readOnly: boolean;
  viewedAs: { name: string } | null;
  subject: {
    familyName: { access: string; value: string | null };
    bsn: { access: string; value: string | null };
  };
  categoryAccess: {
    category: string;
    access: string;
    accessBasis: string | null;
    canWrite: boolean;
  }[];
  informationItems: {
    category: string;
    access: string;
    accessBasis: string;
    text: string | null;
    summary: string | null;
  }[];
}

const categoriesShown = (detail: CaseDetail) =>
  detail.informationItems.map((item) => `${item.category}:${item.access}`).sort();

describe('the case list', () => {
  it('shows only cases the agency takes part in now, newest change first, a page at a time', async () => {
    const first = ok(await as.politie!.gql<CaseList>(CASE_LIST, { first: 2 }));
    expect(first.cases.nodes.map((c) => c.reference)).toEqual(['ZVH-2026-001', 'ZVH-2026-002']);
    expect(first.cases.pageInfo.hasNextPage).toBe(true);
    const second = ok(
      await as.politie!.gql<CaseList>(CASE_LIST, {
        first: 2,
        after: first.cases.pageInfo.endCursor,
      }),
    );
    // ZVH-2025-017 is left out: the police's participation there has ended.
    expect(second.cases.nodes.map((c) => c.reference)).toEqual(['ZVH-2026-004']);
    expect(second.cases.pageInfo.hasNextPage).toBe(false);
  });

  it('filters on status', async () => {
    const res = ok(
      await as.politie!.gql<CaseList>(CASE_LIST, { first: 10, filter: { statuses: ['REFERRED'] } }),
    );
    expect(res.cases.nodes.map((c) => c.reference)).toEqual(['ZVH-2026-004']);
  });

  it('shows administrators and privacy officers no cases at all', async () => {
    for (const caller of [as.beheer!, as.privacy!]) {
      expect(ok(await caller.gql<CaseList>(CASE_LIST, { first: 10 })).cases.nodes).toEqual([]);
    }
  });

  it('refuses a bad page size or cursor with the field named', async () => {
    const tooMany = await as.politie!.gql(CASE_LIST, { first: 101 });
    expect([errorCode(tooMany), errorField(tooMany)]).toEqual(['BAD_USER_INPUT', 'first']);
    const cursor = await as.politie!.gql(CASE_LIST, { first: 5, after: 'bm90LWEtY3Vyc29y' });
    expect([errorCode(cursor), errorField(cursor)]).toEqual(['BAD_USER_INPUT', 'after']);
  });

  it('costs at most three SQL statements whatever the page size: session with policy context (unless held in memory), page, participants (plus its audit event)', async () => {
    await loadCases();
    // The first read of a session checks it in the database; the next is served from memory
    // (ADR 0013, session-cache.int-spec.ts).
    t.app.get(SessionCache).invalidate('all');
    for (const first of [1, 50]) {
      let page: GqlResponse<CaseList> | undefined;
      const statements = await statementsDuring(async () => {
        page = await as.politie!.gql<CaseList>(CASE_LIST, { first });
      });
      expect(ok(page!).cases.nodes).toHaveLength(first);
      const rest = first === 1 ? statements.slice(1) : statements;
      if (first === 1) {
        expect(statements[0]).toMatch(/FROM app_user u/);
        expect(statements[0]).toMatch(/covenant_version/);
      }
      expect(rest).toHaveLength(3);
      expect(rest[0]).toMatch(/FROM case_file c/);
      expect(rest[1]).toMatch(/FROM case_participant cp/);
      // One audit event for the whole page (all its persons), written before the answer.
      expect(rest[2]).toMatch(/INSERT INTO audit_event/);
    }
    // Without nested participations, the page is the only statement.
    const plain = await statementsDuring(() =>
      as.politie!.gql(`{ cases(first: 50) { nodes { reference subject { bsn { value } } } } }`),
    );
    expect(plain).toHaveLength(2);
    expect(plain[1]).toMatch(/INSERT INTO audit_event/);
  });
  it('reads only the parts of a case the client selected, and lists the same cases', async () => {
    await loadCases();
    type Node = { id: string; subject?: { familyName: { value: string | null; access: string } } };
    type Page = { cases: { nodes: Node[] } };
    const full = ok(
      await as.politie!.gql<Page>(`{ cases(first: 50) { nodes { id
        subject { familyName { value access } } referringAgency { name }
        casusregisseurAgency { name } casusregisseur { displayName } } } }`),
    ).cases.nodes;
    let bare: GqlResponse<Page> | undefined;
    const statements = await statementsDuring(async () => {
      bare = await as.politie!.gql<Page>(`{ cases(first: 50) { nodes { id reference } } }`);
    });
    expect(ok(bare!).cases.nodes.map((n) => n.id)).toEqual(full.map((n) => n.id));
    const page = statements.find((sql) => /FROM case_file c/.test(sql))!;
    expect(page).not.toMatch(/JOIN person/);
    expect(page).not.toMatch(/FROM agency/);
    expect(page).not.toMatch(/FROM app_user/);
    // Asked for through a fragment, the person is loaded and masked as before.
    const viaFragment = ok(
      await as.politie!.gql<Page>(
        `query { cases(first: 50) { nodes { ...Subject } } }
         fragment Subject on Case { id subject { familyName { value access } } }`,
      ),
    ).cases.nodes;
    expect(viaFragment).toEqual(full.map(({ id, subject }) => ({ id, subject })));
    expect(viaFragment.some((n) => n.subject?.familyName.value)).toBe(true);
  });

  it('loads the nested items of a whole page in one more statement, not one per case', async () => {
    await loadCases();
    let page: GqlResponse<{ cases: { nodes: { informationItems: unknown[] }[] } }> | undefined;
    const statements = await statementsDuring(async () => {
      page = await as.politie!.gql(
        `{ cases(first: 40) { nodes { reference informationItems { category access } } } }`,
      );
    });
    const nodes = ok(page!).cases.nodes;
    expect(nodes).toHaveLength(40);
    expect(nodes.some((node) => node.informationItems.length > 0)).toBe(true);
    // The session statement, unless the session is held in memory (ADR 0013).
    const rest = statements.filter((sql) => !/FROM app_user u/.test(sql));
    expect(rest).toHaveLength(3);
    expect(rest[1]).toMatch(/FROM information_item i/);
    expect(rest[2]).toMatch(/INSERT INTO audit_event/);
  });
});

describe('one case', () => {
  it('is not found for an agency that does not take part, and a malformed id is bad input', async () => {
    const res = await as.woning!.gql(CASE_DETAIL, { id: caseId('ZVH-2026-002') });
    expect(errorCode(res)).toBe('NOT_FOUND');
    const none = await as.woning!.gql(CASE_DETAIL, { id: '00000000-0000-4000-8000-000000000000' });
    expect(res.errors![0]!.message).toBe(none.errors![0]!.message);
    const bad = await as.woning!.gql(CASE_DETAIL, { id: 'not-an-id' });
    expect([errorCode(bad), errorField(bad)]).toEqual(['BAD_USER_INPUT', 'id']);
  });

  it('masks what the covenant withholds, and says so', async () => {
    const { case: detail } = ok(
      await as.woning!.gql<{ case: CaseDetail }>(CASE_DETAIL, { id: caseId('ZVH-2026-001') }),
    );
    expect(detail.subject.familyName).toEqual({ access: 'FULL', value: 'Voorbeeld' });
    expect(detail.subject.bsn).toEqual({ access: 'WITHHELD', value: null });
    expect(categoriesShown(detail)).toEqual([
      'CARE_SIGNAL:FULL',
      'IDENTITY:FULL',
      'PLAN:FULL',
      'POLICE:SUMMARY',
      'SAFETY:FULL',
    ]);
    const police = detail.informationItems.find((item) => item.category === 'POLICE')!;
    expect(police.text).toBeNull();
    expect(police.summary).toBe('Recente incidenten in de wijk; politie is betrokken.');
    expect(detail.categoryAccess.find((c) => c.category === 'JUSTICE')).toEqual({
      category: 'JUSTICE',
      access: 'WITHHELD',
      accessBasis: null,
      canWrite: false,
    });
  });
});

describe('consent and conflict of duties', () => {
  const careOf = async (caller: Caller, reference: string) => {
    const { case: detail } = ok(
      await caller.gql<{ case: CaseDetail }>(CASE_DETAIL, { id: caseId(reference) }),
    );
    return detail.informationItems.filter((item) => item.category === 'CARE');
  };

  it('consent lets the wijkteam read care information until it is withdrawn', async () => {
    const [care] = await careOf(as.wijkteam!, 'ZVH-2026-001');
    expect(care).toMatchObject({ access: 'FULL', accessBasis: 'CONSENT' });
    const consents = ok(
      await as.ggz!.gql<{ consents: { id: string; category: string; active: boolean }[] }>(
        `query($c: ID!) { consents(caseId: $c) { id category active } }`,
        { c: caseId('ZVH-2026-001') },
      ),
    ).consents;
    const withdrawn = await as.ggz!.gql<{ withdrawConsent: { active: boolean } }>(
      `mutation($id: ID!) { withdrawConsent(consentId: $id) { active withdrawnAt } }`,
      { id: consents[0]!.id },
    );
    expect(ok(withdrawn).withdrawConsent.active).toBe(false);
    expect(await careOf(as.wijkteam!, 'ZVH-2026-001')).toEqual([]);

    const again = await as.ggz!.gql(
      `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id active caseId } }`,
      {
        input: {
          caseId: caseId('ZVH-2026-001'),
          category: 'CARE',
          recipientAgencyId: agencyId('Wijkteam Demostad-Noord'),
        },
      },
    );
    expect(ok(again)).toMatchObject({
      recordConsent: { active: true, caseId: caseId('ZVH-2026-001') },
    });
    expect(await careOf(as.wijkteam!, 'ZVH-2026-001')).toHaveLength(1);
  });

  it('only the holder of a category records consent for it; others change nothing', async () => {
    const count = async () =>
      (await t.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM consent`))[0]!.n;
    const before = await count();
    const res = await as.wijkteam!.gql(
      `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
      {
        input: {
          caseId: caseId('ZVH-2026-001'),
          category: 'CARE',
          recipientAgencyId: agencyId('Woonstichting Demohuis'),
        },
      },
    );
    expect([errorCode(res), errorField(res)]).toEqual(['FORBIDDEN', 'category']);
    expect(await count()).toBe(before);
  });

  it('a conflict-of-duties decision opens care information for the police in that case only', async () => {
    const [care] = await careOf(as.politie!, 'ZVH-2026-002');
    expect(care).toMatchObject({ access: 'FULL', accessBasis: 'CONFLICT_OF_DUTIES' });
    expect(await careOf(as.politie!, 'ZVH-2026-001')).toEqual([]);

    const short = await as.veiligthuis!.gql(
      `mutation($input: RecordConflictOfDutiesDecisionInput!) {
         recordConflictOfDutiesDecision(input: $input) { id } }`,
      {
        input: {
          caseId: caseId('ZVH-2026-002'),
          category: 'CARE',
          recipientAgencyId: agencyId('Gemeente Demostad'),
          reasoning: 'Te kort.',
        },
      },
    );
    expect([errorCode(short), errorField(short)]).toEqual(['BAD_USER_INPUT', 'reasoning']);

    const decisions = ok(
      await as.politie!.gql<{ conflictOfDutiesDecisions: { id: string }[] }>(
        `query($c: ID!) { conflictOfDutiesDecisions(caseId: $c) { id } }`,
        { c: caseId('ZVH-2026-002') },
      ),
    ).conflictOfDutiesDecisions;
    expect(decisions).toHaveLength(1);
    // The recipient cannot withdraw it; the care provider that decided can.
    const byPolice = await as.politie!.gql(
      `mutation($id: ID!) { withdrawConflictOfDutiesDecision(decisionId: $id) { active } }`,
      { id: decisions[0]!.id },
    );
    expect(errorCode(byPolice)).toBe('FORBIDDEN');
    ok(
      await as.veiligthuis!.gql(
        `mutation($id: ID!) { withdrawConflictOfDutiesDecision(decisionId: $id) { active } }`,
        { id: decisions[0]!.id },
      ),
    );
    expect(await careOf(as.politie!, 'ZVH-2026-002')).toEqual([]);
  });
});

describe('participation', () => {
  const ADD = `mutation($input: AddCaseParticipantInput!) {
    addCaseParticipant(input: $input) { id active agency { name } } }`;

  it('the procesregisseur invites an agency, which then sees the case until it is ended', async () => {
    const input = {
      caseId: caseId('ZVH-2026-002'),
      agencyId: agencyId('Woonstichting Demohuis'),
      role: 'PARTNER',
      reason: 'Urgentie voor een andere woning',
      reasonCategories: ['PLAN'],
      legalBasis: 'Convenant art. 5',
    };
    const short = await as.regie!.gql(ADD, { input: { ...input, reason: 'Kort' } });
    expect([errorCode(short), errorField(short)]).toEqual(['BAD_USER_INPUT', 'reason']);
    expect(errorCode(await as.woning!.gql(CASE_DETAIL, { id: input.caseId }))).toBe('NOT_FOUND');

    const added = ok(await as.regie!.gql<{ addCaseParticipant: { id: string } }>(ADD, { input }));
    const { case: seen } = ok(
      await as.woning!.gql<{ case: CaseDetail }>(CASE_DETAIL, { id: input.caseId }),
    );
    expect(categoriesShown(seen)).toEqual(['POLICE:SUMMARY', 'SAFETY:FULL']);
    expect(errorCode(await as.regie!.gql(ADD, { input }))).toBe('CONFLICT');

    ok(
      await as.regie!.gql(
        `mutation($input: EndCaseParticipationInput!) { endCaseParticipation(input: $input) { active } }`,
        { input: { participantId: added.addCaseParticipant.id, reason: 'Woning is geregeld' } },
      ),
    );
    expect(errorCode(await as.woning!.gql(CASE_DETAIL, { id: input.caseId }))).toBe('NOT_FOUND');
  });

  it('is not for members', async () => {
    const res = await as.politie!.gql(ADD, {
      input: {
        caseId: caseId('ZVH-2026-001'),
        agencyId: agencyId('Exodus Demo-regio'),
        role: 'PARTNER',
        reason: 'Zou niet mogen lukken',
        reasonCategories: ['PLAN'],
        legalBasis: 'Geen',
      },
    });
    expect(errorCode(res)).toBe('FORBIDDEN');
  });
});

describe('adding information', () => {
  it('refuses bad input with the field named and stores nothing', async () => {
    const count = async () =>
      (await t.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM information_item`))[0]!.n;
    const before = await count();
    const res = await as.politie!.gql(
      `mutation($input: AddInformationItemInput!) { addInformationItem(input: $input) { id } }`,
      {
        input: {
          caseId: caseId('ZVH-2026-001'),
          category: 'POLICE',
          legalBasis: 'Wpg art. 16',
          text: '   ',
        },
      },
    );
    expect([errorCode(res), errorField(res)]).toEqual(['BAD_USER_INPUT', 'text']);
    expect(await count()).toBe(before);
  });
});

describe('persons', () => {
  const SEARCH = `query($input: SearchPersonsInput!) {
    searchPersons(input: $input) { caseIds person { familyName { access value } bsn { access value } } } }`;

  it('finds by name and birth date within rights, and by BSN only with BSN access', async () => {
    const byName = ok(
      await as.woning!.gql<{ searchPersons: unknown[] }>(SEARCH, {
        input: { familyName: 'voorbeeld', dateOfBirth: '1994-03-12' },
      }),
    );
    expect(byName.searchPersons).toEqual([
      {
        caseIds: [caseId('ZVH-2026-001')],
        person: {
          familyName: { access: 'FULL', value: 'Voorbeeld' },
          bsn: { access: 'WITHHELD', value: null },
        },
      },
    ]);
    const bsn = '900001008';
    expect(
      ok(await as.woning!.gql<{ searchPersons: unknown[] }>(SEARCH, { input: { bsn } }))
        .searchPersons,
    ).toEqual([]);
    const police = ok(
      await as.politie!.gql<{ searchPersons: unknown[] }>(SEARCH, { input: { bsn } }),
    );
    expect(police.searchPersons).toHaveLength(1);
  });

  it('refuses an invalid BSN and a name without birth date', async () => {
    const bsn = await as.politie!.gql(SEARCH, { input: { bsn: '123456789' } });
    expect([errorCode(bsn), errorField(bsn)]).toEqual(['BAD_USER_INPUT', 'bsn']);
    const name = await as.politie!.gql(SEARCH, { input: { familyName: 'Voorbeeld' } });
    expect([errorCode(name), errorField(name)]).toEqual(['BAD_USER_INPUT', 'dateOfBirth']);
  });
});

describe('view as', () => {
  const VIEW_AS = `query($c: ID!, $a: ID!) { caseAsAgency(caseId: $c, agencyId: $a) {
    canReadCase targetBasis withheldBecause viewerCanReadCase reference agency { name }
    subject { field category targetAccess targetBasis withheldBecause access value }
    categories { category targetAccess targetBasis withheldBecause access itemCount }
    items { id category targetAccess targetBasis access text summary sourceAgency { name } } } }`;
  interface Marked {
    category: string;
    targetAccess: string;
    targetBasis: string | null;
    withheldBecause: string | null;
    access: string;
  }
  interface Preview {
    canReadCase: boolean;
    targetBasis: string | null;
    withheldBecause: string | null;
    viewerCanReadCase: boolean;
    reference: string;
    agency: { name: string };
    subject: (Marked & { field: string; value: string | null })[];
    categories: (Marked & { itemCount: number })[];
    items: (Marked & { id: string; text: string | null; summary: string | null })[];
  }
  const preview = async (who: string, reference: string, agency: string) =>
    ok(
      await as[who]!.gql<{ caseAsAgency: Preview }>(VIEW_AS, {
        c: caseId(reference),
        a: agencyId(agency),
      }),
    ).caseAsAgency;
  const category = (p: Preview, c: string) => p.categories.find((x) => x.category === c)!;
  const items = (p: Preview, c: string) => p.items.filter((x) => x.category === c);
  // Every piece of content of ZVH-2026-001 and -004 a careless preview could hand out.
  const CONTENT = [
    'Voorbeeld',
    '900001008',
    'Diagnose',
    'behandelplan',
    'Schulden',
    'agressief',
    'dagbesteding',
  ];

  it('shows the privacy officer only the shape, never content, even of a case the ZVH takes no part in', async () => {
    const asGgz = await preview('privacy', 'ZVH-2026-001', 'GGZ Demoland');
    expect(asGgz).toMatchObject({ canReadCase: true, viewerCanReadCase: false });
    // The CARE agency would read CARE in full, on the covenant; the officer reads none of it.
    expect(category(asGgz, 'CARE')).toMatchObject({
      targetAccess: 'FULL',
      targetBasis: 'COVENANT',
      access: 'VISIBLE_TO_TARGET_ONLY',
      itemCount: 1,
    });
    expect(items(asGgz, 'CARE')).toEqual([
      expect.objectContaining({
        targetAccess: 'FULL',
        access: 'VISIBLE_TO_TARGET_ONLY',
        text: null,
        summary: null,
      }),
    ]);
    expect(asGgz.subject.find((f) => f.field === 'FAMILY_NAME')).toMatchObject({
      targetAccess: 'FULL',
      access: 'VISIBLE_TO_TARGET_ONLY',
      value: null,
    });
    // GGZ (CARE) gets no BSN: withheld for X, and why.
    expect(asGgz.subject.find((f) => f.field === 'BSN')).toMatchObject({
      targetAccess: 'WITHHELD',
      withheldBecause: 'NOT_GRANTED',
      access: 'WITHHELD',
      value: null,
    });
    const outside = await preview('privacy', 'ZVH-2026-004', 'Wijkteam Demostad-Noord');
    expect(outside).toMatchObject({ canReadCase: true, viewerCanReadCase: false });
    expect(category(outside, 'SOCIAL')).toMatchObject({
      targetAccess: 'FULL',
      access: 'VISIBLE_TO_TARGET_ONLY',
    });
    for (const p of [asGgz, outside]) {
      const content = [
        ...p.subject.map((f) => f.value),
        ...p.items.flatMap((i) => [i.text, i.summary]),
      ];
      expect(content.filter((v) => v !== null)).toEqual([]);
      const answer = JSON.stringify(p);
      for (const text of CONTENT) expect(answer).not.toContain(text);
    }
  });

  it('lets the functional administrator check the covenant’s effect as shape only', async () => {
    const asWijkteam = await preview('beheer', 'ZVH-2026-001', 'Wijkteam Demostad-Noord');
    // The consent the GGZ recorded for the wijkteam shows as its basis, without the text.
    expect(category(asWijkteam, 'CARE')).toMatchObject({
      targetAccess: 'FULL',
      targetBasis: 'CONSENT',
      access: 'VISIBLE_TO_TARGET_ONLY',
    });
    expect(category(asWijkteam, 'POLICE')).toMatchObject({
      targetAccess: 'SUMMARY',
      targetBasis: 'COVENANT',
      access: 'VISIBLE_TO_TARGET_ONLY',
    });
    expect(new Set(asWijkteam.categories.map((c) => c.access))).toEqual(
      new Set(['VISIBLE_TO_TARGET_ONLY', 'WITHHELD']),
    );
    const answer = JSON.stringify(asWijkteam);
    for (const text of CONTENT) expect(answer).not.toContain(text);
  });

  it('shows the procesregisseur CARE as FULL for the CARE agency but not its text, since its own view withholds CARE', async () => {
    const own = ok(
      await as.regie!.gql<{ case: CaseDetail }>(CASE_DETAIL, { id: caseId('ZVH-2026-001') }),
    ).case;
    expect(own.categoryAccess.find((c) => c.category === 'CARE')?.access).toBe('WITHHELD');
    const asGgz = await preview('regie', 'ZVH-2026-001', 'GGZ Demoland');
    expect(asGgz.viewerCanReadCase).toBe(true);
    expect(category(asGgz, 'CARE')).toMatchObject({
      targetAccess: 'FULL',
      targetBasis: 'COVENANT',
      access: 'VISIBLE_TO_TARGET_ONLY',
    });
    expect(items(asGgz, 'CARE')).toEqual([
      expect.objectContaining({
        targetAccess: 'FULL',
        access: 'VISIBLE_TO_TARGET_ONLY',
        text: null,
      }),
    ]);
    expect(JSON.stringify(asGgz)).not.toContain('Diagnose');
    // What both may read is shown, never more than the previewed agency gets: POLICE is a summary
    // for the GGZ, although the procesregisseur reads it in full.
    expect(items(asGgz, 'SAFETY')[0]).toMatchObject({
      access: 'FULL',
      text: expect.any(String) as unknown,
    });
    expect(own.categoryAccess.find((c) => c.category === 'POLICE')?.access).toBe('FULL');
    expect(category(asGgz, 'POLICE')).toMatchObject({ targetAccess: 'SUMMARY', access: 'SUMMARY' });
    for (const item of items(asGgz, 'POLICE')) expect(item.text).toBeNull();
    expect(asGgz.subject.find((f) => f.field === 'FAMILY_NAME')).toMatchObject({
      access: 'FULL',
      value: 'Voorbeeld',
    });
  });

  it('has the shape of the previewed agency’s own view of the case', async () => {
    for (const [who, agency] of [
      ['woning', 'Woonstichting Demohuis'],
      ['ggz', 'GGZ Demoland'],
      ['wijkteam', 'Wijkteam Demostad-Noord'],
    ] as const) {
      const own = ok(
        await as[who]!.gql<{ case: CaseDetail }>(CASE_DETAIL, { id: caseId('ZVH-2026-001') }),
      ).case;
      for (const viewer of ['regie', 'privacy', 'beheer']) {
        const p = await preview(viewer, 'ZVH-2026-001', agency);
        expect(p.categories.map((c) => [c.category, c.targetAccess, c.targetBasis])).toEqual(
          own.categoryAccess.map((c) => [c.category, c.access, c.accessBasis]),
        );
        expect(p.items.map((i) => [i.category, i.targetAccess, i.targetBasis])).toEqual(
          own.informationItems.map((i) => [i.category, i.access, i.accessBasis]),
        );
        expect(p.subject.find((f) => f.field === 'FAMILY_NAME')?.targetAccess).toBe(
          own.subject.familyName.access,
        );
        expect(p.subject.find((f) => f.field === 'BSN')?.targetAccess).toBe(own.subject.bsn.access);
      }
    }
  });

  it('says why an agency that takes no part would see nothing', async () => {
    const exodus = await preview('regie', 'ZVH-2026-001', 'Exodus Demo-regio');
    expect(exodus).toMatchObject({
      canReadCase: false,
      withheldBecause: 'NOT_A_PARTICIPANT',
      items: [],
    });
    // Every person field is listed as withheld, with why, and without a value.
    expect(exodus.subject).toHaveLength(5);
    expect(
      new Set(
        exodus.subject.map((f) => `${f.targetAccess} ${f.access} ${f.withheldBecause} ${f.value}`),
      ),
    ).toEqual(new Set(['WITHHELD WITHHELD NOT_A_PARTICIPANT null']));
    expect(new Set(exodus.categories.map((c) => `${c.targetAccess} ${c.withheldBecause}`))).toEqual(
      new Set(['WITHHELD NOT_A_PARTICIPANT']),
    );
  });

  it('is audited as a preview naming the agency, with what the viewer itself was shown', async () => {
    const target = agencyId('GGZ Demoland');
    const events = async (who: string) =>
      await t.db.query<Record<string, unknown>[]>(
        `SELECT action, result, case_id AS "caseId", categories, record_type AS "recordType",
                record_id AS "recordId", cardinality(person_ids) AS persons
           FROM audit_event WHERE actor_user_id = $1 AND operation = 'Query.caseAsAgency'
          ORDER BY id DESC LIMIT 1`,
        [as[who]!.userId],
      );
    await preview('privacy', 'ZVH-2026-001', 'GGZ Demoland');
    expect(await events('privacy')).toEqual([
      {
        action: 'VIEW_AS',
        result: 'ALLOWED',
        caseId: caseId('ZVH-2026-001'),
        categories: [],
        recordType: 'Agency',
        recordId: target,
        persons: 1,
      },
    ]);
    await preview('regie', 'ZVH-2026-001', 'GGZ Demoland');
    const [regie] = await events('regie');
    // Shown to the procesregisseur: what both may read. Never CARE, never a read "as" the GGZ.
    expect(regie).toMatchObject({ action: 'VIEW_AS', recordId: target });
    expect(regie!.categories).toEqual(
      expect.arrayContaining(['IDENTITY', 'POLICE:SUMMARY', 'SAFETY']),
    );
    expect(regie!.categories).not.toContain('CARE');
    expect(regie!.categories).not.toContain('POLICE');
  });

  it('is refused to members, for cases outside the procesregisseur’s own view, and for agencies outside the region', async () => {
    const vars = { c: caseId('ZVH-2026-001'), a: agencyId('Woonstichting Demohuis') };
    expect(errorCode(await as.politie!.gql(VIEW_AS, vars))).toBe('FORBIDDEN');
    // The procesregisseur previews only cases its own agency takes part in.
    const outside = await as.regie!.gql(VIEW_AS, {
      c: caseId('ZVH-2026-004'),
      a: agencyId('Wijkteam Demostad-Noord'),
    });
    expect(errorCode(outside)).toBe('NOT_FOUND');
    const unknown = await as.regie!.gql(VIEW_AS, {
      c: caseId('ZVH-2026-001'),
      a: '00000000-0000-4000-8000-000000000000',
    });
    expect([errorCode(unknown), errorField(unknown)]).toEqual(['BAD_USER_INPUT', 'agencyId']);
  });
});

describe('break-the-glass', () => {
  const BREAK = `mutation($input: BreakGlassInput!) { breakGlass(input: $input) { caseId reason expiresAt } }`;

  it('opens a case outside the covenant only with a written reason, flagged', async () => {
    const id = caseId('ZVH-2026-004');
    expect(errorCode(await as.regie!.gql(CASE_DETAIL, { id }))).toBe('NOT_FOUND');
    const short = await as.regie!.gql(BREAK, { input: { caseId: id, reason: 'Dringend' } });
    expect([errorCode(short), errorField(short)]).toEqual(['BAD_USER_INPUT', 'reason']);
    const rows = await t.db.query<unknown[]>(`SELECT 1 FROM break_glass WHERE case_id = $1`, [id]);
    expect(rows).toHaveLength(0);
    expect(
      errorCode(await as.politie!.gql(BREAK, { input: { caseId: id, reason: 'x'.repeat(30) } })),
    ).toBe('FORBIDDEN');

    ok(
      await as.regie!.gql(BREAK, {
        input: { caseId: id, reason: 'Acute dreiging gemeld, casusregisseur niet bereikbaar' },
      }),
    );
    const { case: opened } = ok(await as.regie!.gql<{ case: CaseDetail }>(CASE_DETAIL, { id }));
    expect(opened.accessBasis).toBe('BREAK_GLASS');
    expect(
      opened.informationItems.map((i) => `${i.category}:${i.access}:${i.accessBasis}`).sort(),
    ).toEqual(['POLICE:FULL:BREAK_GLASS', 'SOCIAL:FULL:BREAK_GLASS']);
    expect(opened.categoryAccess.every((c) => !c.canWrite)).toBe(true);
  });
});

describe('the covenant as data', () => {
  const COVENANT = `{ covenant { version current note entries { agencyType agency { id name } category read write readSummary } } }`;
  const PROPOSE = `mutation($input: UpdateCovenantInput!) { proposeCovenantChange(input: $input) { id } }`;
  const APPROVE = `mutation($input: DecideCovenantProposalInput!) { approveCovenantProposal(input: $input) { resultingVersion } }`;
  interface Entry {
    agencyType: string | null;
    agency: { id: string; name: string } | null;
    category: string;
    read: boolean;
    write: boolean;
    readSummary: boolean;
  }
  const asInput = (entries: Entry[]) =>
    entries.map(({ agency, ...entry }) => (agency ? { ...entry, agencyId: agency.id } : entry));

  it('is read by the administrator and the privacy officer only', async () => {
    const covenant = ok(
      await as.beheer!.gql<{ covenant: { version: number; entries: Entry[] } }>(COVENANT),
    ).covenant;
    expect(covenant.version).toBe(1);
    expect(covenant.entries).toHaveLength(100);
    expect(
      ok(await as.privacy!.gql<{ covenant: { version: number } }>(COVENANT)).covenant.version,
    ).toBe(1);
    expect(errorCode(await as.politie!.gql(COVENANT))).toBe('FORBIDDEN');
  });

  it('a change proposed by the administrator takes effect once approved, with history', async () => {
    const { entries } = ok(
      await as.beheer!.gql<{ covenant: { entries: Entry[] } }>(COVENANT),
    ).covenant;
    const tightened = asInput(entries).map((entry) =>
      entry.agencyType === 'HOUSING' && entry.category === 'IDENTITY'
        ? { ...entry, read: false, write: false }
        : entry,
    );
    const stale = await as.beheer!.gql(PROPOSE, {
      input: { baseVersion: 0, note: 'Verouderd', entries: tightened },
    });
    expect([errorCode(stale), errorField(stale)]).toEqual(['CONFLICT', 'baseVersion']);
    const invalid = asInput(entries).map((entry, index) =>
      index === 7 ? { ...entry, read: false, write: true } : entry,
    );
    const refused = await as.beheer!.gql(PROPOSE, {
      input: { baseVersion: 1, note: 'Schrijven zonder lezen', entries: invalid },
    });
    expect([errorCode(refused), errorField(refused)]).toEqual(['BAD_USER_INPUT', 'entries[7]']);
    expect(
      errorCode(
        await as.privacy!.gql(PROPOSE, {
          input: { baseVersion: 1, note: 'Niet mijn taak', entries: asInput(entries) },
        }),
      ),
    ).toBe('FORBIDDEN');

    const proposeAndApprove = async (baseVersion: number, note: string, input: unknown[]) => {
      const { proposeCovenantChange } = ok(
        await as.beheer!.gql<{ proposeCovenantChange: { id: string } }>(PROPOSE, {
          input: { baseVersion, note, entries: input },
        }),
      );
      return ok(
        await as.privacy!.gql<{ approveCovenantProposal: { resultingVersion: number } }>(APPROVE, {
          input: { proposalId: proposeCovenantChange.id },
        }),
      ).approveCovenantProposal.resultingVersion;
    };
    expect(await proposeAndApprove(1, 'Woningcorporaties zonder identiteit', tightened)).toBe(2);
    const { case: detail } = ok(
      await as.woning!.gql<{ case: CaseDetail }>(CASE_DETAIL, { id: caseId('ZVH-2026-001') }),
    );
    expect(detail.subject.familyName).toEqual({ access: 'WITHHELD', value: null });

    // One named agency overrides its type.
    const override = [
      ...tightened,
      {
        agencyId: agencyId('Woonstichting Demohuis'),
        category: 'IDENTITY',
        read: true,
        write: false,
        readSummary: false,
      },
    ];
    expect(await proposeAndApprove(2, 'Uitzondering Demohuis', override)).toBe(3);
    const again = ok(
      await as.woning!.gql<{ case: CaseDetail }>(CASE_DETAIL, { id: caseId('ZVH-2026-001') }),
    ).case;
    expect(again.subject.familyName.access).toBe('FULL');
    const history = ok(
      await as.privacy!.gql<{
        covenantVersions: {
          version: number;
          createdBy: string | null;
          approvedBy: string | null;
        }[];
      }>(`{ covenantVersions { version createdBy approvedBy } }`),
    ).covenantVersions;
    expect(history).toEqual([
      { version: 3, createdBy: 'Kees Vermeulen', approvedBy: 'Femke van Dijk' },
      { version: 2, createdBy: 'Kees Vermeulen', approvedBy: 'Femke van Dijk' },
      { version: 1, createdBy: null, approvedBy: null },
    ]);
  });

  it('of two approvals of proposals from the same version, one wins and the other is told to reload', async () => {
    const current = ok(
      await as.beheer!.gql<{ covenant: { version: number; entries: Entry[] } }>(COVENANT),
    ).covenant;
    const input = {
      baseVersion: current.version,
      note: 'Gelijktijdig voorgesteld',
      entries: asInput(current.entries),
    };
    const ids = [];
    for (let i = 0; i < 2; i++) {
      ids.push(
        ok(await as.beheer!.gql<{ proposeCovenantChange: { id: string } }>(PROPOSE, { input }))
          .proposeCovenantChange.id,
      );
    }
    const results = await Promise.all(
      ids.map((proposalId) => as.privacy!.gql(APPROVE, { input: { proposalId } })),
    );
    expect(results.map((res) => (res.data ? 'saved' : errorCode(res))).sort()).toEqual([
      'CONFLICT',
      'saved',
    ]);
  });
});
