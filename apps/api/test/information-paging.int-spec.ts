// A case with more information than one answer holds: the first 500 items and the counts say that
// older ones exist, the pages after them hold the rest without gaps or duplicates, the category is
// filtered in SQL (one statement per page of cases and distinct category), and items the agency
// may not read never appear on any page.
import { Client } from 'pg';
import { errorCode, errorField, ok } from './support/graphql-client';
import { callerByEmail, idsBy, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let politie: Caller;
let ggz: Caller;
let caseId: string;

/** POLICE items (the police read them in full), 30 of them sharing one moment around rank 200. */
const POLICE_ITEMS = 620;
/** CARE items: withheld from the police, interleaved in time with the police items. */
const CARE_ITEMS = 40;
/** CARE_SIGNAL items: the police read them in full. */
const SIGNAL_ITEMS = 10;

interface Item {
  id: string;
  category: string;
  cursor: string;
}
const ITEM = `id category cursor`;

beforeAll(async () => {
  t = await createTestApp();
  politie = await callerByEmail(t, 'wijkagent@politie.demo.example');
  ggz = await callerByEmail(t, 'ggz@ggz.demo.example');
  const agencies = await idsBy(t, `SELECT name AS key, id FROM agency`);
  const police = agencies.get('Politie basisteam Demostad')!;
  const care = agencies.get('GGZ Demoland')!;
  const [region] = await t.db.query<
    {
      id: string;
    }[]
  >(`SELECT id FROM region WHERE code = 'demo'`);
  // A person of its own: no consent of the demo data reaches these items.
  const [person] = await t.db.query<{ id: string }[]>(
    `INSERT INTO person (region_id, given_names, family_name, date_of_birth)
     VALUES ($1, 'Paging', 'Testpersoon', '1990-01-01') RETURNING id`,
    [region!.id],
  );
  const [created] = await t.db.query<{ id: string }[]>(
    `INSERT INTO case_file (region_id, reference, subject_person_id, theme, status, referring_agency_id)
     VALUES ($1, 'PAGING-1', $2, 'OTHER', 'ACTIVE', $3) RETURNING id`,
    [region!.id, person!.id, police],
  );
  caseId = created!.id;
  await t.db.query(
    `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis)
     SELECT $1, $2, a.id, 'PARTNER', 'Paging test', 'Test'
       FROM (VALUES ($3::uuid), ($4::uuid)) AS a(id)`,
    [region!.id, caseId, police, care],
  );
  const insert = (category: string, source: string, count: number, moment: string) =>
    t.db.query(
      `INSERT INTO information_item (region_id, case_id, person_id, category, source_agency_id,
                                     legal_basis, text, created_at)
       SELECT $1, $2, $3, $4, $5, 'Paging test', $4 || ' item ' || n,
              timestamptz '2026-01-01 12:00:00+00' - (${moment}) * interval '1 second'
         FROM generate_series(1, $6::int) n`,
      [region!.id, caseId, person!.id, category, source, count],
    );
  await insert(
    'POLICE',
    police,
    POLICE_ITEMS,
    `CASE WHEN n BETWEEN 190 AND 220 THEN 190 ELSE n END`,
  );
  await insert('CARE', care, CARE_ITEMS, `n * 17 + 0.5`);
  await insert('CARE_SIGNAL', care, SIGNAL_ITEMS, `n * 61 + 0.25`);
});
afterAll(async () => {
  await t.close();
});

/** The ids of the case's items, newest first, straight from the table. */
async function storedIds(categories: string[]): Promise<string[]> {
  const rows = await t.db.query<{ id: string }[]>(
    `SELECT id FROM information_item WHERE case_id = $1 AND category = ANY($2)
      ORDER BY created_at DESC, id DESC`,
    [caseId, categories],
  );
  return rows.map((row) => row.id);
}

/** Every page of the root query until one comes back short. */
async function allPages(
  caller: Caller,
  variables: Record<string, unknown>,
): Promise<{ pages: number[]; ids: string[]; categories: Set<string> }> {
  const pages: number[] = [];
  const items: Item[] = [];
  const first = (variables.first as number | undefined) ?? 500;
  for (;;) {
    const page = ok(
      await caller.gql<{ informationItems: Item[] }>(
        `query($c: ID!, $category: InformationCategory, $first: Int, $after: String) {
           informationItems(caseId: $c, category: $category, first: $first, after: $after) { ${ITEM} } }`,
        { c: caseId, after: items.at(-1)?.cursor ?? null, ...variables },
      ),
    ).informationItems;
    pages.push(page.length);
    items.push(...page);
    if (page.length < first) break;
  }
  return {
    pages,
    ids: items.map((item) => item.id),
    categories: new Set(items.map((item) => item.category)),
  };
}

/** The item statements the app sends while `fn` runs. */
async function itemStatementsDuring(fn: () => Promise<unknown>): Promise<string[]> {
  const spy = jest.spyOn(Client.prototype, 'query');
  try {
    await fn();
    return spy.mock.calls
      .map(([query]) => (typeof query === 'string' ? query : (query as { text: string }).text))
      .filter((sql) => sql.includes('FROM information_item i'));
  } finally {
    spy.mockRestore();
  }
}

const CASE_ITEMS = `query($id: ID!) { case(id: $id) {
  informationItems(category: POLICE) { ${ITEM} }
  informationItemCounts { category count } } }`;

describe('a case with more than 500 items', () => {
  it('returns the newest 500 of a category and counts every visible item, per category', async () => {
    const data = ok(
      await politie.gql<{
        case: {
          informationItems: Item[];
          informationItemCounts: { category: string; count: number }[];
        };
      }>(CASE_ITEMS, { id: caseId }),
    );
    expect(data.case.informationItems.map((item) => item.id)).toEqual(
      (await storedIds(['POLICE'])).slice(0, 500),
    );
    // CARE is withheld from the police: not counted either.
    expect(
      Object.fromEntries(data.case.informationItemCounts.map((c) => [c.category, c.count])),
    ).toEqual({ POLICE: POLICE_ITEMS, CARE_SIGNAL: SIGNAL_ITEMS });
  });

  it('pages through a category without gaps or duplicates, also across items of one moment', async () => {
    const { pages, ids, categories } = await allPages(politie, { category: 'POLICE', first: 200 });
    expect(pages).toEqual([200, 200, 200, 20]);
    expect(ids).toEqual(await storedIds(['POLICE']));
    expect(categories).toEqual(new Set(['POLICE']));
  });

  it('continues after the 500 items of the case page with the older ones', async () => {
    const first = ok(
      await politie.gql<{ case: { informationItems: Item[] } }>(CASE_ITEMS, { id: caseId }),
    ).case.informationItems;
    const rest = await allPages(politie, { category: 'POLICE', after: first.at(-1)!.cursor });
    expect(rest.pages).toEqual([POLICE_ITEMS - 500]);
    expect([...first.map((item) => item.id), ...rest.ids]).toEqual(await storedIds(['POLICE']));
  });

  it('never shows items the agency may not read, on any page', async () => {
    const police = await allPages(politie, { first: 250 });
    expect(police.ids).toEqual(await storedIds(['POLICE', 'CARE_SIGNAL']));
    expect(police.categories).toEqual(new Set(['POLICE', 'CARE_SIGNAL']));
    expect(
      ok(
        await politie.gql<{ informationItems: Item[] }>(
          `query($c: ID!) { informationItems(caseId: $c, category: CARE) { id } }`,
          { c: caseId },
        ),
      ).informationItems,
    ).toEqual([]);
    // The care agency reads CARE in full (the police items only as a summary, and they have none).
    const care = await allPages(ggz, { first: 500 });
    expect(care.ids).toEqual(await storedIds(['CARE', 'CARE_SIGNAL']));
  });

  it('refuses a page size outside 1–500 and a malformed cursor, naming the argument', async () => {
    for (const first of [0, 501, -1]) {
      const res = await politie.gql(
        `query($c: ID!, $first: Int!) { informationItems(caseId: $c, first: $first) { id } }`,
        { c: caseId, first },
      );
      expect([errorCode(res), errorField(res)]).toEqual(['BAD_USER_INPUT', 'first']);
    }
    const res = await politie.gql(
      `query($c: ID!) { informationItems(caseId: $c, after: "not-a-cursor") { id } }`,
      { c: caseId },
    );
    expect([errorCode(res), errorField(res)]).toEqual(['BAD_USER_INPUT', 'after']);
  });
});

describe('the category of Case.informationItems is filtered in SQL', () => {
  it('costs one item statement per page of cases, with the category in its WHERE', async () => {
    let nodes: { informationItems: Item[] }[] = [];
    const statements = await itemStatementsDuring(async () => {
      nodes = ok(
        await politie.gql<{ cases: { nodes: { informationItems: Item[] }[] } }>(
          `{ cases(first: 20) { nodes { informationItems(category: CARE_SIGNAL) { id category } } } }`,
        ),
      ).cases.nodes;
    });
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/i\.category = \$\d+/);
    const items = nodes.flatMap((node) => node.informationItems);
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((item) => item.category))).toEqual(new Set(['CARE_SIGNAL']));
  });

  it('costs one statement per distinct category argument on a page of cases', async () => {
    const statements = await itemStatementsDuring(async () => {
      ok(
        await politie.gql(
          `{ cases(first: 10) { nodes {
               a: informationItems(category: POLICE) { id }
               b: informationItems(category: POLICE) { id }
               c: informationItems(category: SAFETY) { id }
               d: informationItems { id } } } }`,
        ),
      );
    });
    expect(statements).toHaveLength(3);
  });

  it('loads the items of one case with the case, for the category asked, and uses them', async () => {
    const one = await itemStatementsDuring(() =>
      politie.gql(CASE_ITEMS.replace('informationItemCounts { category count }', ''), {
        id: caseId,
      }),
    );
    // The prefetched statement carries the category: no second statement for the field.
    expect(one).toHaveLength(1);
    expect(one[0]).toMatch(/i\.category = \$\d+/);

    let data: { case: { police: Item[]; all: Item[] } } | undefined;
    const two = await itemStatementsDuring(async () => {
      data = ok(
        await politie.gql<{ case: { police: Item[]; all: Item[] } }>(
          `query($id: ID!) { case(id: $id) {
             police: informationItems(category: POLICE) { ${ITEM} }
             all: informationItems { ${ITEM} } } }`,
          { id: caseId },
        ),
      );
    });
    // The prefetch is for POLICE only; the field without a category loads its own items.
    expect(two).toHaveLength(2);
    expect(new Set(data!.case.police.map((item) => item.category))).toEqual(new Set(['POLICE']));
    expect(data!.case.all.map((item) => item.id)).toEqual(
      (await storedIds(['POLICE', 'CARE_SIGNAL'])).slice(0, 500),
    );
  });
});
