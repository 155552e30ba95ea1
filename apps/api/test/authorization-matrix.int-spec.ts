// The authorization matrix (style.md item 15): every agency type × role set × category × access
// path is generated from the one hand-written table in support/expected-policy.ts and checked
// through the real GraphQL API on PostgreSQL. A leak and a wrong denial both fail.
import {
  AGENCY_TYPES,
  INFORMATION_CATEGORIES,
  type AgencyType,
  type InformationCategory,
  type Role,
} from '@schakel/domain';
import { DEFAULT_COVENANT } from '@schakel/sharing-policy';
import { insertCovenantVersion } from '../src/covenant/covenant.store';
import { expectedCell, expectedFreeText, ROLE_SETS } from './support/expected-policy';
import type { GqlResponse } from './support/graphql-client';
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

async function insert(sql: string, params: unknown[]): Promise<string> {
  const [row] = (await t.db.query(`${sql} RETURNING id`, params)) as { id: string }[];
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
  const [demo] = (await t.db.query(`SELECT id FROM region WHERE code = 'demo'`)) as {
    id: string;
  }[];
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
// Twenty searches in one request stay under the query-cost limit without the id.
const SEARCH_FIELDS = 'category access text summary';
const expectRead = (read: string) => (read === 'WITHHELD' ? 'ABSENT' : read);

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
              `f_${c}: informationItems(caseId: $c, text: "${fullMarker(c)}") { ${SEARCH_FIELDS} }
               s_${c}: informationItems(caseId: $c, text: "${summaryMarker(c)}") { ${SEARCH_FIELDS} }`,
          ).join('\n')} }`,
          { c: fx.readCase },
        ),
        caller.gql<Record<string, { caseIds: string[]; person: { id: string } }[]>>(
          `{ byName: searchPersons(input: { familyName: "matrixPERSOON", dateOfBirth: "1990-05-05" }) { caseIds person { id } }
             byBsn: searchPersons(input: { bsn: "${BSN}" }) { caseIds person { id } }
             endedByName: searchPersons(input: { familyName: "Oudpersoon", dateOfBirth: "1990-05-05" }) { caseIds }
             endedByBsn: searchPersons(input: { bsn: "${ENDED_PERSON_BSN}" }) { caseIds } }`,
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
      const stored = (await t.db.query(
        `SELECT category FROM information_item WHERE created_by_user_id = $1 AND case_id = $2`,
        [caller.userId, fx.writeCase],
      )) as { category: string }[];

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
      elsewhere.forEach((res, index) => {
        const where = index % 2 === 0 ? 'participation ended' : 'other region';
        const category = ['IDENTITY', 'SAFETY', 'PLAN'][Math.floor(index / 2)]!;
        check(`by id, ${where}`, category, 'DENIED', res.data ? 'SHOWN' : refusal(res));
      });

      expect(actual).toEqual(expected);
      checked += expected.length;

      // The audit trail: exactly one event per access on every path above, DENIED exactly where
      // the policy refused, and the person and categories of what was actually read.
      const readable = INFORMATION_CATEGORIES.filter((c) => cells.get(c)!.read !== 'WITHHELD');
      const writable = INFORMATION_CATEGORIES.filter((c) => cells.get(c)!.write);
      const trail = (await t.db.query(
        `SELECT operation, action, result, person_ids AS "personIds", case_id AS "caseId",
                categories, reason_code AS "reasonCode", request_id AS "requestId"
           FROM audit_event WHERE actor_user_id = $1 ORDER BY id`,
        [caller.userId],
      )) as {
        operation: string;
        action: string;
        result: string;
        personIds: string[];
        caseId: string | null;
        categories: string[];
        reasonCode: string | null;
        requestId: string | null;
      }[];
      const count = (operation: string, result: string) =>
        trail.filter((e) => e.operation === operation && e.result === result).length;
      const tally = [
        `Query.informationItems ALLOWED ${count('Query.informationItems', 'ALLOWED')}`,
        `Query.case ${caseVisible ? 'ALLOWED' : 'DENIED'} ${count('Query.case', caseVisible ? 'ALLOWED' : 'DENIED')}`,
        `Query.searchPersons ALLOWED ${count('Query.searchPersons', 'ALLOWED')}`,
        `Query.informationItem ALLOWED ${count('Query.informationItem', 'ALLOWED')}`,
        `Query.informationItem DENIED ${count('Query.informationItem', 'DENIED')}`,
        `Mutation.addInformationItem ALLOWED ${count('Mutation.addInformationItem', 'ALLOWED')}`,
        `Mutation.addInformationItem DENIED ${count('Mutation.addInformationItem', 'DENIED')}`,
        `total ${trail.length}`,
      ];
      expect(tally).toEqual([
        // list + 20 searches + ended + other region
        'Query.informationItems ALLOWED 23',
        `Query.case ${caseVisible ? 'ALLOWED' : 'DENIED'} 1`,
        'Query.searchPersons ALLOWED 4',
        `Query.informationItem ALLOWED ${readable.length}`,
        `Query.informationItem DENIED ${INFORMATION_CATEGORIES.length - readable.length + 6}`,
        `Mutation.addInformationItem ALLOWED ${writable.length}`,
        `Mutation.addInformationItem DENIED ${INFORMATION_CATEGORIES.length - writable.length}`,
        `total ${23 + 1 + 4 + 10 + 6 + 10}`,
      ]);
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

afterAll(() => {
  // 10 agency types × 5 role sets × (10 categories × 10 paths + 6 person-record + 6 elsewhere).
  expect(checked).toBe(AGENCY_TYPES.length * ROLE_SETS.length * (10 * 10 + 6 + 6));
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
    const [demo] = (await t.db.query(`SELECT id FROM region WHERE code = 'demo'`)) as {
      id: string;
    }[];
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
          const want = content ? expectedFreeText(c, agencyType, content) : 'DENIED';
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
