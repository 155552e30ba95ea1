// The authorization matrix (style.md item 15): every agency type × role set × category × access
// path is generated from the one hand-written table in support/expected-policy.ts and checked
// through the real GraphQL API on PostgreSQL. A leak and a wrong denial both fail.
import {
  AGENCY_TYPES,
  INFORMATION_CATEGORIES,
  LIFE_DOMAIN_CATEGORY,
  LIFE_DOMAINS,
  type AgencyType,
  type InformationCategory,
  type LifeDomain,
  type Role,
} from '@schakel/domain';
import { DEFAULT_COVENANT } from '@schakel/sharing-policy';
import { insertCovenantVersion } from '../src/covenant/covenant.store';
import {
  expectedCell,
  expectedDsrAccess,
  expectedFreeText,
  ROLE_SETS,
} from './support/expected-policy';
import type { GqlResponse } from './support/graphql-client';
import { download, pdfText, sessionCookie } from './support/meetings';
import { callerFor, createAgency, createUser, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;

const BSN = '930001011';
const ENDED_PERSON_BSN = '940001007';
const fullMarker = (c: InformationCategory) => `fulltext${c.toLowerCase().replace('_', '')}q7`;
const summaryMarker = (c: InformationCategory) => `summary${c.toLowerCase().replace('_', '')}q7`;

interface Fixture {
  agencies: Map<AgencyType, string>;
  readCase: string;
  writeCase: string;
  endedCase: string;
  otherRegionCase: string;
  items: Map<InformationCategory, string>;
  endedItems: Map<InformationCategory, string>;
  otherRegionItems: Map<InformationCategory, string>;
}
let fx: Fixture;

type CaseSearches = Record<
  'casesByName' | 'casesByNameAndBirth' | 'casesByBsn' | 'endedCasesByName',
  { nodes: { id: string }[] }
>;

async function insert(sql: string, params: unknown[]): Promise<string> {
  const [row] = await t.db.query<{ id: string }[]>(`${sql} RETURNING id`, params);
  return row!.id;
}

async function caseWith(
  regionId: string,
  reference: string,
  personId: string,
  agencies: Map<AgencyType, string>,
  endedAgo: string | null,
): Promise<{ caseId: string; items: Map<InformationCategory, string> }> {
  const caseId = await insert(
    `INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                            referring_agency_id)
     VALUES ($1, $2, $3, 'OTHER', 'ACTIVE', $4)`,
    [regionId, reference, personId, agencies.get('POLICE')],
  );
  for (const agencyId of agencies.values()) {
    await t.db.query(
      `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis,
                                     started_at, ended_at)
       VALUES ($1, $2, $3, 'PARTNER', 'Authorization matrix fixture', 'Test',
               now() - interval '10 days', now() - $4::interval)`,
      [regionId, caseId, agencyId, endedAgo],
    );
  }
  const items = new Map<InformationCategory, string>();
  for (const category of INFORMATION_CATEGORIES) {
    const id = await insert(
      `INSERT INTO information_item (region_id, case_id, person_id, category, source_agency_id,
                                     legal_basis, text, shareable_summary)
       VALUES ($1, $2, $3, $4, $5, 'Test', $6, $7)`,
      [
        regionId,
        caseId,
        personId,
        category,
        agencies.get('ZVH'),
        `Full text ${fullMarker(category)}`,
        `Shareable ${summaryMarker(category)}`,
      ],
    );
    items.set(category, id);
  }
  return { caseId, items };
}

async function person(regionId: string, familyName: string, bsn: string): Promise<string> {
  return insert(
    `INSERT INTO person (region_id, given_names, family_name, date_of_birth, bsn)
     VALUES ($1, 'Matrix', $2, '1990-05-05', $3)`,
    [regionId, familyName, bsn],
  );
}

beforeAll(async () => {
  t = await createTestApp();
  const [demo] = await t.db.query<
    {
      id: string;
    }[]
  >(`SELECT id FROM region WHERE code = 'demo'`);
  const regionId = demo!.id;
  const agencies = new Map<AgencyType, string>();
  for (const type of AGENCY_TYPES) {
    agencies.set(type, await createAgency(t, regionId, `Matrix ${type}`, type));
  }
  const subject = await person(regionId, 'Matrixpersoon', BSN);
  const read = await caseWith(regionId, 'MATRIX-READ', subject, agencies, null);
  const write = await caseWith(regionId, 'MATRIX-WRITE', subject, agencies, null);
  const endedSubject = await person(regionId, 'Oudpersoon', ENDED_PERSON_BSN);
  const ended = await caseWith(regionId, 'MATRIX-ENDED', endedSubject, agencies, '1 day');

  // Another region with the same kinds of agency, where the same work happens.
  const otherRegion = await insert(
    `INSERT INTO region (code, name) VALUES ('other', 'Elders')`,
    [],
  );
  await insertCovenantVersion(t.db, {
    regionId: otherRegion,
    version: 1,
    entries: DEFAULT_COVENANT,
    note: 'Default',
    userId: null,
  });
  const otherAgencies = new Map<AgencyType, string>();
  for (const type of AGENCY_TYPES) {
    otherAgencies.set(type, await createAgency(t, otherRegion, `Elders ${type}`, type));
  }
  const otherSubject = await person(otherRegion, 'Matrixpersoon', BSN);
  const other = await caseWith(otherRegion, 'MATRIX-OTHER', otherSubject, otherAgencies, null);

  fx = {
    agencies,
    readCase: read.caseId,
    writeCase: write.caseId,
    endedCase: ended.caseId,
    otherRegionCase: other.caseId,
    items: read.items,
    endedItems: ended.items,
    otherRegionItems: other.items,
  };
});
afterAll(async () => {
  await t.close();
});

interface ItemView {
  id?: string;
  category: InformationCategory;
  access: string;
  text: string | null;
  summary: string | null;
}

/** How an item shows: FULL (with its text), SUMMARY (summary, no text), or ABSENT. */
function shown(items: readonly ItemView[] | undefined, category: InformationCategory): string {
  const found = (items ?? []).filter((item) => item.category === category);
  if (found.length === 0) return 'ABSENT';
  if (found.length > 1) return `DUPLICATE x${found.length}`;
  const [item] = found;
  if (item!.access === 'FULL' && item!.text?.includes(fullMarker(category))) return 'FULL';
  if (
    item!.access === 'SUMMARY' &&
    item!.text === null &&
    item!.summary?.includes(summaryMarker(category))
  ) {
    return 'SUMMARY';
  }
  return `MALFORMED ${JSON.stringify(item)}`;
}

/** A refusal must be a clean FORBIDDEN or NOT_FOUND; anything else is reported as it is. */
function refusal(res: GqlResponse<unknown>): string {
  const code = res.errors?.[0]?.extensions?.code;
  return code === 'FORBIDDEN' || code === 'NOT_FOUND' ? 'DENIED' : `ERROR ${code ?? 'none'}`;
}

const ITEM_FIELDS = 'id category access text summary';
// Twenty searches in one request stay under the query-cost limit without the id, and with a
// page size: without one, each would be priced at the 500 items it may return.
const SEARCH_FIELDS = 'category access text summary';
const expectRead = (read: string) => (read === 'WITHHELD' ? 'ABSENT' : read);

// "Bekijk als": who may preview, and what a preview shows of a value the previewed agency gets
// at `target` and the caller's own view at `own` (docs/data-sharing.md, "Bekijk als").
const PREVIEW_ROLES: readonly Role[] = ['PROCESREGISSEUR', 'PRIVACY_OFFICER', 'FUNCTIONAL_ADMIN'];
type Read = 'FULL' | 'SUMMARY' | 'WITHHELD';
function previewShows(target: Read, own: Read): string {
  if (target === 'WITHHELD') return 'WITHHELD';
  if (own === 'WITHHELD') return 'VISIBLE_TO_TARGET_ONLY';
  return target === 'FULL' && own === 'FULL' ? 'FULL' : 'SUMMARY';
}
const PREVIEW_FIELDS = `canReadCase
  subject { field targetAccess access value }
  categories { category targetAccess access }
  items { category targetAccess access text summary }`;
interface PreviewView {
  canReadCase: boolean;
  subject: { field: string; targetAccess: string; access: string; value: string | null }[];
  categories: { category: InformationCategory; targetAccess: string; access: string }[];
  items: {
    category: InformationCategory;
    targetAccess: string;
    access: string;
    text: string | null;
    summary: string | null;
  }[];
}

/** How an item shows in a preview: for the previewed agency, then for the caller. */
function previewed(items: PreviewView['items'] | undefined, category: InformationCategory): string {
  const found = (items ?? []).filter((item) => item.category === category);
  if (found.length === 0) return 'ABSENT';
  if (found.length > 1) return `DUPLICATE x${found.length}`;
  const item = found[0]!;
  const content =
    item.access === 'FULL' && item.text?.includes(fullMarker(category))
      ? 'FULL'
      : item.access === 'SUMMARY' &&
          item.text === null &&
          item.summary?.includes(summaryMarker(category))
        ? 'SUMMARY'
        : item.access === 'VISIBLE_TO_TARGET_ONLY' && item.text === null && item.summary === null
          ? 'VISIBLE_TO_TARGET_ONLY'
          : `MALFORMED ${JSON.stringify(item)}`;
  return `for target ${item.targetAccess}, shown ${content}`;
}

let checked = 0;
let audited = 0;

describe.each(AGENCY_TYPES)('a %s user', (agencyType) => {
  it.each(ROLE_SETS.map(([roles, content]) => [roles.join('+'), roles, content] as const))(
    'with roles %s sees and writes exactly what the covenant allows on every path',
    async (_label, roles: readonly Role[], content: boolean) => {
      const caller: Caller = callerFor(
        t,
        await createUser(
          t,
          fx.agencies.get(agencyType)!,
          roles,
          `${agencyType} ${roles.join(' ')}`,
        ),
      );
      const cells = new Map(
        INFORMATION_CATEGORIES.map((c) => {
          const cell = expectedCell(c, agencyType);
          return [c, content ? cell : { read: 'WITHHELD' as const, write: false }];
        }),
      );
      const expected: string[] = [];
      const actual: string[] = [];
      const check = (path: string, category: string, want: string, got: string) => {
        expected.push(`${category} ${path} → ${want}`);
        actual.push(`${category} ${path} → ${got}`);
      };

      const [list, nested, search, persons, endedList, otherList] = await Promise.all([
        caller.gql<{ informationItems: ItemView[] }>(
          `query($c: ID!) { informationItems(caseId: $c) { ${ITEM_FIELDS} } }`,
          { c: fx.readCase },
        ),
        caller.gql<{
          case: {
            informationItems: ItemView[];
            categoryAccess: { category: InformationCategory; access: string; canWrite: boolean }[];
            subject: {
              familyName: { access: string; value: string | null };
              bsn: { access: string; value: string | null };
            };
          };
        }>(
          `query($c: ID!) { case(id: $c) {
             informationItems { ${ITEM_FIELDS} }
             categoryAccess { category access canWrite }
             subject { familyName { access value } bsn { access value } } } }`,
          { c: fx.readCase },
        ),
        caller.gql<Record<string, ItemView[]>>(
          `query($c: ID!) { ${INFORMATION_CATEGORIES.map(
            (c) =>
              `f_${c}: informationItems(caseId: $c, text: "${fullMarker(c)}", first: 10) { ${SEARCH_FIELDS} }
               s_${c}: informationItems(caseId: $c, text: "${summaryMarker(c)}", first: 10) { ${SEARCH_FIELDS} }`,
          ).join('\n')} }`,
          { c: fx.readCase },
        ),
        caller.gql<Record<string, { caseIds: string[]; person: { id: string } }[]> & CaseSearches>(
          `{ byName: searchPersons(input: { familyName: "matrixPERSOON", dateOfBirth: "1990-05-05" }) { caseIds person { id } }
             byBsn: searchPersons(input: { bsn: "${BSN}" }) { caseIds person { id } }
             endedByName: searchPersons(input: { familyName: "Oudpersoon", dateOfBirth: "1990-05-05" }) { caseIds }
             endedByBsn: searchPersons(input: { bsn: "${ENDED_PERSON_BSN}" }) { caseIds }
             casesByName: searchCases(text: "matrixPERSOON") { nodes { id } }
             casesByNameAndBirth: searchCases(text: "Matrixpersoon 5-5-1990") { nodes { id } }
             casesByBsn: searchCases(text: "${BSN}") { nodes { id } }
             endedCasesByName: searchCases(text: "Oudpersoon") { nodes { id } } }`,
        ),
        caller.gql<{ informationItems: ItemView[] }>(
          `query($c: ID!) { informationItems(caseId: $c) { ${ITEM_FIELDS} } }`,
          { c: fx.endedCase },
        ),
        caller.gql<{ informationItems: ItemView[] }>(
          `query($c: ID!) { informationItems(caseId: $c) { ${ITEM_FIELDS} } }`,
          { c: fx.otherRegionCase },
        ),
      ]);
      for (const res of [list, search, persons, endedList, otherList]) {
        expect(res.errors).toBeUndefined();
      }

      const byId = await Promise.all(
        INFORMATION_CATEGORIES.map((c) =>
          caller.gql<{ informationItem: ItemView }>(
            `query($id: ID!) { informationItem(id: $id) { ${ITEM_FIELDS} } }`,
            { id: fx.items.get(c) },
          ),
        ),
      );
      const elsewhere = await Promise.all(
        (['IDENTITY', 'SAFETY', 'PLAN'] as const).flatMap((c) =>
          [fx.endedItems.get(c), fx.otherRegionItems.get(c)].map((id) =>
            caller.gql(`query($id: ID!) { informationItem(id: $id) { id } }`, { id }),
          ),
        ),
      );

      // "Bekijk als" every agency type, and a case of another region.
      const previews = await Promise.all(
        [...AGENCY_TYPES, null].map((target) =>
          caller.gql<{ caseAsAgency: PreviewView }>(
            `query($c: ID!, $a: ID!) { caseAsAgency(caseId: $c, agencyId: $a) { ${PREVIEW_FIELDS} } }`,
            {
              c: target ? fx.readCase : fx.otherRegionCase,
              a: fx.agencies.get(target ?? 'MUNICIPALITY'),
            },
          ),
        ),
      );

      // Mutations after the reads, into a case of their own.
      const writes: Record<string, string> = {};
      await Promise.all(
        INFORMATION_CATEGORIES.map(async (c) => {
          const res = await caller.gql<{ addInformationItem: { access: string } }>(
            `mutation($input: AddInformationItemInput!) {
               addInformationItem(input: $input) { access category text } }`,
            {
              input: {
                caseId: fx.writeCase,
                category: c,
                legalBasis: 'Matrix test',
                text: `Written by ${caller.userId}`,
              },
            },
          );
          writes[c] = res.data?.addInformationItem
            ? `WRITTEN ${res.data.addInformationItem.access}`
            : refusal(res);
        }),
      );
      const stored = await t.db.query<{ category: string }[]>(
        `SELECT category FROM information_item WHERE created_by_user_id = $1 AND case_id = $2`,
        [caller.userId, fx.writeCase],
      );

      const caseVisible = nested.data?.case !== undefined && nested.data?.case !== null;
      if (!caseVisible) {
        expect(refusal(nested)).toBe('DENIED');
      }
      for (const c of INFORMATION_CATEGORIES) {
        const cell = cells.get(c)!;
        check('list', c, expectRead(cell.read), shown(list.data?.informationItems, c));
        check(
          'by id',
          c,
          expectRead(cell.read),
          byId[INFORMATION_CATEGORIES.indexOf(c)]!.data?.informationItem
            ? shown([byId[INFORMATION_CATEGORIES.indexOf(c)]!.data!.informationItem], c)
            : refusal(byId[INFORMATION_CATEGORIES.indexOf(c)]!) === 'DENIED'
              ? 'ABSENT'
              : refusal(byId[INFORMATION_CATEGORIES.indexOf(c)]!),
        );
        check(
          'nested Case.informationItems',
          c,
          expectRead(cell.read),
          shown(nested.data?.case?.informationItems, c),
        );
        const access = nested.data?.case?.categoryAccess.find((a) => a.category === c);
        check(
          'nested Case.categoryAccess',
          c,
          `${cell.read} write=${cell.write}`,
          access ? `${access.access} write=${access.canWrite}` : 'WITHHELD write=false',
        );
        check(
          'search full text',
          c,
          cell.read === 'FULL' ? 'FULL' : 'ABSENT',
          shown(search.data?.[`f_${c}`], c),
        );
        check('search summary', c, expectRead(cell.read), shown(search.data?.[`s_${c}`], c));
        check('mutation result', c, cell.write ? 'WRITTEN FULL' : 'DENIED', writes[c]!);
        check(
          'mutation stored',
          c,
          String(cell.write),
          String(stored.some((row) => row.category === c)),
        );
        check('list, participation ended', c, 'ABSENT', shown(endedList.data?.informationItems, c));
        check('list, other region', c, 'ABSENT', shown(otherList.data?.informationItems, c));
      }

      // The person record: identity and BSN through the nested subject and through search.
      const identity = cells.get('IDENTITY')!.read;
      const bsn = cells.get('BSN')!.read;
      const subject = nested.data?.case?.subject;
      check(
        'nested Case.subject.familyName',
        'IDENTITY',
        identity === 'FULL' ? 'FULL Matrixpersoon' : 'WITHHELD',
        subject
          ? `${subject.familyName.access}${subject.familyName.value ? ` ${subject.familyName.value}` : ''}`
          : 'WITHHELD',
      );
      check(
        'nested Case.subject.bsn',
        'BSN',
        bsn === 'FULL' ? `FULL ${BSN}` : 'WITHHELD',
        subject
          ? `${subject.bsn.access}${subject.bsn.value ? ` ${subject.bsn.value}` : ''}`
          : 'WITHHELD',
      );
      const found = (hits: { caseIds: string[] }[] | undefined) =>
        hits?.length === 1
          ? `FOUND ${hits[0]!.caseIds.length} cases`
          : `FOUND ${hits?.length ?? 0}`;
      check(
        'search by name',
        'IDENTITY',
        identity === 'FULL' ? 'FOUND 2 cases' : 'FOUND 0',
        found(persons.data?.byName),
      );
      check(
        'search by BSN',
        'BSN',
        bsn === 'FULL' ? 'FOUND 2 cases' : 'FOUND 0',
        found(persons.data?.byBsn),
      );
      check(
        'search by name, participation ended',
        'IDENTITY',
        'FOUND 0',
        found(persons.data?.endedByName),
      );
      check(
        'search by BSN, participation ended',
        'BSN',
        'FOUND 0',
        found(persons.data?.endedByBsn),
      );
      // The header's case search: the same policy filter, each person field only where readable.
      const foundCases = (page: { nodes: { id: string }[] } | undefined) =>
        `FOUND ${page?.nodes.length ?? 0}`;
      check(
        'case search by name',
        'IDENTITY',
        identity === 'FULL' ? 'FOUND 2' : 'FOUND 0',
        foundCases(persons.data?.casesByName),
      );
      check(
        'case search by name and date of birth',
        'IDENTITY',
        identity === 'FULL' ? 'FOUND 2' : 'FOUND 0',
        foundCases(persons.data?.casesByNameAndBirth),
      );
      check(
        'case search by BSN',
        'BSN',
        bsn === 'FULL' ? 'FOUND 2' : 'FOUND 0',
        foundCases(persons.data?.casesByBsn),
      );
      check(
        'case search by name, participation ended',
        'IDENTITY',
        'FOUND 0',
        foundCases(persons.data?.endedCasesByName),
      );
      elsewhere.forEach((res, index) => {
        const where = index % 2 === 0 ? 'participation ended' : 'other region';
        const category = ['IDENTITY', 'SAFETY', 'PLAN'][Math.floor(index / 2)]!;
        check(`by id, ${where}`, category, 'DENIED', res.data ? 'SHOWN' : refusal(res));
      });

      const mayPreview = roles.some((role) => PREVIEW_ROLES.includes(role));
      AGENCY_TYPES.forEach((target, index) => {
        const res = previews[index]!;
        const preview = res.data?.caseAsAgency;
        const path = `preview as ${target}`;
        if (!mayPreview) {
          check(path, '-', 'DENIED', preview ? 'SHOWN' : refusal(res));
          return;
        }
        for (const c of INFORMATION_CATEGORIES) {
          // The shape is the previewed agency's own view (the same table as its own case(id));
          // the content never more than the caller's own view above.
          const targetRead = expectedCell(c, target).read;
          const shows = previewShows(targetRead, cells.get(c)!.read);
          const category = preview?.categories.find((a) => a.category === c);
          check(
            `${path}, category`,
            c,
            `for target ${targetRead}, shown ${shows}`,
            category ? `for target ${category.targetAccess}, shown ${category.access}` : 'ABSENT',
          );
          check(
            `${path}, item`,
            c,
            targetRead === 'WITHHELD' ? 'ABSENT' : `for target ${targetRead}, shown ${shows}`,
            previewed(preview?.items, c),
          );
        }
        for (const [field, c, value] of [
          ['FAMILY_NAME', 'IDENTITY', 'Matrixpersoon'],
          ['BSN', 'BSN', BSN],
        ] as const) {
          const targetRead = expectedCell(c, target).read;
          const shows = previewShows(targetRead, cells.get(c)!.read);
          const got = preview?.subject.find((f) => f.field === field);
          check(
            `${path}, subject ${field}`,
            c,
            `for target ${targetRead}, shown ${shows}${shows === 'FULL' ? ` ${value}` : ''}`,
            got
              ? `for target ${got.targetAccess}, shown ${got.access}${got.value ? ` ${got.value}` : ''}`
              : 'ABSENT',
          );
        }
      });
      const otherRegionPreview = previews[AGENCY_TYPES.length]!;
      check(
        'preview, other region',
        '-',
        'DENIED',
        otherRegionPreview.data ? 'SHOWN' : refusal(otherRegionPreview),
      );

      expect(actual).toEqual(expected);
      checked += expected.length;

      // The audit trail: exactly one event per access on every path above, DENIED exactly where
      // the policy refused, and the person and categories of what was actually read.
      const readable = INFORMATION_CATEGORIES.filter((c) => cells.get(c)!.read !== 'WITHHELD');
      const writable = INFORMATION_CATEGORIES.filter((c) => cells.get(c)!.write);
      const trail = await t.db.query<
        {
          operation: string;
          action: string;
          result: string;
          personIds: string[];
          caseId: string | null;
          categories: string[];
          reasonCode: string | null;
          requestId: string | null;
          recordId: string | null;
        }[]
      >(
        `SELECT operation, action, result, person_ids AS "personIds", case_id AS "caseId",
                categories, reason_code AS "reasonCode", request_id AS "requestId",
                record_id AS "recordId"
           FROM audit_event WHERE actor_user_id = $1 ORDER BY id`,
        [caller.userId],
      );
      const count = (operation: string, result: string) =>
        trail.filter((e) => e.operation === operation && e.result === result).length;
      const tally = [
        `Query.informationItems ALLOWED ${count('Query.informationItems', 'ALLOWED')}`,
        `Query.case ${caseVisible ? 'ALLOWED' : 'DENIED'} ${count('Query.case', caseVisible ? 'ALLOWED' : 'DENIED')}`,
        `Query.searchPersons ALLOWED ${count('Query.searchPersons', 'ALLOWED')}`,
        `Query.searchCases ALLOWED ${count('Query.searchCases', 'ALLOWED')}`,
        `Query.informationItem ALLOWED ${count('Query.informationItem', 'ALLOWED')}`,
        `Query.informationItem DENIED ${count('Query.informationItem', 'DENIED')}`,
        `Mutation.addInformationItem ALLOWED ${count('Mutation.addInformationItem', 'ALLOWED')}`,
        `Mutation.addInformationItem DENIED ${count('Mutation.addInformationItem', 'DENIED')}`,
        `Query.caseAsAgency ALLOWED ${count('Query.caseAsAgency', 'ALLOWED')}`,
        `Query.caseAsAgency DENIED ${count('Query.caseAsAgency', 'DENIED')}`,
        `total ${trail.length}`,
      ];
      expect(tally).toEqual([
        // list + 20 searches + ended + other region
        'Query.informationItems ALLOWED 23',
        `Query.case ${caseVisible ? 'ALLOWED' : 'DENIED'} 1`,
        'Query.searchPersons ALLOWED 4',
        'Query.searchCases ALLOWED 4',
        `Query.informationItem ALLOWED ${readable.length}`,
        `Query.informationItem DENIED ${INFORMATION_CATEGORIES.length - readable.length + 6}`,
        `Mutation.addInformationItem ALLOWED ${writable.length}`,
        `Mutation.addInformationItem DENIED ${INFORMATION_CATEGORIES.length - writable.length}`,
        `Query.caseAsAgency ALLOWED ${mayPreview ? AGENCY_TYPES.length : 0}`,
        `Query.caseAsAgency DENIED ${mayPreview ? 1 : AGENCY_TYPES.length + 1}`,
        `total ${23 + 1 + 4 + 4 + 10 + 6 + 10 + AGENCY_TYPES.length + 1}`,
      ]);
      // A preview's event names the previewed agency and holds what the caller itself was shown:
      // never a read "as" the other agency.
      for (const target of mayPreview ? AGENCY_TYPES : []) {
        const event = trail.find(
          (e) => e.operation === 'Query.caseAsAgency' && e.recordId === fx.agencies.get(target),
        );
        const shown = INFORMATION_CATEGORIES.flatMap((c) => {
          const shows = previewShows(expectedCell(c, target).read, cells.get(c)!.read);
          return shows === 'FULL' ? [c] : shows === 'SUMMARY' ? [`${c}:SUMMARY`] : [];
        });
        expect([target, event?.action, event?.caseId, [...event!.categories].sort()]).toEqual([
          target,
          'VIEW_AS',
          fx.readCase,
          shown.sort(),
        ]);
      }
      expect(trail.every((e) => e.requestId !== null)).toBe(true);
      for (const e of trail.filter((e) => e.result === 'DENIED')) {
        expect(e.action).toBe('DENIED');
        expect(['FORBIDDEN', 'NOT_FOUND']).toContain(e.reasonCode);
      }
      const label = (c: InformationCategory) =>
        cells.get(c)!.read === 'FULL' ? c : `${c}:SUMMARY`;
      const detail = trail.find((e) => e.operation === 'Query.case');
      if (caseVisible) {
        // The case, its person and exactly the categories the caller could read in it.
        expect(detail?.caseId).toBe(fx.readCase);
        expect(detail?.personIds).toHaveLength(1);
        expect([...detail!.categories].sort()).toEqual(
          [
            ...readable.map(label),
            ...(identity === 'FULL' && !readable.includes('IDENTITY') ? ['IDENTITY'] : []),
            ...(bsn === 'FULL' && !readable.includes('BSN') ? ['BSN'] : []),
          ].sort(),
        );
      } else {
        expect(detail?.caseId).toBe(fx.readCase);
        expect(detail?.personIds).toEqual([]);
      }
      const itemEvents = trail.filter(
        (e) => e.operation === 'Query.informationItem' && e.result === 'ALLOWED',
      );
      expect(itemEvents.map((e) => e.categories.join()).sort()).toEqual(readable.map(label).sort());
      expect(new Set(itemEvents.flatMap((e) => e.personIds)).size).toBe(readable.length ? 1 : 0);
      audited += trail.length;
    },
  );
});

// A volunteer organisation gets nothing from the covenant (its column above is empty); with the
// person's recorded consent it sees exactly what the consent names, on every path.
describe.each([
  {
    scope: 'the default consent (IDENTITY name and contact, PLAN own actions; this case)',
    consents: [
      { category: 'IDENTITY', parts: ['NAME', 'CONTACT'], thisCaseOnly: true },
      { category: 'PLAN', parts: ['OWN_ACTIONS'], thisCaseOnly: true },
    ],
    items: [] as InformationCategory[],
    person: { familyName: 'FULL', dateOfBirth: 'WITHHELD', address: 'WITHHELD', bsn: 'WITHHELD' },
    byName: 'FOUND 0',
  },
  {
    scope: 'a wider consent (all of IDENTITY, PLAN, SAFETY, CARE_SIGNAL; every case of the person)',
    consents: (['IDENTITY', 'PLAN', 'SAFETY', 'CARE_SIGNAL'] as const).map((category) => ({
      category,
      parts: [] as string[],
      thisCaseOnly: false,
    })),
    items: ['IDENTITY', 'CARE_SIGNAL', 'SAFETY', 'PLAN'] as InformationCategory[],
    person: { familyName: 'FULL', dateOfBirth: 'FULL', address: 'FULL', bsn: 'WITHHELD' },
    byName: 'FOUND 2 cases',
  },
])('a VOLUNTEER member with $scope', ({ scope, consents, items, person, byName }) => {
  it('sees exactly what the consent names, and writes nothing', async () => {
    const [{ regionId, personId }] = await t.db.query<[{ regionId: string; personId: string }]>(
      `SELECT region_id AS "regionId", subject_person_id AS "personId" FROM case_file WHERE id = $1`,
      [fx.readCase],
    );
    const volunteer = await createAgency(t, regionId, `Matrix VOLUNTEER ${scope}`, 'VOLUNTEER');
    for (const caseId of [fx.readCase, fx.writeCase]) {
      await t.db.query(
        `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis)
         VALUES ($1, $2, $3, 'PARTNER', 'Matrix volunteer', 'Toestemming')`,
        [regionId, caseId, volunteer],
      );
    }
    for (const consent of consents) {
      await t.db.query(
        `INSERT INTO consent (region_id, person_id, category, recipient_agency_id, case_id,
                              recorded_in_case_id, recorded_by_agency_id, parts)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          regionId,
          personId,
          consent.category,
          volunteer,
          consent.thisCaseOnly ? fx.readCase : null,
          fx.readCase,
          fx.agencies.get('ZVH'),
          consent.parts,
        ],
      );
    }
    const caller = callerFor(t, await createUser(t, volunteer, ['MEMBER'], `Volunteer ${scope}`));
    const [list, nested, persons] = await Promise.all([
      caller.gql<{ informationItems: ItemView[] }>(
        `query($c: ID!) { informationItems(caseId: $c) { ${ITEM_FIELDS} } }`,
        { c: fx.readCase },
      ),
      caller.gql<{
        case: {
          informationItems: ItemView[];
          categoryAccess: { category: InformationCategory; access: string; canWrite: boolean }[];
          subject: Record<'familyName' | 'dateOfBirth' | 'address' | 'bsn', { access: string }>;
        };
      }>(
        `query($c: ID!) { case(id: $c) {
           informationItems { ${ITEM_FIELDS} }
           categoryAccess { category access canWrite }
           subject { familyName { access } dateOfBirth { access } address { access }
                     bsn { access } } } }`,
        { c: fx.readCase },
      ),
      caller.gql<Record<string, { caseIds: string[] }[]>>(
        `{ byName: searchPersons(input: { familyName: "Matrixpersoon", dateOfBirth: "1990-05-05" }) { caseIds }
           byBsn: searchPersons(input: { bsn: "${BSN}" }) { caseIds } }`,
      ),
    ]);
    const byId = await Promise.all(
      INFORMATION_CATEGORIES.map((c) =>
        caller.gql<{ informationItem: ItemView }>(
          `query($id: ID!) { informationItem(id: $id) { ${ITEM_FIELDS} } }`,
          { id: fx.items.get(c) },
        ),
      ),
    );
    const writes = await Promise.all(
      INFORMATION_CATEGORIES.map(async (c) =>
        refusal(
          await caller.gql(
            `mutation($input: AddInformationItemInput!) { addInformationItem(input: $input) { id } }`,
            { input: { caseId: fx.writeCase, category: c, legalBasis: 'Matrix', text: 'Poging' } },
          ),
        ),
      ),
    );
    const expected: string[] = [];
    const actual: string[] = [];
    INFORMATION_CATEGORIES.forEach((c, index) => {
      const want = items.includes(c) ? 'FULL' : 'ABSENT';
      expected.push(`${c} list ${want}`, `${c} by id ${want}`, `${c} nested ${want}`);
      expected.push(`${c} categoryAccess ${items.includes(c) ? 'FULL' : 'WITHHELD'} write=false`);
      expected.push(`${c} write DENIED`);
      const one = byId[index]!;
      actual.push(
        `${c} list ${shown(list.data?.informationItems, c)}`,
        `${c} by id ${one.data?.informationItem ? shown([one.data.informationItem], c) : refusal(one) === 'DENIED' ? 'ABSENT' : refusal(one)}`,
        `${c} nested ${shown(nested.data?.case?.informationItems, c)}`,
      );
      const access = nested.data?.case?.categoryAccess.find((a) => a.category === c);
      actual.push(`${c} categoryAccess ${access?.access} write=${access?.canWrite}`);
      actual.push(`${c} write ${writes[index]}`);
    });
    const subject = nested.data?.case?.subject;
    for (const field of ['familyName', 'dateOfBirth', 'address', 'bsn'] as const) {
      expected.push(`subject.${field} ${person[field]}`);
      actual.push(`subject.${field} ${subject?.[field].access}`);
    }
    const found = (hits: { caseIds: string[] }[] | undefined) =>
      hits?.length === 1 ? `FOUND ${hits[0]!.caseIds.length} cases` : `FOUND ${hits?.length ?? 0}`;
    expected.push(`search by name ${byName}`, 'search by BSN FOUND 0');
    actual.push(
      `search by name ${found(persons.data?.byName)}`,
      `search by BSN ${found(persons.data?.byBsn)}`,
    );
    expect(actual).toEqual(expected);
    // What is shown is shown on the basis of the consent.
    for (const a of nested.data!.case.categoryAccess.filter((a) => a.access === 'FULL')) {
      expect(a.category).toMatch(/IDENTITY|PLAN|SAFETY|CARE_SIGNAL/);
    }
  });
});

// The data-subject request paths for every agency type × role set (issue 11 item 6). Read-only:
// nothing is released, so no export may carry any item's text or summary.
describe('data-subject requests: the export and a partner’s own part', () => {
  let requestId: string;
  const partOf = new Map<AgencyType, string>();
  const markers = INFORMATION_CATEGORIES.flatMap((c) => [fullMarker(c), summaryMarker(c)]);
  beforeAll(async () => {
    const [subject] = await t.db.query<{ id: string; regionId: string }[]>(
      `SELECT id, region_id AS "regionId" FROM person WHERE bsn = $1 AND family_name = 'Matrixpersoon'
        ORDER BY created_at LIMIT 1`,
      [BSN],
    );
    requestId = await insert(
      `INSERT INTO data_subject_request (region_id, person_id, given_names, family_name,
         date_of_birth, bsn, type, received_on, identity_verification, deadline)
       VALUES ($1, $2, 'Matrix', 'Matrixpersoon', '1990-05-05', $3, 'ACCESS', '2026-01-05',
               'Paspoort', '2026-02-05')`,
      [subject!.regionId, subject!.id, BSN],
    );
    for (const [type, agencyId] of fx.agencies) {
      partOf.set(
        type,
        await insert(
          `INSERT INTO data_subject_request_part (region_id, request_id, agency_id)
           VALUES ($1, $2, $3)`,
          [subject!.regionId, requestId, agencyId],
        ),
      );
    }
  });

  describe.each(AGENCY_TYPES)('a %s user', (agencyType) => {
    it.each(ROLE_SETS.map(([roles]) => [roles.join('+'), roles] as const))(
      'with roles %s gets exactly its share of the request',
      async (_label, roles: readonly Role[]) => {
        const userId = await createUser(
          t,
          fx.agencies.get(agencyType)!,
          roles,
          `DSR ${agencyType} ${roles.join(' ')}`,
        );
        const caller = callerFor(t, userId);
        const cookie = sessionCookie(t, userId);
        const want = expectedDsrAccess(roles);
        const got: Record<string, string> = {};

        for (const format of ['json', 'pdf'] as const) {
          const res = await download(
            t,
            `/data-subject-requests/${requestId}/export.${format}`,
            cookie,
          );
          const body = format === 'pdf' ? pdfText(res.body) : res.body.toString('utf8');
          got[format] =
            res.status === 200
              ? markers.some((m) => body.includes(m))
                ? 'LEAKS TEXTS'
                : 'NO_TEXTS'
              : res.status === 403
                ? 'DENIED'
                : `HTTP ${res.status}`;
        }

        // Its own agency's part (all fixture items are the ZVH's) and another agency's part.
        const other: AgencyType = agencyType === 'POLICE' ? 'CARE' : 'POLICE';
        const [tasks, own, foreign] = await Promise.all([
          caller.gql<{
            dataSubjectRequestPartTasks: {
              id: string;
              requestType: string;
              requestStatus: string;
              reviewStartedAt: string | null;
            }[];
          }>(`{ dataSubjectRequestPartTasks { id requestType requestStatus reviewStartedAt } }`),
          caller.gql<{ dataSubjectRequestPartReview: { items: { text: string }[] } }>(
            `query($id: ID!) { dataSubjectRequestPartReview(id: $id) { items { text } } }`,
            { id: partOf.get(agencyType) },
          ),
          caller.gql(
            `query($id: ID!) { dataSubjectRequestPartReview(id: $id) { items { text } } }`,
            { id: partOf.get(other) },
          ),
        ]);
        const ownTexts = (
          own.data?.dataSubjectRequestPartReview.items.map((i) => i.text) ?? []
        ).sort();
        // The oracle: every item of the person whose source is the caller's agency, and no other.
        const expectedOwnTexts = (
          await t.db.query<{ text: string }[]>(
            `SELECT i.text FROM information_item i JOIN data_subject_request r ON r.person_id = i.person_id
              WHERE r.id = $1 AND i.source_agency_id = $2`,
            [requestId, fx.agencies.get(agencyType)],
          )
        )
          .map((r) => r.text)
          .sort();
        got.ownPart = own.data
          ? JSON.stringify(ownTexts) === JSON.stringify(expectedOwnTexts) &&
            (agencyType !== 'ZVH' ||
              INFORMATION_CATEGORIES.every((c) =>
                ownTexts.some((x) => x.includes(fullMarker(c))),
              )) &&
            // Its own task only, with the request's kind and state; no review started yet.
            JSON.stringify(tasks.data?.dataSubjectRequestPartTasks) ===
              JSON.stringify([
                {
                  id: partOf.get(agencyType),
                  requestType: 'ACCESS',
                  requestStatus: 'RECEIVED',
                  reviewStartedAt: null,
                },
              ]) &&
            refusal(foreign) === 'DENIED'
            ? 'OWN_AGENCY_ONLY'
            : `WRONG ${JSON.stringify({ ownTexts, tasks: tasks.data, foreign: foreign.data })}`
          : refusal(own) === 'DENIED' &&
              refusal(tasks) === 'DENIED' &&
              refusal(foreign) === 'DENIED'
            ? 'DENIED'
            : `ERROR ${JSON.stringify([own.errors, tasks.errors])}`;
        expect(got).toEqual({ json: want.export, pdf: want.export, ownPart: want.ownPart });
      },
    );
  });
});

afterAll(() => {
  // 10 agency types × 5 role sets × (10 categories × 10 paths + 6 person-record + 6 elsewhere),
  // plus previews: per role set that may preview, 10 target types × (2 checks per category + 2
  // person fields) + the other region; per role set that may not, 11 refusals.
  const previewers = ROLE_SETS.filter(([roles]) => roles.some((r) => PREVIEW_ROLES.includes(r)));
  const perPreviewer = AGENCY_TYPES.length * (10 * 2 + 2) + 1;
  const perRefused = AGENCY_TYPES.length + 1;
  expect(previewers).toHaveLength(3);
  expect(checked).toBe(
    AGENCY_TYPES.length * ROLE_SETS.length * (10 * 10 + 6 + 6 + 4) +
      AGENCY_TYPES.length *
        (previewers.length * perPreviewer + (ROLE_SETS.length - previewers.length) * perRefused),
  );
  process.stdout.write(
    `authorization matrix: ${checked} checked cases, ${audited} audit events counted\n`,
  );
});

// Issue 11 item 3: free texts about the person outside the information items. Per category, a case
// whose referral reason (and goal) and whose every participation reason carry that one category;
// every agency type and role set must see them exactly where it reads the category in full.
describe('free texts about the person: referral and participation reasons per category', () => {
  const textMarker = (c: InformationCategory) => `reasontext${c.toLowerCase().replace('_', '')}q7`;
  const textCases = new Map<InformationCategory, string>();
  let textChecked = 0;

  beforeAll(async () => {
    const [demo] = await t.db.query<
      {
        id: string;
      }[]
    >(`SELECT id FROM region WHERE code = 'demo'`);
    const regionId = demo!.id;
    const subject = await insert(
      `INSERT INTO person (region_id, given_names, family_name, date_of_birth)
       VALUES ($1, 'Matrix', 'Tekstpersoon', '1991-06-06')`,
      [regionId],
    );
    for (const category of INFORMATION_CATEGORIES) {
      const caseId = await insert(
        `INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                                referring_agency_id)
         VALUES ($1, $2, $3, 'OTHER', 'ACTIVE', $4)`,
        [regionId, `MATRIX-TEXT-${category.replace('_', '')}`, subject, fx.agencies.get('POLICE')],
      );
      for (const agencyId of fx.agencies.values()) {
        await t.db.query(
          `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis,
                                         reason_categories)
           VALUES ($1, $2, $3, 'PARTNER', $4, 'Test', ARRAY[$5]::text[])`,
          [regionId, caseId, agencyId, `Participation ${textMarker(category)}`, category],
        );
      }
      await t.db.query(
        `INSERT INTO referral (case_id, region_id, reason, goal, person_informed, person_source,
                               reason_categories)
         VALUES ($1, $2, $3, $4, true, 'NEW', ARRAY[$5]::text[])`,
        [
          caseId,
          regionId,
          `Referral ${textMarker(category)}`,
          `Goal ${textMarker(category)}`,
          category,
        ],
      );
      textCases.set(category, caseId);
    }
  });

  describe.each(AGENCY_TYPES)('a %s user', (agencyType) => {
    it.each(ROLE_SETS.map(([roles, content]) => [roles.join('+'), roles, content] as const))(
      'with roles %s reads each reason exactly where it reads its category in full',
      async (_label, roles: readonly Role[], content: boolean) => {
        const caller: Caller = callerFor(
          t,
          await createUser(
            t,
            fx.agencies.get(agencyType)!,
            roles,
            `${agencyType} ${roles.join(' ')} texts`,
          ),
        );
        type Texts = {
          reason: string | null;
          goal?: string | null;
          reasonAccess: string;
          reasonCategories: string[];
        };
        const answers = await Promise.all(
          INFORMATION_CATEGORIES.map((c) =>
            caller.gql<{ case: { participants: Texts[] }; referral: Texts }>(
              `query($id: ID!) {
                 case(id: $id) { participants { reason reasonAccess reasonCategories } }
                 referral(caseId: $id) { reason goal reasonAccess reasonCategories } }`,
              { id: textCases.get(c) },
            ),
          ),
        );
        const categories = await caller.gql<{ referralReasonCategories: string[] }>(
          `{ referralReasonCategories }`,
        );

        const shownText = (c: InformationCategory, texts: Texts[]): string => {
          const marker = textMarker(c);
          const kinds = new Set(
            texts.map((x) =>
              x.reasonAccess === 'FULL' &&
              x.reason?.includes(marker) &&
              (x.goal === undefined || x.goal?.includes(marker)) &&
              x.reasonCategories.join() === c
                ? 'FULL'
                : x.reasonAccess === 'WITHHELD' &&
                    x.reason === null &&
                    !x.goal &&
                    x.reasonCategories.length === 0
                  ? 'WITHHELD'
                  : `MALFORMED ${JSON.stringify(x)}`,
            ),
          );
          return [...kinds].join(' + ') || 'NONE';
        };
        const expected: string[] = [];
        const actual: string[] = [];
        INFORMATION_CATEGORIES.forEach((c, index) => {
          const res = answers[index]!;
          // A volunteer organisation opens no case without the person's consent (none here).
          const opens = content && agencyType !== 'VOLUNTEER';
          const want = opens ? expectedFreeText(c, agencyType, content) : 'DENIED';
          expected.push(`${c} referral reason → ${want}`, `${c} participation reasons → ${want}`);
          actual.push(
            `${c} referral reason → ${
              res.data?.referral ? shownText(c, [res.data.referral]) : refusal(res)
            }`,
            `${c} participation reasons → ${
              res.data?.case ? shownText(c, res.data.case.participants) : refusal(res)
            }`,
          );
          // Withheld means absent from the whole answer, not only from the field.
          if (want !== 'FULL') {
            expect(JSON.stringify(res)).not.toContain(textMarker(c));
          }
        });
        const refers = roles.includes('MEMBER') || roles.includes('PROCESREGISSEUR');
        expected.push(
          `referralReasonCategories → ${
            refers
              ? INFORMATION_CATEGORIES.filter((c) => expectedCell(c, agencyType).write).join()
              : 'DENIED'
          }`,
        );
        actual.push(
          `referralReasonCategories → ${
            categories.data?.referralReasonCategories.join() ?? refusal(categories)
          }`,
        );
        expect(actual).toEqual(expected);
        textChecked += expected.length;
      },
    );
  });

  afterAll(() => {
    // 10 agency types × 5 role sets × (10 categories × 2 texts + the categories one may write).
    expect(textChecked).toBe(AGENCY_TYPES.length * ROLE_SETS.length * (10 * 2 + 1));
  });
});

describe('single sign-on operations (issue 15 item 3): who reaches them, and never case content', () => {
  const refusalOrData = (res: GqlResponse<Record<string, unknown>>) =>
    res.errors?.[0]?.extensions?.code ?? `data ${JSON.stringify(res.data)}`;

  it.each(ROLE_SETS.map(([roles]) => [roles.join('+'), roles] as const))(
    'a ZVH user with roles %s',
    async (_label, roles: readonly Role[]) => {
      const caller = callerFor(
        t,
        await createUser(t, fx.agencies.get('ZVH')!, roles, `sso ZVH ${roles.join(' ')}`),
      );
      const police = fx.agencies.get('POLICE')!;
      const admin = roles.includes('FUNCTIONAL_ADMIN');
      const agencyAdmin = roles.includes('AGENCY_ADMIN');
      const answers = {
        loginMethod: await caller.gql(
          `{ loginMethod(email: "iemand@nergens.example") { method startPath } }`,
        ),
        agencySso: await caller.gql(`query($a: ID!) { agencySso(agencyId: $a) { issuer } }`, {
          a: police,
        }),
        ownAgencySso: await caller.gql(`{ ownAgencySso { issuer } }`),
        configureAgencySso: await caller.gql(
          `mutation($i: ConfigureAgencySsoInput!) { configureAgencySso(input: $i) { issuer } }`,
          {
            i: {
              agencyId: police,
              issuer: 'http://127.0.0.1:9',
              clientId: 'x',
              clientAuth: 'PRIVATE_KEY_JWT',
              emailDomains: ['matrix-politie.example'],
            },
          },
        ),
        removeAgencySso: await caller.gql(`mutation($a: ID!) { removeAgencySso(agencyId: $a) }`, {
          a: police,
        }),
        setAgencyJitProvisioning: await caller.gql(
          `mutation { setAgencyJitProvisioning(enabled: true) { jitProvisioning } }`,
        ),
      };
      const actual = Object.fromEntries(
        Object.entries(answers).map(([op, res]) => [op, refusalOrData(res)]),
      );
      expect(actual).toEqual({
        loginMethod: `data ${JSON.stringify({ loginMethod: { method: 'PASSWORD', startPath: null } })}`,
        agencySso: admin ? `data ${JSON.stringify({ agencySso: null })}` : 'FORBIDDEN',
        ownAgencySso: agencyAdmin ? `data ${JSON.stringify({ ownAgencySso: null })}` : 'FORBIDDEN',
        // Allowed, then refused by the discovery check: nothing is saved for a dead issuer.
        configureAgencySso: admin ? 'SSO_ISSUER_UNREACHABLE' : 'FORBIDDEN',
        removeAgencySso: admin ? `data ${JSON.stringify({ removeAgencySso: false })}` : 'FORBIDDEN',
        setAgencyJitProvisioning: agencyAdmin ? 'NOT_FOUND' : 'FORBIDDEN',
      });
      const all = JSON.stringify(answers);
      for (const category of INFORMATION_CATEGORIES) {
        expect(all).not.toContain(fullMarker(category));
        expect(all).not.toContain(summaryMarker(category));
      }
    },
  );
});

describe("the region's settings (issue 15 item 2): who reaches them, and never case content", () => {
  const refusalOrData = (res: GqlResponse<Record<string, unknown>>) =>
    res.errors?.[0]?.extensions?.code ?? 'data';

  it.each(ROLE_SETS.map(([roles]) => [roles.join('+'), roles] as const))(
    'a ZVH user with roles %s',
    async (_label, roles: readonly Role[]) => {
      const caller = callerFor(
        t,
        await createUser(t, fx.agencies.get('ZVH')!, roles, `settings ZVH ${roles.join(' ')}`),
      );
      const admin = roles.includes('FUNCTIONAL_ADMIN');
      const reads = admin || roles.includes('PRIVACY_OFFICER');
      const read = await caller.gql<{ regionalSettings: Record<string, unknown> }>(
        `{ regionalSettings { name contactEmail contactPhone accessReviewMonths covenantGraceDays closingGraceDays
           wgsContactEmail wgsContactPhone wgsContactAddress volunteerGoalMin volunteerGoalMax version } }`,
      );
      const current = read.data?.regionalSettings;
      const answers = {
        regionalSettings: read,
        // A stale version: the functional administrator is let through and refused by the check,
        // so nothing changes whoever asks.
        updateRegionalSettings: await caller.gql(
          `mutation($i: UpdateRegionalSettingsInput!) { updateRegionalSettings(input: $i) { version } }`,
          {
            i: {
              name: 'Matrixregio',
              accessReviewMonths: 6,
              covenantGraceDays: 30,
              closingGraceDays: 30,
              wgsContactEmail: 'matrix@zvh.example',
              wgsContactPhone: '0900-0000001',
              wgsContactAddress: 'Postbus 1, 1234 AA Matrix',
              volunteerGoalMin: 1,
              volunteerGoalMax: 2,
              expectedVersion: 0,
            },
          },
        ),
        regionSettings: await caller.gql(`{ regionSettings { closingGraceDays } }`),
      };
      expect(
        Object.fromEntries(Object.entries(answers).map(([op, res]) => [op, refusalOrData(res)])),
      ).toEqual({
        regionalSettings: reads ? 'data' : 'FORBIDDEN',
        updateRegionalSettings: admin ? 'EDIT_CONFLICT' : 'FORBIDDEN',
        regionSettings: 'data',
      });
      if (reads) expect(Object.keys(current!).sort()).toHaveLength(12);
      const all = JSON.stringify(answers);
      for (const category of INFORMATION_CATEGORIES) {
        expect(all).not.toContain(fullMarker(category));
        expect(all).not.toContain(summaryMarker(category));
      }
    },
  );
});

describe("the region's wijken (ADR 0026): everyone reads them, only the functional administrator changes them", () => {
  const refusalOrData = (res: GqlResponse<Record<string, unknown>>) =>
    res.errors?.[0]?.extensions?.code ?? 'data';

  it.each(ROLE_SETS.map(([roles]) => [roles.join('+'), roles] as const))(
    'a ZVH user with roles %s',
    async (_label, roles: readonly Role[]) => {
      const caller = callerFor(
        t,
        await createUser(t, fx.agencies.get('ZVH')!, roles, `areas ZVH ${roles.join(' ')}`),
      );
      const admin = roles.includes('FUNCTIONAL_ADMIN');
      const before = await t.db.query<unknown[]>(`SELECT id, name, version FROM area ORDER BY id`);
      // Each change is one the functional administrator is let through for and then refused by
      // its check, so nothing changes whoever asks.
      const answers = {
        areas: await caller.gql(`{ areas { id name ranges { from to } } }`),
        areaForPostcode: await caller.gql(`{ areaForPostcode(postcode: "1231AA") { name } }`),
        areaImportPreview: await caller.gql(
          `{ areaImportPreview(csv: "wijk;postcode_van\\nMatrix;1234") { newAreas } }`,
        ),
        importAreas: await caller.gql(
          `mutation { importAreas(csv: "wijk;postcode_van\\nMatrix;12") { newAreas } }`,
        ),
        createArea: await caller.gql(
          `mutation { createArea(input: { name: "", ranges: [] }) { id } }`,
        ),
        updateArea: await caller.gql(
          `mutation { updateArea(input: { id: "00000000-0000-4000-8000-000000000000", name: "Matrix",
             ranges: [], active: true, expectedVersion: 1 }) { id } }`,
        ),
      };
      expect(
        Object.fromEntries(Object.entries(answers).map(([op, res]) => [op, refusalOrData(res)])),
      ).toEqual({
        areas: 'data',
        areaForPostcode: 'data',
        areaImportPreview: admin ? 'data' : 'FORBIDDEN',
        importAreas: admin ? 'AREA_IMPORT_INVALID' : 'FORBIDDEN',
        createArea: admin ? 'BAD_USER_INPUT' : 'FORBIDDEN',
        updateArea: admin ? 'NOT_FOUND' : 'FORBIDDEN',
      });
      expect(await t.db.query(`SELECT id, name, version FROM area ORDER BY id`)).toEqual(before);
      const all = JSON.stringify(answers);
      for (const category of INFORMATION_CATEGORIES) {
        expect(all).not.toContain(fullMarker(category));
        expect(all).not.toContain(summaryMarker(category));
      }
    },
  );
});

describe("the region's outcome report (ADR 0037): the procesregisseur and agency administrators, anonymous", () => {
  const refusalOrData = (res: GqlResponse<Record<string, unknown>>) =>
    res.errors?.[0]?.extensions?.code ?? 'data';

  it.each(
    (['ZVH', 'PROBATION'] as const).flatMap((type) =>
      ROLE_SETS.map(([roles]) => [type, roles.join('+'), roles] as const),
    ),
  )('a %s user with roles %s', async (type, _label, roles: readonly Role[]) => {
    const caller = callerFor(
      t,
      await createUser(t, fx.agencies.get(type)!, roles, `report ${type} ${roles.join(' ')}`),
    );
    const res = await caller.gql(
      `{ outcomeReport { cells { quarter areaName theme referred } total { referred closed } } }`,
    );
    const reads = roles.includes('PROCESREGISSEUR') || roles.includes('AGENCY_ADMIN');
    expect(refusalOrData(res)).toBe(reads ? 'data' : 'FORBIDDEN');
    const all = JSON.stringify(res);
    for (const category of INFORMATION_CATEGORIES) {
      expect(all).not.toContain(fullMarker(category));
      expect(all).not.toContain(summaryMarker(category));
    }
  });
});

describe('access review operations (issue 15 item 2): the own agency only, never case content', () => {
  it.each(ROLE_SETS.map(([roles]) => [roles.join('+'), roles] as const))(
    'a ZVH user with roles %s',
    async (_label, roles: readonly Role[]) => {
      const zvh = fx.agencies.get('ZVH')!;
      const caller = callerFor(t, await createUser(t, zvh, roles, `review ZVH ${roles.join(' ')}`));
      const colleague = await createUser(t, zvh, ['MEMBER'], `review target ${roles.join(' ')}`);
      const outsider = await createUser(
        t,
        fx.agencies.get('POLICE')!,
        ['MEMBER'],
        `review police ${roles.join(' ')}`,
      );
      const agencyAdmin = roles.includes('AGENCY_ADMIN');
      const confirm = `mutation($u: ID!) { confirmUserAccess(userId: $u) { id accessReviewDue } }`;
      const answers = {
        accessReviewSummary: await caller.gql(`{ accessReviewSummary { reviewMonths } }`),
        confirmColleague: await caller.gql(confirm, { u: colleague }),
        confirmOtherAgency: await caller.gql(confirm, { u: outsider }),
      };
      const actual = Object.fromEntries(
        Object.entries(answers).map(([op, res]) => [
          op,
          res.errors?.[0]?.extensions?.code ?? `data ${JSON.stringify(res.data)}`,
        ]),
      );
      expect(actual).toEqual({
        accessReviewSummary: agencyAdmin
          ? `data ${JSON.stringify({ accessReviewSummary: { reviewMonths: 6 } })}`
          : 'FORBIDDEN',
        confirmColleague: agencyAdmin
          ? `data ${JSON.stringify({ confirmUserAccess: { id: colleague, accessReviewDue: false } })}`
          : 'FORBIDDEN',
        confirmOtherAgency: agencyAdmin ? 'NOT_FOUND' : 'FORBIDDEN',
      });
    },
  );
});

describe("a referrer's address for a known person (issue 16 item 9): the procesregisseur only", () => {
  const NOWHERE = '00000000-0000-4000-8000-00000000abcd';
  beforeAll(async () => {
    // A pending proposal on the case every matrix agency takes part in, and one elsewhere.
    for (const caseId of [fx.readCase, fx.otherRegionCase]) {
      await t.db.query(
        `INSERT INTO referral_address_proposal (region_id, case_id, person_id, street, postcode,
                                                proposed_by_agency_id)
         SELECT c.region_id, c.id, c.subject_person_id, 'Matrixstraat', '9999MM',
                c.referring_agency_id
           FROM case_file c WHERE c.id = $1`,
        [caseId],
      );
    }
  });

  describe.each(AGENCY_TYPES)('a %s user', (agencyType) => {
    it.each(ROLE_SETS.map(([roles, content]) => [roles.join('+'), roles, content] as const))(
      'with roles %s',
      async (_label, roles: readonly Role[], content: boolean) => {
        const caller = callerFor(
          t,
          await createUser(
            t,
            fx.agencies.get(agencyType)!,
            roles,
            `proposal ${agencyType} ${roles.join(' ')}`,
          ),
        );
        const list = `query($c: ID!) { referralAddressProposals(caseId: $c) { proposed { street } } }`;
        const decide = `mutation($i: DecideAddressProposalInput!) {
          decideReferralAddressProposal(input: $i) { id } }`;
        const answers = {
          own: await caller.gql(list, { c: fx.readCase }),
          otherRegion: await caller.gql(list, { c: fx.otherRegionCase }),
          // An id that is no proposal of the case: who may decide gets EDIT_CONFLICT, and nothing
          // changes for anyone.
          decide: await caller.gql(decide, {
            i: { caseId: fx.readCase, proposalId: NOWHERE, decision: 'ACCEPT' },
          }),
        };
        const actual = Object.fromEntries(
          Object.entries(answers).map(([op, res]) => [
            op,
            res.errors?.[0]?.extensions?.code ?? `data ${JSON.stringify(res.data)}`,
          ]),
        );
        const regie = roles.includes('PROCESREGISSEUR') && content;
        // The address is IDENTITY: every participant may read it except a volunteer organisation
        // (only with consent); whoever lacks the role never gets past the declaration.
        const allowed = regie && expectedCell('IDENTITY', agencyType).read === 'FULL';
        expect(actual).toEqual({
          own: allowed
            ? `data ${JSON.stringify({ referralAddressProposals: [{ proposed: { street: 'Matrixstraat' } }] })}`
            : 'FORBIDDEN',
          otherRegion: regie ? 'NOT_FOUND' : 'FORBIDDEN',
          decide: allowed ? 'EDIT_CONFLICT' : 'FORBIDDEN',
        });
      },
    );
  });
});

describe('supervision conditions and violation signals (issue 17, ADR 0033): per agency type and role', () => {
  // A condition probation recorded and a signal the police reported, in the read case: JUSTICE for
  // the condition and the report, PROBATION for the assessment (expected-policy.ts).
  const NOTE = 'voorwaardeq7 notitie';
  const ASSESSMENT = 'beoordelingq7 tekst';
  beforeAll(async () => {
    const [kase] = await t.db.query<{ regionId: string }[]>(
      `SELECT region_id AS "regionId" FROM case_file WHERE id = $1`,
      [fx.readCase],
    );
    const conditionId = await insert(
      `INSERT INTO supervision_condition (region_id, case_id, kind, subject, notes,
         legal_source_kind, legal_source_date, parket_number, starts_on, status, source_agency_id)
       VALUES ($1, $2, 'LOCATION_BAN', 'Matrixplein', $3, 'SENTENCE', '2026-01-05',
               '05/000001-26', '2026-01-10', 'ACTIVE', $4)`,
      [kase!.regionId, fx.readCase, NOTE, fx.agencies.get('PROBATION')],
    );
    await t.db.query(
      `INSERT INTO violation_signal (region_id, case_id, condition_id, reporter_agency_id, what,
         occurred_at, location, seen_by, due_at, status, assessment, follow_up, assessed_at)
       VALUES ($1, $2, $3, $4, 'Gezien op het Matrixplein', now() - interval '1 day', 'Matrixplein',
               'Agent', now() + interval '2 days', 'ASSESSED', $5, 'WARNING', now())`,
      [kase!.regionId, fx.readCase, conditionId, fx.agencies.get('POLICE'), ASSESSMENT],
    );
    await t.db.query(
      `INSERT INTO violation_signal (region_id, case_id, condition_id, reporter_agency_id, what,
         occurred_at, location, seen_by, due_at)
       VALUES ($1, $2, $3, $4, 'Open melding', now() - interval '1 hour', 'Matrixplein',
               'Agent', now() + interval '3 days')`,
      [kase!.regionId, fx.readCase, conditionId, fx.agencies.get('POLICE')],
    );
  });

  const cases = AGENCY_TYPES.flatMap((agencyType) =>
    ROLE_SETS.map(([roles, content]) => [agencyType, roles.join('+'), roles, content] as const),
  );
  it.each(cases)('%s with roles %s', async (agencyType, _label, roles, content) => {
    const caller = callerFor(
      t,
      await createUser(
        t,
        fx.agencies.get(agencyType)!,
        roles,
        `supervision ${agencyType} ${roles.join(' ')}`,
      ),
    );
    const conditions = await caller.gql<{
      supervisionConditions: {
        access: string;
        mayRecord: boolean;
        conditions: { notes: string }[];
      };
    }>(
      `query($c: ID!) { supervisionConditions(caseId: $c) { access mayRecord conditions { notes } } }`,
      { c: fx.readCase },
    );
    const signals = await caller.gql<{
      violationSignals: { status: string; assessmentAccess: string; assessment: string | null }[];
    }>(`query($c: ID!) { violationSignals(caseId: $c) { status assessmentAccess assessment } }`, {
      c: fx.readCase,
    });
    const toAssess = await caller.gql<{ violationSignalsToAssess: { overdue: boolean }[] }>(
      `{ violationSignalsToAssess { overdue signal { status } } }`,
    );
    // The timeline's supervision steps (ADR 0041) follow the same rule as the records.
    const timeline = await caller.gql<{ caseTimeline: { kind: string }[] }>(
      `query($c: ID!) { caseTimeline(caseId: $c) { kind params { value } } }`,
      { c: fx.readCase },
    );
    // Another region's case: nothing of its supervision through any of these paths.
    const otherRegion = await Promise.all(
      [
        `query($c: ID!) { supervisionConditions(caseId: $c) { access } }`,
        `query($c: ID!) { violationSignals(caseId: $c) { status } }`,
        `query($c: ID!) { caseTimeline(caseId: $c) { kind } }`,
      ].map(async (query) => refusal(await caller.gql(query, { c: fx.otherRegionCase }))),
    );
    expect(otherRegion).toEqual(['DENIED', 'DENIED', 'DENIED']);
    const justice = expectedCell('JUSTICE', agencyType);
    const probation = expectedCell('PROBATION', agencyType);
    // A volunteer organisation reads no case without the person's consent (none here).
    const readsCase = content && agencyType !== 'VOLUNTEER';
    const c = conditions.data?.supervisionConditions;
    const s = signals.data?.violationSignals;
    expect({
      conditions: c ? `${c.access} ${c.conditions.length} ${c.mayRecord}` : refusal(conditions),
      signals: s
        ? s.map((x) => `${x.status} ${x.assessmentAccess} ${x.assessment === ASSESSMENT}`).sort()
        : refusal(signals),
      toAssess: toAssess.data?.violationSignalsToAssess.length ?? refusal(toAssess),
      timeline: timeline.data
        ? timeline.data.caseTimeline
            .map((step) => step.kind)
            .filter((kind) => /^(CONDITION|VIOLATION)_/.test(kind))
            .sort()
        : refusal(timeline),
    }).toEqual({
      conditions: !readsCase
        ? 'DENIED'
        : justice.read === 'FULL'
          ? `FULL 1 ${agencyType === 'PROBATION' && justice.write}`
          : 'WITHHELD 0 false',
      // The reporter (POLICE) sees its own agency's reports; JUSTICE readers all of them.
      signals: !readsCase
        ? 'DENIED'
        : justice.read === 'FULL' || agencyType === 'POLICE'
          ? probation.read === 'FULL'
            ? ['ASSESSED FULL true', 'REPORTED FULL false']
            : ['ASSESSED WITHHELD false', 'REPORTED WITHHELD false']
          : [],
      toAssess: readsCase && agencyType === 'PROBATION' && probation.write ? 1 : 0,
      timeline: !readsCase
        ? 'DENIED'
        : [
            ...(justice.read === 'FULL' ? ['CONDITION_RECORDED'] : []),
            ...(justice.read === 'FULL' || agencyType === 'POLICE'
              ? ['VIOLATION_ASSESSED', 'VIOLATION_REPORTED', 'VIOLATION_REPORTED']
              : []),
          ],
    });
    const all = JSON.stringify([conditions, signals, toAssess, timeline]);
    if (!readsCase || justice.read !== 'FULL') expect(all).not.toContain(NOTE);
    if (!readsCase || probation.read !== 'FULL') expect(all).not.toContain(ASSESSMENT);
  });
});

describe('life-domain scores (issue 18 item 3): each domain under its category, for every role', () => {
  beforeAll(async () => {
    const [row] = await t.db.query<{ regionId: string; agencyId: string }[]>(
      `SELECT region_id AS "regionId", referring_agency_id AS "agencyId" FROM case_file WHERE id = $1`,
      [fx.readCase],
    );
    const assessment = await insert(
      `INSERT INTO life_domain_assessment (region_id, case_id, moment, recorded_by_agency_id)
       VALUES ($1, $2, 'INTAKE', $3)`,
      [row!.regionId, fx.readCase, row!.agencyId],
    );
    for (const domain of LIFE_DOMAINS) {
      await t.db.query(
        `INSERT INTO life_domain_score (region_id, assessment_id, domain, category, score)
         VALUES ($1, $2, $3, $4, 3)`,
        [row!.regionId, assessment, domain, LIFE_DOMAIN_CATEGORY[domain]],
      );
    }
  });

  describe.each(AGENCY_TYPES)('a %s user', (agencyType) => {
    it.each(ROLE_SETS.map(([roles, content]) => [roles.join('+'), roles, content] as const))(
      'with roles %s reads and scores exactly the domains whose category it may read',
      async (_label, roles: readonly Role[], content: boolean) => {
        const caller = callerFor(
          t,
          await createUser(
            t,
            fx.agencies.get(agencyType)!,
            roles,
            `LD ${agencyType} ${roles.join(' ')}`,
          ),
        );
        const planRead = content && expectedCell('PLAN', agencyType).read === 'FULL';
        const readable = (d: LifeDomain) =>
          content && expectedCell(LIFE_DOMAIN_CATEGORY[d], agencyType).read === 'FULL';
        const [res, other] = await Promise.all(
          [fx.readCase, fx.otherRegionCase].map((c) =>
            caller.gql<{
              caseLifeDomainScores: {
                scorableDomains: string[];
                moments: {
                  assessment: {
                    scores: { domain: string; access: string; score: number | null }[];
                  } | null;
                }[];
              };
            }>(
              `query($c: ID!) { caseLifeDomainScores(caseId: $c) { scorableDomains
                 moments { assessment { scores { domain access score } } } } }`,
              { c },
            ),
          ),
        );
        expect(refusal(other!)).toBe('DENIED');
        const leads = roles.includes('PROCESREGISSEUR');
        if (!planRead) {
          expect(refusal(res!)).toBe('DENIED');
        } else {
          const intake = res!.data!.caseLifeDomainScores.moments[0]!.assessment!;
          expect(
            Object.fromEntries(intake.scores.map((s) => [s.domain, `${s.access} ${s.score}`])),
          ).toEqual(
            Object.fromEntries(
              LIFE_DOMAINS.map((d) => [d, readable(d) ? 'FULL 3' : 'WITHHELD null']),
            ),
          );
          expect(res!.data!.caseLifeDomainScores.scorableDomains).toEqual(
            leads ? LIFE_DOMAINS.filter(readable) : [],
          );
        }
        // Scoring Veiligheid (SAFETY, read by every participant but a volunteer organisation):
        // allowed for the case's lead only — the second allowed attempt meets the first (conflict).
        const scored = await caller.gql(
          `mutation($input: ScoreLifeDomainsInput!) { scoreLifeDomains(input: $input) { moment } }`,
          {
            input: {
              caseId: fx.writeCase,
              moment: 'INTAKE',
              scores: [{ domain: 'SAFETY', score: 2 }],
            },
          },
        );
        const code = scored.errors?.[0]?.extensions?.code;
        expect(!scored.errors || code === 'EDIT_CONFLICT' ? 'ALLOWED' : refusal(scored)).toBe(
          planRead && leads && readable('SAFETY') ? 'ALLOWED' : 'DENIED',
        );
      },
    );
  });
});

describe('telling the person (issue 17 item 4, ADR 0035): the letter and the informed record, for every role', () => {
  const cases = AGENCY_TYPES.flatMap((agencyType) =>
    ROLE_SETS.map(([roles, content]) => [agencyType, roles.join('+'), roles, content] as const),
  );
  it.each(cases)('%s with roles %s', async (agencyType, _label, roles, content) => {
    const userId = await createUser(
      t,
      fx.agencies.get(agencyType)!,
      roles,
      `letter ${agencyType} ${roles.join(' ')}`,
    );
    const caller = callerFor(t, userId);
    const cookie = sessionCookie(t, userId);
    const letter = await download(t, `/cases/${fx.readCase}/transparency-letter.pdf`, cookie);
    const elsewhere = await download(
      t,
      `/cases/${fx.otherRegionCase}/transparency-letter.pdf`,
      cookie,
    );
    const [informed, otherInformed] = await Promise.all(
      [fx.readCase, fx.otherRegionCase].map((c) =>
        caller.gql<{
          casePersonInformed: { access: string; mayRecord: boolean; mayGenerateLetter: boolean };
        }>(
          `query($c: ID!) { casePersonInformed(caseId: $c) { access mayRecord mayGenerateLetter } }`,
          { c },
        ),
      ),
    );
    const recorded = await caller.gql(
      `mutation($input: RecordPersonInformedInput!) { recordPersonInformed(input: $input) {
         record { revision } } }`,
      { input: { caseId: fx.writeCase, informed: false, notInformedReason: 'NOT_REACHABLE' } },
    );
    // A volunteer organisation reads no case without the person's consent (none here).
    const readsCase = content && agencyType !== 'VOLUNTEER';
    // The fixture case has no casusregisseur: its only lead is a procesregisseur taking part.
    const lead = readsCase && roles.includes('PROCESREGISSEUR');
    const planRead = readsCase && expectedCell('PLAN', agencyType).read === 'FULL';
    const i = informed!.data?.casePersonInformed;
    const code = recorded.errors?.[0]?.extensions?.code;
    expect({
      letter: letter.status,
      elsewhere: elsewhere.status,
      informed: i ? `${i.access} ${i.mayRecord} ${i.mayGenerateLetter}` : refusal(informed!),
      otherInformed: refusal(otherInformed!),
      // The second lead to record meets the first one's record: EDIT_CONFLICT, still allowed.
      record: !recorded.errors || code === 'EDIT_CONFLICT' ? 'ALLOWED' : refusal(recorded),
    }).toEqual({
      letter: !readsCase ? 404 : lead ? 200 : 403,
      elsewhere: 404,
      informed: !readsCase ? 'DENIED' : planRead ? `FULL ${lead} ${lead}` : 'WITHHELD false false',
      otherInformed: 'DENIED',
      record: lead && planRead ? 'ALLOWED' : 'DENIED',
    });
    if (letter.status === 200) {
      // The letter is built from structured data only: no item text of any category.
      const text = pdfText(letter.body);
      for (const category of INFORMATION_CATEGORIES) {
        expect(text).not.toContain(fullMarker(category));
        expect(text).not.toContain(summaryMarker(category));
      }
      expect(text).toContain('Matrix POLICE');
    }
  });
});

describe('area teams (issue 18 item 2, ADR 0036): kept by the functional administrator, workload for members only', () => {
  let teamId: string;
  let regionId: string;
  beforeAll(async () => {
    const [row] = await t.db.query<{ regionId: string; personId: string }[]>(
      `SELECT region_id AS "regionId", subject_person_id AS "personId" FROM case_file WHERE id = $1`,
      [fx.readCase],
    );
    regionId = row!.regionId;
    // The fixture case's person lives in wijk "Matrixwijk"; the police serve it with a team.
    const area = await insert(`INSERT INTO area (region_id, name) VALUES ($1, 'Matrixwijk')`, [
      regionId,
    ]);
    await t.db.query(
      `INSERT INTO area_postcode_range (region_id, area_id, pc4_from, pc4_to) VALUES ($1, $2, 9800, 9809)`,
      [regionId, area],
    );
    await t.db.query(`UPDATE person SET postcode = '9801AB' WHERE id = $1`, [row!.personId]);
    teamId = await insert(
      `INSERT INTO area_team (region_id, agency_id, name) VALUES ($1, $2, 'Matrixteam')`,
      [regionId, fx.agencies.get('POLICE')],
    );
    await t.db.query(
      `INSERT INTO area_team_area (region_id, team_id, area_id) VALUES ($1, $2, $3)`,
      [regionId, teamId, area],
    );
  });

  const refusalOrData = (res: GqlResponse<Record<string, unknown>>) =>
    res.errors?.[0]?.extensions?.code ?? 'data';
  const cases: (readonly [string, AgencyType, readonly Role[], boolean])[] = [
    ...ROLE_SETS.map(([roles]) => [`ZVH ${roles.join('+')}`, 'ZVH', roles, false] as const),
    ...AGENCY_TYPES.filter((type) => type !== 'ZVH').map(
      (type) => [`${type} MEMBER`, type, ['MEMBER'] as readonly Role[], false] as const,
    ),
    ['POLICE MEMBER of the team', 'POLICE', ['MEMBER'], true],
  ];

  it.each(cases)('%s', async (label, type, roles, member) => {
    const userId = await createUser(t, fx.agencies.get(type)!, roles, `teams ${label}`);
    if (member) {
      await t.db.query(
        `INSERT INTO area_team_member (region_id, team_id, user_id) VALUES ($1, $2, $3)`,
        [regionId, teamId, userId],
      );
    }
    const caller = callerFor(t, userId);
    const admin = roles.includes('FUNCTIONAL_ADMIN');
    const before = await t.db.query<unknown[]>(
      `SELECT id, name, version FROM area_team ORDER BY id`,
    );
    const answers = {
      areaTeams: await caller.gql(`{ areaTeams { id name members { name } } }`),
      areaTeamCandidates: await caller.gql(
        `query($a: ID!) { areaTeamCandidates(agencyId: $a) { name } }`,
        { a: fx.agencies.get('POLICE') },
      ),
      areaPartners: await caller.gql(
        `{ areaPartners(postcode: "9801AB") { area { name } teams { name members { name } } } }`,
      ),
      myAreaTeams: await caller.gql(`{ myAreaTeams { name } }`),
      areaWorkload: await caller.gql(
        `query($id: ID!) { areaWorkload(teamId: $id) { rows { areaName participating notParticipating } } }`,
        { id: teamId },
      ),
      createAreaTeam: await caller.gql(
        `mutation($a: ID!) { createAreaTeam(input: { agencyId: $a, name: "", areaIds: [], memberUserIds: [] }) { id } }`,
        { a: fx.agencies.get('POLICE') },
      ),
      updateAreaTeam: await caller.gql(
        `mutation { updateAreaTeam(input: { id: "00000000-0000-4000-8000-000000000000", name: "Matrix",
           areaIds: [], memberUserIds: [], active: true, expectedVersion: 1 }) { id } }`,
      ),
    };
    expect(
      Object.fromEntries(Object.entries(answers).map(([op, res]) => [op, refusalOrData(res)])),
    ).toEqual({
      areaTeams: admin ? 'data' : 'FORBIDDEN',
      areaTeamCandidates: admin ? 'data' : 'FORBIDDEN',
      areaPartners: 'data',
      myAreaTeams: 'data',
      areaWorkload: member ? 'data' : 'NOT_FOUND',
      createAreaTeam: admin ? 'BAD_USER_INPUT' : 'FORBIDDEN',
      updateAreaTeam: admin ? 'NOT_FOUND' : 'FORBIDDEN',
    });
    // Everyone learns which teams serve the wijk, nobody learns their members that way.
    expect(answers.areaPartners.data).toEqual({
      areaPartners: { area: { name: 'Matrixwijk' }, teams: [{ name: 'Matrixteam', members: [] }] },
    });
    if (member) {
      // The fixture's open cases in the wijk: those the police take part in, and the others.
      const [recount] = await t.db.query<{ own: number; other: number }[]>(
        `SELECT count(*) FILTER (WHERE own)::int AS own,
                count(*) FILTER (WHERE NOT own)::int AS other
           FROM (SELECT EXISTS (SELECT 1 FROM case_participant ap WHERE ap.case_id = c.id
                                   AND ap.agency_id = $2
                                   AND (ap.ended_at IS NULL OR ap.ended_at > now())) AS own
                   FROM case_file c JOIN person p ON p.id = c.subject_person_id
                  WHERE p.region_id = $1 AND p.postcode = '9801AB'
                    AND c.status IN ('REFERRED', 'IN_TRIAGE', 'ACCEPTED', 'ACTIVE')) x`,
        [regionId, fx.agencies.get('POLICE')],
      );
      expect(recount!.own).toBeGreaterThan(0);
      expect(answers.areaWorkload.data).toEqual({
        areaWorkload: {
          rows: [
            {
              areaName: 'Matrixwijk',
              participating: recount!.own,
              notParticipating: recount!.other > 0 && recount!.other < 5 ? null : recount!.other,
            },
          ],
        },
      });
    }
    expect(await t.db.query(`SELECT id, name, version FROM area_team ORDER BY id`)).toEqual(before);
    const all = JSON.stringify(answers);
    for (const category of INFORMATION_CATEGORIES) {
      expect(all).not.toContain(fullMarker(category));
      expect(all).not.toContain(summaryMarker(category));
    }
    expect(all).not.toContain('Matrix fixture');
  });
});

describe('volunteer couplings (issue 17 item 3, ADR 0034): per agency type and role', () => {
  // A request from probation to the matrix's volunteer organisation about the read case, under a
  // consent of the person (IDENTITY, name only) for that organisation. The coordinator sees the
  // request's fields and nothing else; the case's PROBATION readers see its status.
  const FIRST_NAME = 'Koppelvoornaamq7';
  const SAFETY = 'veiligheidq7 notitie';
  let couplingId: string;
  let consentId: string;
  beforeAll(async () => {
    const [kase] = await t.db.query<{ regionId: string; personId: string }[]>(
      `SELECT region_id AS "regionId", subject_person_id AS "personId" FROM case_file WHERE id = $1`,
      [fx.readCase],
    );
    consentId = await insert(
      `INSERT INTO consent (region_id, person_id, category, recipient_agency_id, case_id,
                            recorded_in_case_id, recorded_by_agency_id, parts)
       VALUES ($1, $2, 'IDENTITY', $3, $4, $4, $5, '{NAME}')`,
      [
        kase!.regionId,
        kase!.personId,
        fx.agencies.get('VOLUNTEER'),
        fx.readCase,
        fx.agencies.get('PROBATION'),
      ],
    );
    couplingId = await insert(
      `INSERT INTO volunteer_coupling (region_id, case_id, volunteer_agency_id,
         requested_by_agency_id, first_name, age_band, wijk, help_asked, availability, safety_note)
       VALUES ($1, $2, $3, $4, $5, 'AGE_30_39', 'Noord', '{WERK}', 'Maandag', $6)`,
      [
        kase!.regionId,
        fx.readCase,
        fx.agencies.get('VOLUNTEER'),
        fx.agencies.get('PROBATION'),
        FIRST_NAME,
        SAFETY,
      ],
    );
  });
  afterAll(async () => {
    await t.db.query(`DELETE FROM volunteer_coupling WHERE id = $1`, [couplingId]);
    await t.db.query(`DELETE FROM consent WHERE id = $1`, [consentId]);
  });

  const cases = AGENCY_TYPES.flatMap((agencyType) =>
    ROLE_SETS.map(([roles, content]) => [agencyType, roles.join('+'), roles, content] as const),
  );
  it.each(cases)('%s with roles %s', async (agencyType, _label, roles, content) => {
    const caller = callerFor(
      t,
      await createUser(
        t,
        fx.agencies.get(agencyType)!,
        roles,
        `koppeling ${agencyType} ${roles.join(' ')}`,
      ),
    );
    const list = await caller.gql<{ volunteerMatchRequests: { firstName: string | null }[] }>(
      `{ volunteerMatchRequests { firstName safetyNote } }`,
    );
    const one = await caller.gql<{ volunteerMatchRequest: { firstName: string | null } }>(
      `query($id: ID!) { volunteerMatchRequest(id: $id) { firstName safetyNote } }`,
      { id: couplingId },
    );
    const ofCase = await caller.gql<{
      caseVolunteerCouplings: { access: string; mayRequest: boolean; couplings: unknown[] };
    }>(
      `query($c: ID!) { caseVolunteerCouplings(caseId: $c) { access mayRequest couplings { firstName safetyNote } } }`,
      { c: fx.readCase },
    );
    const figures = await caller.gql<{ volunteerCouplingFigures: { organisations: unknown[] } }>(
      `query($y: Int!) { volunteerCouplingFigures(year: $y) { organisations { requests } } }`,
      { y: new Date().getUTCFullYear() },
    );
    const coordinator = content && agencyType === 'VOLUNTEER';
    const probation = expectedCell('PROBATION', agencyType);
    // The volunteer organisation reads the case under the consent here; other types take part.
    const readsCase = content;
    const c = ofCase.data?.caseVolunteerCouplings;
    expect({
      list: list.data?.volunteerMatchRequests.map((r) => r.firstName) ?? refusal(list),
      one: one.data?.volunteerMatchRequest.firstName ?? refusal(one),
      ofCase: c ? `${c.access} ${c.couplings.length} ${c.mayRequest}` : refusal(ofCase),
      figures: figures.data
        ? figures.data.volunteerCouplingFigures.organisations.length > 0
        : refusal(figures),
    }).toEqual({
      list: coordinator ? [FIRST_NAME] : [],
      one: coordinator ? FIRST_NAME : 'DENIED',
      ofCase: !readsCase
        ? 'DENIED'
        : probation.read === 'FULL'
          ? `FULL 1 ${agencyType === 'PROBATION' && probation.write}`
          : 'WITHHELD 0 false',
      figures:
        coordinator || (agencyType === 'ZVH' && roles.includes('PROCESREGISSEUR'))
          ? true
          : 'DENIED',
    });
    if (!coordinator && !(readsCase && probation.read === 'FULL')) {
      expect(JSON.stringify([list, one, ofCase, figures])).not.toContain(SAFETY);
    }
  });
});
