// Issue 16 item 8: the source agency corrects (AVG art. 16) or erases (art. 17) one information
// item with a reason. The history keeps which item, who, when, why and on which request; the old
// content is gone from every read path (list, by id, nested on the case, text search, the table
// every export and PDF reads) and from the audit trail, which never held it.
import { errorCode, ok } from './support/graphql-client';
import { callerByEmail, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let regie: Caller;
let politie: Caller;
let beheer: Caller;
let caseId: string;
let personId: string;
let regionId: string;

const OLD = 'Woont op Foutstraat 13 (verkeerd overgenomen uit de melding).';
const NEW = 'Woont op Juiststraat 31, volgens de BRP.';
const ERASE_TEXT =
  'Onjuist signaal over Rectificatiepersoon dat nooit had mogen worden vastgelegd.';

const ADD = `mutation($input: AddInformationItemInput!) {
  addInformationItem(input: $input) { id text revision mayChange rectifiedAt } }`;
const RECTIFY = `mutation($input: RectifyInformationItemInput!) {
  rectifyInformationItem(input: $input) { id itemId kind changedAt
    item { id text summary revision rectifiedAt mayChange } } }`;
const ERASE = `mutation($input: EraseInformationItemInput!) {
  eraseInformationItem(input: $input) { id itemId kind item { id } } }`;
const LIST = `query($caseId: ID!, $text: String) {
  informationItems(caseId: $caseId, text: $text) { id text summary mayChange } }`;
const BY_ID = `query($id: ID!) { informationItem(id: $id) { id text } }`;
const NESTED = `query($id: ID!) { case(id: $id) { informationItems { id text summary } } }`;

interface Item {
  id: string;
  text: string | null;
  revision: number;
  mayChange: boolean;
  rectifiedAt: string | null;
}

const add = async (text: string): Promise<Item> =>
  ok(
    await regie.gql<{ addInformationItem: Item }>(ADD, {
      input: {
        caseId,
        category: 'PLAN',
        legalBasis: 'Convenant art. 5',
        text,
        shareableSummary: `Samenvatting: ${text}`,
      },
    }),
  ).addInformationItem;

/** Every place a reader could still find `needle`: API read paths and the stored rows. */
async function traces(as: Caller, needle: string): Promise<string[]> {
  const found: string[] = [];
  const list = ok(await as.gql<{ informationItems: Item[] }>(LIST, { caseId }));
  if (JSON.stringify(list).includes(needle)) found.push('list');
  const search = ok(
    await as.gql<{ informationItems: Item[] }>(LIST, { caseId, text: needle.slice(0, 12) }),
  );
  if (search.informationItems.length > 0) found.push('search');
  const nested = ok(await as.gql(NESTED, { id: caseId }));
  if (JSON.stringify(nested).includes(needle)) found.push('case');
  const rows = await t.db.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM information_item
      WHERE text LIKE '%' || $1 || '%' OR shareable_summary LIKE '%' || $1 || '%'`,
    [needle],
  );
  if (rows[0]!.n > 0) found.push('information_item');
  const history = await t.db.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM information_item_change c
      WHERE row_to_json(c)::text LIKE '%' || $1 || '%'`,
    [needle],
  );
  if (history[0]!.n > 0) found.push('history');
  const audit = await t.db.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM audit_event e WHERE row_to_json(e)::text LIKE '%' || $1 || '%'`,
    [needle],
  );
  if (audit[0]!.n > 0) found.push('audit');
  return found;
}

beforeAll(async () => {
  t = await createTestApp();
  regie = await callerByEmail(t, 'procesregisseur@zvh.demo.example');
  politie = await callerByEmail(t, 'wijkagent@politie.demo.example');
  beheer = await callerByEmail(t, 'beheer@zvh.demo.example');
  const [kevin] = await t.db.query<{ id: string; caseId: string; regionId: string }[]>(
    `SELECT p.id, c.id AS "caseId", p.region_id AS "regionId"
       FROM person p JOIN case_file c ON c.subject_person_id = p.id
      WHERE p.bsn = '900001008' AND c.reference = 'ZVH-2026-001'`,
  );
  personId = kevin!.id;
  caseId = kevin!.caseId;
  regionId = kevin!.regionId;
});
afterAll(async () => {
  await t.close();
});

describe('rectification and erasure of one information item', () => {
  it('the source corrects an item: new text, revision on, old text nowhere, history kept', async () => {
    const item = await add(OLD);
    expect(item).toMatchObject({ revision: 1, mayChange: true, rectifiedAt: null });
    expect(await traces(regie, 'Foutstraat 13')).toEqual([
      'list',
      'search',
      'case',
      'information_item',
    ]);

    const res = await regie.gql<{
      rectifyInformationItem: { kind: string; itemId: string; item: Item & { summary: string } };
    }>(RECTIFY, {
      input: {
        itemId: item.id,
        revision: 1,
        text: NEW,
        shareableSummary: null,
        reason: 'Adres verkeerd overgenomen; gecorrigeerd na verzoek via het WGS-contactpunt.',
      },
    });
    const change = ok(res).rectifyInformationItem;
    expect(change).toMatchObject({ kind: 'RECTIFIED', itemId: item.id });
    expect(change.item).toMatchObject({ text: NEW, summary: null, revision: 2, mayChange: true });
    expect(change.item.rectifiedAt).not.toBeNull();

    expect(await traces(regie, 'Foutstraat 13')).toEqual([]);
    expect(await traces(regie, 'Juiststraat 31')).toEqual([
      'list',
      'search',
      'case',
      'information_item',
    ]);

    const [history] = await t.db.query<Record<string, unknown>[]>(
      `SELECT c.kind, c.reason, c.item_id AS "itemId", c.case_id AS "caseId",
              c.changed_by_name AS "by", a.name AS "agency"
         FROM information_item_change c JOIN agency a ON a.id = c.source_agency_id
        WHERE c.item_id = $1`,
      [item.id],
    );
    expect(history).toMatchObject({
      kind: 'RECTIFIED',
      itemId: item.id,
      caseId,
      reason: 'Adres verkeerd overgenomen; gecorrigeerd na verzoek via het WGS-contactpunt.',
    });
    expect(history!['by']).toEqual(expect.any(String));

    // One UPDATE event for the correction: who, the person, the case and the item — ids only.
    const events = await t.db.query<{ result: string; personIds: string[]; recordId: string }[]>(
      `SELECT result, person_ids AS "personIds", record_id AS "recordId" FROM audit_event
        WHERE operation = 'Mutation.rectifyInformationItem' AND actor_user_id = $1`,
      [regie.userId],
    );
    expect(events).toEqual([{ result: 'ALLOWED', personIds: [personId], recordId: item.id }]);

    // A second correction from the same (now stale) revision changes nothing.
    const stale = await regie.gql(RECTIFY, {
      input: { itemId: item.id, revision: 1, text: 'Nog een versie', reason: 'Dubbel ingediend.' },
    });
    expect(errorCode(stale)).toBe('EDIT_CONFLICT');
    const [now] = await t.db.query<{ text: string }[]>(
      `SELECT text FROM information_item WHERE id = $1`,
      [item.id],
    );
    expect(now!.text).toBe(NEW);
  });

  it('only the source agency may change an item; a reason is required', async () => {
    const item = await add('Plan: wekelijks huisbezoek door de wijkcoach.');
    const input = { itemId: item.id, revision: 1, text: 'Overschreven', reason: 'Geen bron.' };
    for (const other of [politie, beheer]) {
      const res = await other.gql(RECTIFY, { input });
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorCode(res));
      const gone = await other.gql(ERASE, { input: { ...input, text: undefined } });
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorCode(gone));
    }
    const other = await politie.gql<{ informationItems: Item[] }>(LIST, { caseId });
    const seen = other.data?.informationItems.find((i) => i.id === item.id);
    if (seen) expect(seen.mayChange).toBe(false);

    const short = await regie.gql(ERASE, {
      input: { itemId: item.id, revision: 1, reason: 'fout' },
    });
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    const [still] = await t.db.query<{ text: string; revision: number }[]>(
      `SELECT text, revision FROM information_item WHERE id = $1`,
      [item.id],
    );
    expect(still).toEqual({ text: 'Plan: wekelijks huisbezoek door de wijkcoach.', revision: 1 });
  });

  it('erasure on an erasure request: gone from every read path, the history names the request', async () => {
    const item = await add(ERASE_TEXT);
    const [request] = await t.db.query<{ id: string }[]>(
      `INSERT INTO data_subject_request (region_id, person_id, given_names, family_name,
              date_of_birth, type, received_on, identity_verification, deadline)
       SELECT $1, p.id, p.given_names, p.family_name, p.date_of_birth, 'ERASURE', current_date,
              'Paspoort gezien aan de balie', current_date + 30
         FROM person p WHERE p.id = $2
       RETURNING id`,
      [regionId, personId],
    );
    // An access request (inzage) is not one a correction can answer.
    const [access] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM data_subject_request WHERE person_id = $1 AND type = 'ACCESS' LIMIT 1`,
      [personId],
    );
    const reason = 'Verzoek tot verwijdering (art. 17 AVG) toegewezen door de bronorganisatie.';
    if (access) {
      const wrong = await regie.gql(ERASE, {
        input: { itemId: item.id, revision: 1, reason, dataSubjectRequestId: access.id },
      });
      expect(errorCode(wrong)).toBe('NOT_FOUND');
    }

    const res = await regie.gql<{ eraseInformationItem: { kind: string; item: null } }>(ERASE, {
      input: { itemId: item.id, revision: 1, reason, dataSubjectRequestId: request!.id },
    });
    expect(ok(res).eraseInformationItem).toMatchObject({ kind: 'ERASED', item: null });

    expect(await traces(regie, 'Rectificatiepersoon')).toEqual([]);
    expect(errorCode(await regie.gql(BY_ID, { id: item.id }))).toBe('NOT_FOUND');
    const [history] = await t.db.query<{ kind: string; request: string; reason: string }[]>(
      `SELECT kind, data_subject_request_id AS "request", reason
         FROM information_item_change WHERE item_id = $1`,
      [item.id],
    );
    expect(history).toEqual({ kind: 'ERASED', request: request!.id, reason });
    const events = await t.db.query<{ action: string; recordId: string }[]>(
      `SELECT action, record_id AS "recordId" FROM audit_event
        WHERE operation = 'Mutation.eraseInformationItem' AND result = 'ALLOWED'`,
    );
    expect(events).toEqual([{ action: 'DELETE', recordId: item.id }]);
  });
});
