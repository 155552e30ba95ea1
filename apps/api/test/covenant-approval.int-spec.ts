// Issue 11 item 2: the covenant can no longer be loosened by one administrator. Entries above the
// legal ceiling are refused (and clamped if stored anyway); every change is a proposal that takes
// effect only after a privacy officer other than the proposer approves it (four eyes).
import { DEFAULT_COVENANT, type CovenantEntry } from '@schakel/sharing-policy';
import { insertCovenantVersion } from '../src/covenant/covenant.store';
import { errorCode, errorField, ok, type GqlResponse } from './support/graphql-client';
import { callerByEmail, callerFor, createUser, idsBy, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let cases: Map<string, string>;
let agencies: Map<string, string>;
let regionId: string;
const as: Record<string, Caller> = {};

const USERS = {
  gemeente: 'gemeente@demostad.demo.example',
  politie: 'wijkagent@politie.demo.example',
  woning: 'woningcorporatie@demohuis.demo.example',
  privacy: 'privacy@zvh.demo.example',
  beheer: 'beheer@zvh.demo.example',
} as const;

beforeAll(async () => {
  t = await createTestApp();
  for (const [key, email] of Object.entries(USERS)) as[key] = await callerByEmail(t, email);
  cases = await idsBy(t, `SELECT reference AS key, id FROM case_file`);
  agencies = await idsBy(t, `SELECT name AS key, id FROM agency`);
  const [region] = await t.db.query<
    {
      id: string;
    }[]
  >(`SELECT id FROM region WHERE code = 'demo'`);
  regionId = region!.id;
  const zvh = agencies.get('Zorg- en Veiligheidshuis Demo-regio')!;
  // One person holding both roles: still never decides on their own proposal.
  as['both'] = callerFor(
    t,
    await createUser(t, zvh, ['FUNCTIONAL_ADMIN', 'PRIVACY_OFFICER'], 'Twee Petten'),
  );
  as['privacy2'] = callerFor(t, await createUser(t, zvh, ['PRIVACY_OFFICER'], 'Tweede Privacy'));
});
afterAll(async () => {
  await t.close();
});

const caseId = (reference: string) => cases.get(reference)!;

const COVENANT = `{ covenant { version entries { agencyType agency { id } category read write readSummary } } }`;
const PROPOSE = `mutation($input: UpdateCovenantInput!) { proposeCovenantChange(input: $input) {
  id status baseVersion resultingVersion proposedBy decidedBy decisionReason canDecide
  changes { agencyType agency { name } category before { read write readSummary } after { read write readSummary } } } }`;
const APPROVE = `mutation($input: DecideCovenantProposalInput!) { approveCovenantProposal(input: $input) {
  id status resultingVersion decidedBy decisionReason proposedAt decidedAt } }`;
const REJECT = `mutation($input: DecideCovenantProposalInput!) { rejectCovenantProposal(input: $input) {
  id status resultingVersion decidedBy decisionReason } }`;
const PROPOSALS = `{ covenantProposals { id status baseVersion resultingVersion proposedBy decidedBy
  decisionReason canDecide proposedAt decidedAt changes { agencyType category before { read } after { read } } } }`;
const CASE = `query($id: ID!) { case(id: $id) {
  subject { familyName { access value } }
  categoryAccess { category access }
  informationItems { category access text } } }`;

interface Entry {
  agencyType: string | null;
  agency: { id: string } | null;
  category: string;
  read: boolean;
  write: boolean;
  readSummary: boolean;
}
interface Proposal {
  id: string;
  status: string;
  baseVersion: number;
  resultingVersion: number | null;
  proposedBy: string | null;
  decidedBy: string | null;
  decisionReason: string | null;
  canDecide: boolean;
  proposedAt?: string;
  decidedAt?: string | null;
  changes: {
    agencyType: string | null;
    category: string;
    before: { read: boolean } | null;
    after: { read: boolean } | null;
  }[];
}
interface CaseView {
  case: {
    subject: { familyName: { access: string; value: string | null } };
    categoryAccess: { category: string; access: string }[];
    informationItems: { category: string; access: string; text: string | null }[];
  };
}

async function current(): Promise<{ version: number; entries: Record<string, unknown>[] }> {
  const { covenant } = ok(
    await as.beheer!.gql<{ covenant: { version: number; entries: Entry[] } }>(COVENANT),
  );
  return {
    version: covenant.version,
    entries: covenant.entries.map(({ agency, ...entry }) =>
      agency ? { ...entry, agencyId: agency.id } : entry,
    ),
  };
}

/** The current entries with one type's entry for a category replaced. */
async function changed(
  agencyType: string,
  category: string,
  grant: { read: boolean; write: boolean; readSummary?: boolean },
) {
  const { version, entries } = await current();
  return {
    baseVersion: version,
    entries: entries.map((entry) =>
      entry['agencyType'] === agencyType && entry['category'] === category
        ? { ...entry, readSummary: false, ...grant }
        : entry,
    ),
  };
}

const propose = (caller: Caller, input: Record<string, unknown>) =>
  caller.gql<{ proposeCovenantChange: Proposal }>(PROPOSE, { input });

async function careAsSeenBy(caller: Caller, reference: string) {
  const { case: view } = ok(await caller.gql<CaseView>(CASE, { id: caseId(reference) }));
  return {
    category: view.categoryAccess.find((c) => c.category === 'CARE')!.access,
    items: view.informationItems
      .filter((item) => item.category === 'CARE')
      .map((item) => [item.access, item.text]),
  };
}

async function counts() {
  const [row] = await t.db.query<{ versions: number; proposals: number }[]>(
    `SELECT (SELECT count(*)::int FROM covenant_version WHERE region_id = $1) AS versions,
            (SELECT count(*)::int FROM covenant_proposal WHERE region_id = $1) AS proposals`,
    [regionId],
  );
  return row!;
}

describe('the legal ceiling', () => {
  it('refuses MUNICIPALITY or POLICE read on CARE, changes nothing, and CARE stays withheld', async () => {
    const before = await counts();
    const gemeenteBefore = await careAsSeenBy(as.gemeente!, 'ZVH-2026-002');
    const politieBefore = await careAsSeenBy(as.politie!, 'ZVH-2026-001');
    expect(gemeenteBefore.category).toBe('WITHHELD');
    expect(politieBefore.category).toBe('WITHHELD');

    for (const agencyType of ['MUNICIPALITY', 'POLICE']) {
      const input = {
        ...(await changed(agencyType, 'CARE', { read: true, write: false })),
        note: `${agencyType} leest zorg`,
      };
      const index = input.entries.findIndex(
        (e) => e['agencyType'] === agencyType && e['category'] === 'CARE',
      );
      const res = await propose(as.beheer!, input);
      expect([errorCode(res), errorField(res)]).toEqual([
        'COVENANT_ABOVE_CEILING',
        `entries[${index}]`,
      ]);
      expect(res.errors![0]!.message).toBe(
        `Above the legal ceiling: ${agencyType} may not read CARE (medical secrecy, WGBO).`,
      );
    }

    // Also through an entry naming one agency, held to the ceiling of its type.
    const { version, entries } = await current();
    const oneAgency = await propose(as.beheer!, {
      baseVersion: version,
      note: 'Gemeente Demostad leest zorg',
      entries: [
        ...entries,
        {
          agencyId: agencies.get('Gemeente Demostad'),
          category: 'CARE',
          read: true,
          write: false,
          readSummary: false,
        },
      ],
    });
    expect([errorCode(oneAgency), errorField(oneAgency)]).toEqual([
      'COVENANT_ABOVE_CEILING',
      `entries[${entries.length}]`,
    ]);

    expect(await counts()).toEqual(before);
    expect(await careAsSeenBy(as.gemeente!, 'ZVH-2026-002')).toEqual(gemeenteBefore);
    expect(await careAsSeenBy(as.politie!, 'ZVH-2026-001')).toEqual(politieBefore);
    expect(gemeenteBefore.items).toEqual([]);
    expect(politieBefore.items).toEqual([]);
  });

  it('is readable as data: per category its regime and who may ever read, summarise, write', async () => {
    const { covenantLegalCeiling: rows } = ok(
      await as.privacy!.gql<{
        covenantLegalCeiling: { category: string; regime: string; read: string[] }[];
      }>(`{ covenantLegalCeiling { category regime read readSummary write } }`),
    );
    expect(rows.find((row) => row.category === 'CARE')).toMatchObject({
      regime: 'WGBO',
      read: ['CARE'],
    });
    expect(errorCode(await as.politie!.gql(`{ covenantLegalCeiling { category } }`))).toBe(
      'FORBIDDEN',
    );
  });

  it('clamps a covenant row written by SQL above the ceiling: it still grants nothing', async () => {
    const [latest] = await t.db.query<{ v: number }[]>(
      `SELECT max(version)::int AS v FROM covenant_version WHERE region_id = $1`,
      [regionId],
    );
    const loosened: CovenantEntry[] = DEFAULT_COVENANT.map((entry) =>
      entry.category === 'CARE' &&
      'agencyType' in entry.subject &&
      ['MUNICIPALITY', 'POLICE'].includes(entry.subject.agencyType)
        ? { ...entry, read: true, write: true, readSummary: true }
        : entry,
    );
    await insertCovenantVersion(t.db, {
      regionId,
      version: latest!.v + 1,
      entries: loosened,
      note: 'Written by SQL, above the ceiling',
      userId: null,
    });
    try {
      const [stored] = await t.db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM covenant_entry e JOIN covenant_version v ON v.id = e.version_id
          WHERE v.region_id = $1 AND v.version = $2 AND e.category = 'CARE' AND e.read
            AND e.agency_type IN ('MUNICIPALITY', 'POLICE')`,
        [regionId, latest!.v + 1],
      );
      expect(stored!.n).toBe(2);
      for (const [caller, reference] of [
        [as.gemeente!, 'ZVH-2026-002'],
        [as.politie!, 'ZVH-2026-001'],
      ] as const) {
        // Withheld items are filtered in SQL: none is listed, the category says WITHHELD.
        expect(await careAsSeenBy(caller, reference)).toEqual({ category: 'WITHHELD', items: [] });
      }
    } finally {
      await insertCovenantVersion(t.db, {
        regionId,
        version: latest!.v + 2,
        entries: DEFAULT_COVENANT,
        note: 'Back to the default',
        userId: null,
      });
    }
  });
});

describe('four eyes', () => {
  const tightenHousing = async (note: string) => ({
    ...(await changed('HOUSING', 'IDENTITY', { read: false, write: false })),
    note,
  });
  const familyNameOfWoning = async () =>
    ok(await as.woning!.gql<CaseView>(CASE, { id: caseId('ZVH-2026-001') })).case.subject.familyName
      .access;

  it('a proposal does nothing until approved; the proposer cannot approve it', async () => {
    const before = await counts();
    const { proposeCovenantChange: proposal } = ok(
      await propose(as.beheer!, await tightenHousing('Woningcorporaties zonder identiteit')),
    );
    expect(proposal).toMatchObject({
      status: 'PENDING',
      resultingVersion: null,
      proposedBy: 'Kees Vermeulen',
      decidedBy: null,
      canDecide: false,
    });
    expect(proposal.changes).toEqual([
      {
        agencyType: 'HOUSING',
        agency: null,
        category: 'IDENTITY',
        before: { read: true, write: true, readSummary: false },
        after: { read: false, write: false, readSummary: false },
      },
    ]);
    const after = await counts();
    expect(after).toEqual({ versions: before.versions, proposals: before.proposals + 1 });
    expect(await familyNameOfWoning()).toBe('FULL');

    // The administrator is no approver, and the privacy officer proposes nothing.
    const byAdmin = await as.beheer!.gql(APPROVE, { input: { proposalId: proposal.id } });
    expect(errorCode(byAdmin)).toBe('FORBIDDEN');
    expect(errorCode(await propose(as.privacy!, await tightenHousing('Niet mijn taak')))).toBe(
      'FORBIDDEN',
    );
    expect(await familyNameOfWoning()).toBe('FULL');

    const seen = ok(
      await as.privacy!.gql<{ covenantProposals: Proposal[] }>(PROPOSALS),
    ).covenantProposals;
    expect(seen.find((p) => p.id === proposal.id)).toMatchObject({
      status: 'PENDING',
      canDecide: true,
      decidedAt: null,
    });
    expect(Date.parse(seen.find((p) => p.id === proposal.id)!.proposedAt!)).not.toBeNaN();
    // Clean up: rejected, with a reason.
    ok(
      await as.privacy!.gql(REJECT, {
        input: { proposalId: proposal.id, reason: 'Alleen voor deze test' },
      }),
    );
  });

  it('a user holding both roles cannot approve their own proposal, nor can SQL', async () => {
    const { proposeCovenantChange: proposal } = ok(
      await propose(as.both!, await tightenHousing('Eigen voorstel')),
    );
    expect(proposal.canDecide).toBe(false);
    for (const mutation of [APPROVE, REJECT]) {
      const res = await as.both!.gql(mutation, {
        input: { proposalId: proposal.id, reason: 'Zelf beslist' },
      });
      expect([errorCode(res), errorField(res)]).toEqual(['COVENANT_OWN_PROPOSAL', 'proposalId']);
    }
    await expect(
      t.db.query(
        `UPDATE covenant_proposal SET status = 'REJECTED', decided_by_user_id = proposed_by_user_id,
                decided_at = now(), decision_reason = 'Zelf' WHERE id = $1`,
        [proposal.id],
      ),
    ).rejects.toThrow(/covenant_proposal_four_eyes/);
    expect(await familyNameOfWoning()).toBe('FULL');
    ok(await as.privacy!.gql(REJECT, { input: { proposalId: proposal.id, reason: 'Opruimen' } }));
  });

  it('approval by a privacy officer takes effect on the next request, both steps in history and trail', async () => {
    const { version: base } = await current();
    const { proposeCovenantChange: proposal } = ok(
      await propose(as.beheer!, await tightenHousing('Woningcorporaties zonder identiteit')),
    );
    expect(await familyNameOfWoning()).toBe('FULL');
    const { approveCovenantProposal: approved } = ok(
      await as.privacy!.gql<{ approveCovenantProposal: Proposal }>(APPROVE, {
        input: { proposalId: proposal.id, reason: 'Past binnen de wet' },
      }),
    );
    expect(approved).toMatchObject({
      status: 'APPROVED',
      resultingVersion: base + 1,
      decidedBy: 'Femke van Dijk',
      decisionReason: 'Past binnen de wet',
    });
    // Both moments are recorded: first proposed, then decided.
    expect(Date.parse(approved.decidedAt!)).toBeGreaterThanOrEqual(
      Date.parse(approved.proposedAt!),
    );
    expect(await familyNameOfWoning()).toBe('WITHHELD');

    const { covenantVersions } = ok(
      await as.privacy!.gql<{
        covenantVersions: {
          version: number;
          createdBy: string | null;
          approvedBy: string | null;
        }[];
      }>(`{ covenantVersions { version createdBy approvedBy approvedAt } }`),
    );
    expect(covenantVersions[0]).toEqual({
      version: base + 1,
      createdBy: 'Kees Vermeulen',
      approvedBy: 'Femke van Dijk',
      approvedAt: expect.any(String) as unknown,
    });

    const trail = await t.db.query<{ operation: string; action: string; actor: string }[]>(
      `SELECT operation, action, actor_user_id AS actor FROM audit_event
        WHERE record_type = 'covenant_proposal' AND record_id = $1 ORDER BY seq`,
      [proposal.id],
    );
    expect(trail).toEqual([
      { operation: 'covenant.propose', action: 'CREATE', actor: as.beheer!.userId },
      { operation: 'covenant.approve', action: 'UPDATE', actor: as.privacy!.userId },
    ]);

    // A decided proposal stays decided.
    const again = await as.privacy2!.gql(REJECT, {
      input: { proposalId: proposal.id, reason: 'Toch niet' },
    });
    expect(errorCode(again)).toBe('CONFLICT');
    await expect(
      t.db.query(`UPDATE covenant_proposal SET decision_reason = 'anders' WHERE id = $1`, [
        proposal.id,
      ]),
    ).rejects.toThrow(/already decided/);
  });

  it('a rejection needs a reason, changes nothing and is in the history and the trail', async () => {
    const { version } = await current();
    const { proposeCovenantChange: proposal } = ok(
      await propose(as.beheer!, {
        ...(await changed('HOUSING', 'SAFETY', { read: false, write: false })),
        note: 'Woningcorporaties zonder veiligheidssignalen',
      }),
    );
    const noReason = await as.privacy!.gql(REJECT, { input: { proposalId: proposal.id } });
    expect([errorCode(noReason), errorField(noReason)]).toEqual(['BAD_USER_INPUT', 'reason']);
    const { rejectCovenantProposal: rejected } = ok(
      await as.privacy!.gql<{ rejectCovenantProposal: Proposal }>(REJECT, {
        input: { proposalId: proposal.id, reason: 'Veiligheid van medewerkers gaat voor' },
      }),
    );
    expect(rejected).toMatchObject({
      status: 'REJECTED',
      resultingVersion: null,
      decisionReason: 'Veiligheid van medewerkers gaat voor',
    });
    expect((await current()).version).toBe(version);
    const [event] = await t.db.query<{ operation: string }[]>(
      `SELECT operation FROM audit_event WHERE record_id = $1 AND action = 'UPDATE'`,
      [proposal.id],
    );
    expect(event!.operation).toBe('covenant.reject');
  });

  it('concurrent decisions and conflicting proposals never silently overwrite', async () => {
    const first = ok(
      await propose(as.beheer!, {
        ...(await changed('HOUSING', 'CARE_SIGNAL', { read: false, write: false })),
        note: 'Eerste voorstel',
      }),
    ).proposeCovenantChange;
    const second = ok(
      await propose(as.beheer!, {
        ...(await changed('HOUSING', 'PLAN', { read: true, write: false })),
        note: 'Tweede voorstel van dezelfde versie',
      }),
    ).proposeCovenantChange;

    // Each listed with its own changes against the version it started from.
    const listed = ok(
      await as.privacy!.gql<{ covenantProposals: Proposal[] }>(PROPOSALS),
    ).covenantProposals;
    const changesOf = (id: string) =>
      listed
        .find((p) => p.id === id)!
        .changes.map((c) => `${c.agencyType} ${c.category} ${c.before?.read}→${c.after?.read}`);
    expect(changesOf(first.id)).toEqual(['HOUSING CARE_SIGNAL true→false']);
    expect(changesOf(second.id)).toEqual(['HOUSING PLAN true→true']);

    // Two privacy officers approve the same proposal at once: one wins, the other is told.
    const results: GqlResponse<unknown>[] = await Promise.all([
      as.privacy!.gql(APPROVE, { input: { proposalId: first.id } }),
      as.privacy2!.gql(APPROVE, { input: { proposalId: first.id } }),
    ]);
    expect(results.map((res) => (res.data ? 'approved' : errorCode(res))).sort()).toEqual([
      'CONFLICT',
      'approved',
    ]);
    // The second proposal started from the version before: approving it now would overwrite.
    const stale = await as.privacy!.gql(APPROVE, { input: { proposalId: second.id } });
    expect([errorCode(stale), errorField(stale)]).toEqual(['CONFLICT', 'proposalId']);
    const { covenant } = ok(
      await as.privacy!.gql<{ covenant: { version: number; entries: Entry[] } }>(COVENANT),
    );
    expect(covenant.version).toBe(first.baseVersion + 1);
    expect(
      covenant.entries.find((e) => e.agencyType === 'HOUSING' && e.category === 'PLAN')!.write,
    ).toBe(true);
    // A proposal from an old version is refused at once.
    const old = await propose(as.beheer!, {
      ...(await tightenHousing('Verouderd')),
      baseVersion: first.baseVersion,
    });
    expect([errorCode(old), errorField(old)]).toEqual(['CONFLICT', 'baseVersion']);
  });

  it('a proposal of another region is not found', async () => {
    const [other] = await t.db.query<{ id: string }[]>(
      `INSERT INTO region (code, name) VALUES ('elders-cv', 'Elders') RETURNING id`,
    );
    const [agency] = await t.db.query<{ id: string }[]>(
      `INSERT INTO agency (region_id, name, type) VALUES ($1, 'ZVH Elders', 'ZVH') RETURNING id`,
      [other!.id],
    );
    const admin = await createUser(t, agency!.id, ['FUNCTIONAL_ADMIN'], 'Beheer Elders');
    const [proposal] = await t.db.query<{ id: string }[]>(
      `INSERT INTO covenant_proposal (region_id, base_version, note, entries, proposed_by_user_id)
       VALUES ($1, 0, 'Elders', '[]', $2) RETURNING id`,
      [other!.id, admin],
    );
    const res = await as.privacy!.gql(APPROVE, { input: { proposalId: proposal!.id } });
    expect(errorCode(res)).toBe('NOT_FOUND');
    const list = ok(await as.privacy!.gql<{ covenantProposals: Proposal[] }>(PROPOSALS));
    expect(list.covenantProposals.map((p) => p.id)).not.toContain(proposal!.id);
  });
});
