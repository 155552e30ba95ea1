// Linking a referral to a known person keeps the address the referrer entered as a proposal the
// procesregisseur accepts or rejects (issue 16 item 9): who sees it, the conditional update,
// conflicts, audit events and the timeline.
import { AuditService } from '../src/audit/audit.service';
import { errorCode, ok } from './support/graphql-client';
import { callerByEmail, idsBy, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let agencies: Map<string, string>;
let regionId: string;
let regie: Caller;
let wijkteam: Caller;
let knownId: string;
const BSN = '111222333';
const DOB = '1985-07-14';
const POLITIE = 'Politie basisteam Demostad';

const CREATE = `mutation($input: CreateReferralInput!) {
  createReferral(input: $input) { caseId reference } }`;
const LIST = `query($caseId: ID!) { referralAddressProposals(caseId: $caseId) {
  id caseId status proposedByAgency decidedByName decidedAt
  proposed { street houseNumber postcode city } current { street houseNumber postcode city } } }`;
const DECIDE = `mutation($input: DecideAddressProposalInput!) {
  decideReferralAddressProposal(input: $input) { id status decidedByName } }`;
const TRIAGE = `mutation($input: DecideReferralInput!) { decideReferral(input: $input) { status } }`;

interface Proposal {
  id: string;
  caseId: string;
  status: string;
  proposedByAgency: string;
  decidedByName: string | null;
  decidedAt: string | null;
  proposed: Record<string, string | null>;
  current: Record<string, string | null>;
}

const OLD = { street: 'Oudestraat', houseNumber: '1', postcode: '9999AA', city: 'Demostad' };
const NEW = { street: 'Nieuwe Gracht', houseNumber: '12a', postcode: '9999ZZ', city: 'Demostad' };

beforeAll(async () => {
  t = await createTestApp();
  regie = await callerByEmail(t, 'procesregisseur@zvh.demo.example');
  wijkteam = await callerByEmail(t, 'wijkteam@demostad.demo.example');
  agencies = await idsBy(t, `SELECT name AS key, id FROM agency`);
  const [region] = await t.db.query<{ id: string }[]>(`SELECT id FROM region WHERE code = 'demo'`);
  regionId = region!.id;
  const [p] = await t.db.query<{ id: string }[]>(
    `INSERT INTO person (region_id, given_names, family_name, date_of_birth, bsn,
                         street, house_number, postcode, city, wijk)
     VALUES ($1, 'Bram', 'Adresproef', $2, $3, $4, $5, $6, $7, 'Noord') RETURNING id`,
    [regionId, DOB, BSN, OLD.street, OLD.houseNumber, OLD.postcode, OLD.city],
  );
  knownId = p!.id;
});
afterAll(async () => {
  await t.close();
});

const address = async () =>
  (
    await t.db.query<Record<string, string | null>[]>(
      `SELECT street, house_number AS "houseNumber", postcode, city FROM person WHERE id = $1`,
      [knownId],
    )
  )[0];

function input(person: Record<string, unknown>) {
  return {
    person: { givenNames: 'Bram', familyName: 'Adresproef', dateOfBirth: DOB, ...person },
    theme: 'CONFUSED_BEHAVIOUR',
    reason: 'Veel overlast in de buurt en schulden, zorg loopt vast.',
    goal: 'Een gezamenlijke aanpak van zorg en veiligheid.',
    reasonCategories: ['PLAN'],
    proposedAgencyIds: [agencies.get(POLITIE)],
    personInformed: true,
    notInformedReason: null,
  };
}

const refer = async (person: Record<string, unknown>) =>
  ok(await wijkteam.gql<{ createReferral: { caseId: string } }>(CREATE, { input: input(person) }))
    .createReferral.caseId;
const proposals = async (caseId: string) =>
  ok(await regie.gql<{ referralAddressProposals: Proposal[] }>(LIST, { caseId }))
    .referralAddressProposals;
const decide = (caseId: string, proposalId: string, decision: 'ACCEPT' | 'REJECT') =>
  regie.gql<{ decideReferralAddressProposal: Proposal[] }>(DECIDE, {
    input: { caseId, proposalId, decision },
  });

async function eventsOf(who: Caller, fn: () => Promise<unknown>) {
  const [last] = await t.db.query<{ max: string }[]>(
    `SELECT coalesce(max(id), 0)::bigint AS max FROM audit_event`,
  );
  await fn();
  await t.app.get(AuditService).settled();
  return await t.db.query<
    { operation: string; action: string; result: string; recordId: string | null }[]
  >(
    `SELECT operation, action, result, record_id AS "recordId" FROM audit_event
      WHERE id > $1 AND actor_user_id = $2 ORDER BY id`,
    [last!.max, who.userId],
  );
}

const timeline = async (caseId: string) =>
  await t.db.query<{ kind: string; data: Record<string, string> }[]>(
    `SELECT kind, data FROM case_event WHERE case_id = $1 AND kind = 'ADDRESS_PROPOSAL_DECIDED'`,
    [caseId],
  );

describe('a referral linked to a known person by BSN', () => {
  let caseId: string;

  it('keeps the entered address as a pending proposal; the person keeps its address', async () => {
    caseId = await refer({ bsn: BSN, ...NEW });
    const [linked] = await t.db.query<{ id: string }[]>(
      `SELECT subject_person_id AS id FROM case_file WHERE id = $1`,
      [caseId],
    );
    expect(linked!.id).toBe(knownId);
    expect(await address()).toEqual(OLD);
    expect(await proposals(caseId)).toEqual([
      expect.objectContaining({
        caseId,
        status: 'PENDING',
        proposedByAgency: 'Wijkteam Demostad-Noord',
        proposed: NEW,
        current: OLD,
        decidedByName: null,
      }),
    ]);
  });

  it('is shown and decided by the procesregisseur only', async () => {
    const [pending] = await proposals(caseId);
    expect(errorCode(await wijkteam.gql(LIST, { caseId }))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await wijkteam.gql(DECIDE, {
          input: { caseId, proposalId: pending!.id, decision: 'ACCEPT' },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(await address()).toEqual(OLD);
    expect((await proposals(caseId))[0]!.status).toBe('PENDING');
  });

  it('reject keeps the person’s address, audited, on the timeline; deciding again conflicts', async () => {
    const [pending] = await proposals(caseId);
    const events = await eventsOf(regie, async () => {
      const res = ok(await decide(caseId, pending!.id, 'REJECT'));
      expect(res.decideReferralAddressProposal[0]).toMatchObject({
        id: pending!.id,
        status: 'REJECTED',
      });
      // The procesregisseur who decided, by name.
      const [me] = await t.db.query<{ name: string }[]>(
        `SELECT display_name AS name FROM app_user WHERE id = $1`,
        [regie.userId],
      );
      expect(res.decideReferralAddressProposal[0]!.decidedByName).toBe(me!.name);
    });
    expect(await address()).toEqual(OLD);
    expect(events.filter((e) => e.operation === 'Mutation.decideReferralAddressProposal')).toEqual([
      {
        operation: 'Mutation.decideReferralAddressProposal',
        action: 'UPDATE',
        result: 'ALLOWED',
        recordId: pending!.id,
      },
    ]);
    expect(await timeline(caseId)).toEqual([
      { kind: 'ADDRESS_PROPOSAL_DECIDED', data: { decision: 'REJECTED' } },
    ]);
    const again = await decide(caseId, pending!.id, 'ACCEPT');
    expect(errorCode(again)).toBe('EDIT_CONFLICT');
    expect(await address()).toEqual(OLD);
    expect(await timeline(caseId)).toHaveLength(1);
  });
});

describe('accepting', () => {
  it('refuses with EDIT_CONFLICT when the address changed after the proposal, changing nothing', async () => {
    const caseId = await refer({ bsn: BSN, ...NEW });
    const [pending] = await proposals(caseId);
    await t.db.query(`UPDATE person SET street = 'Tussenweg' WHERE id = $1`, [knownId]);
    const res = await decide(caseId, pending!.id, 'ACCEPT');
    expect(errorCode(res)).toBe('EDIT_CONFLICT');
    expect((await address())!.street).toBe('Tussenweg');
    expect((await proposals(caseId))[0]!.status).toBe('PENDING');
    expect(await timeline(caseId)).toEqual([]);
    // Back to the address it was proposed against: now it goes through.
    await t.db.query(`UPDATE person SET street = $2 WHERE id = $1`, [knownId, OLD.street]);
    const events = await eventsOf(regie, async () => {
      ok(await decide(caseId, pending!.id, 'ACCEPT'));
    });
    expect(await address()).toEqual(NEW);
    expect((await proposals(caseId))[0]).toMatchObject({ status: 'ACCEPTED', proposed: NEW });
    expect(
      events.filter((e) => e.operation === 'Mutation.decideReferralAddressProposal'),
    ).toMatchObject([{ action: 'UPDATE', result: 'ALLOWED', recordId: pending!.id }]);
    expect(await timeline(caseId)).toEqual([
      { kind: 'ADDRESS_PROPOSAL_DECIDED', data: { decision: 'ACCEPTED' } },
    ]);
  });

  it('of two concurrent decisions, one wins and the other conflicts', async () => {
    const caseId = await refer({ bsn: BSN, ...OLD, street: 'Derde Laan' });
    const [pending] = await proposals(caseId);
    const [a, b] = await Promise.all([
      decide(caseId, pending!.id, 'ACCEPT'),
      decide(caseId, pending!.id, 'REJECT'),
    ]);
    expect([errorCode(a), errorCode(b)].filter((c) => c === 'EDIT_CONFLICT')).toHaveLength(1);
    expect(await timeline(caseId)).toHaveLength(1);
  });

  it('proposes nothing when the referrer entered the known address, or none', async () => {
    await t.db.query(
      `UPDATE person SET street = $2, house_number = $3, postcode = $4, city = $5 WHERE id = $1`,
      [knownId, OLD.street, OLD.houseNumber, OLD.postcode, OLD.city],
    );
    expect(await proposals(await refer({ bsn: BSN, ...OLD }))).toEqual([]);
    expect(await proposals(await refer({ bsn: BSN }))).toEqual([]);
  });
});

describe('"same person" at triage', () => {
  it('turns the provisional person’s entered address into a proposal for the known person', async () => {
    // No BSN: a possible match by name and date of birth, decided by the procesregisseur.
    const caseId = await refer({ ...NEW });
    expect(await proposals(caseId)).toEqual([]);
    const res = await regie.gql<{ decideReferral: { status: string } }>(TRIAGE, {
      input: {
        caseId,
        decision: 'ACCEPTED',
        reason: 'Meerdere leefgebieden, zorg en justitie nodig; buurt heeft last.',
        criteria: {
          multiDomain: true,
          chainsCooperate: true,
          impactOnSurroundings: true,
          seriousLocalSafety: false,
        },
        partnerAgencyIds: [agencies.get(POLITIE)],
        casusregisseurAgencyId: agencies.get(POLITIE),
        personMatch: 'SAME_PERSON',
        matchedPersonId: knownId,
      },
    });
    expect(ok(res).decideReferral.status).toBe('ACCEPTED');
    expect(await address()).toEqual(OLD);
    const [pending] = await proposals(caseId);
    expect(pending).toMatchObject({ status: 'PENDING', proposed: NEW, current: OLD });
    ok(await decide(caseId, pending!.id, 'ACCEPT'));
    expect(await address()).toEqual(NEW);
  });
});
