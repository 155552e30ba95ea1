// Issue 16 item 1: the case team's own operations — appointing or changing the casusregisseur
// (with a stale edit refused), a consent's evidence, and break-the-glass by case number.
import { errorCode, errorField, ok } from './support/graphql-client';
import { callerByEmail, idsBy, type Caller } from './support/sessions';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let agencies: Map<string, string>;
let cases: Map<string, string>;
const as: Record<string, Caller> = {};
const USERS = {
  regie: 'procesregisseur@zvh.demo.example',
  wijkteam: 'wijkteam@demostad.demo.example',
  politie: 'wijkagent@politie.demo.example',
  reclassering: 'reclassering@reclassering.demo.example',
  ggz: 'ggz@ggz.demo.example',
} as const;

beforeAll(async () => {
  t = await createTestApp();
  for (const [key, email] of Object.entries(USERS)) as[key] = await callerByEmail(t, email);
  agencies = await idsBy(t, `SELECT name AS key, id FROM agency`);
  cases = await idsBy(t, `SELECT reference AS key, id FROM case_file`);
});
afterAll(async () => {
  await t.close();
});

const WIJKTEAM = 'Wijkteam Demostad-Noord';
const RECLASSERING = 'Reclassering Nederland, unit Demo-regio';
const ZVH = 'Zorg- en Veiligheidshuis Demo-regio';
const POLITIE = 'Politie basisteam Demostad';

const CANDIDATES = `query($caseId: ID!) { casusregisseurCandidates(caseId: $caseId) {
  id displayName agency { name } } }`;
const APPOINT = `mutation($input: AppointCasusregisseurInput!) { appointCasusregisseur(input: $input) }`;
const LEAD = `query($id: ID!) { case(id: $id) {
  casusregisseurAgency { name } casusregisseur { displayName }
  participants { agency { name } role active } } }`;

interface Candidate {
  id: string;
  displayName: string;
  agency: { name: string };
}
const userId = async (email: string) =>
  (await t.db.query<{ id: string }[]>(`SELECT id FROM app_user WHERE email = $1`, [email]))[0]!.id;

describe('the casusregisseur', () => {
  it('offers the professionals of the partners taking part, never the Veiligheidshuis', async () => {
    const caseId = cases.get('ZVH-2026-001')!;
    const list = ok(
      await as.regie!.gql<{ casusregisseurCandidates: Candidate[] }>(CANDIDATES, { caseId }),
    ).casusregisseurCandidates;
    const names = list.map((c) => c.agency.name);
    expect(names).toContain(WIJKTEAM);
    expect(names).toContain(RECLASSERING);
    expect(names).not.toContain(ZVH);
    expect(list.map((c) => c.displayName)).toContain('Daan Bakker');
    // Only the procesregisseur appoints: a member is refused before anything is read.
    expect(errorCode(await as.wijkteam!.gql(CANDIDATES, { caseId }))).toBe('FORBIDDEN');
  });

  it('is appointed and changed by the procesregisseur; the roles follow; a stale change fails', async () => {
    const caseId = cases.get('ZVH-2026-001')!;
    const daan = await userId(USERS.wijkteam);
    const esra = await userId(USERS.reclassering);
    const input = {
      caseId,
      agencyId: agencies.get(WIJKTEAM),
      userId: daan,
      previousAgencyId: agencies.get(RECLASSERING),
      previousUserId: esra,
    };
    // A member may not; the Veiligheidshuis and an outsider cannot lead; a professional must
    // belong to the lead agency.
    expect(errorCode(await as.wijkteam!.gql(APPOINT, { input }))).toBe('FORBIDDEN');
    const zvh = await as.regie!.gql(APPOINT, { input: { ...input, agencyId: agencies.get(ZVH) } });
    expect([errorCode(zvh), errorField(zvh)]).toEqual(['BAD_USER_INPUT', 'agencyId']);
    const wrongUser = await as.regie!.gql(APPOINT, { input: { ...input, userId: esra } });
    expect([errorCode(wrongUser), errorField(wrongUser)]).toEqual(['BAD_USER_INPUT', 'userId']);

    expect(ok(await as.regie!.gql(APPOINT, { input }))).toEqual({ appointCasusregisseur: caseId });
    const after = ok(
      await as.regie!.gql<{
        case: {
          casusregisseurAgency: { name: string };
          casusregisseur: { displayName: string };
          participants: { agency: { name: string }; role: string; active: boolean }[];
        };
      }>(LEAD, { id: caseId }),
    ).case;
    expect(after.casusregisseurAgency.name).toBe(WIJKTEAM);
    expect(after.casusregisseur.displayName).toBe('Daan Bakker');
    const roleOf = (name: string) =>
      after.participants.find((p) => p.active && p.agency.name === name)?.role;
    expect(roleOf(WIJKTEAM)).toBe('CASUSREGISSEUR');
    expect(roleOf(RECLASSERING)).toBe('PARTNER');

    // The same change again names the lead the caller saw before: someone changed it meanwhile.
    expect(errorCode(await as.regie!.gql(APPOINT, { input }))).toBe('EDIT_CONFLICT');

    // The appointment is in the trail, on the case, in the change's own event.
    const [event] = await t.db.query<{ action: string; result: string }[]>(
      `SELECT action, result FROM audit_event
        WHERE operation = 'Mutation.appointCasusregisseur' AND case_id = $1 ORDER BY occurred_at DESC LIMIT 1`,
      [caseId],
    );
    expect(event).toEqual({ action: 'UPDATE', result: 'ALLOWED' });
  });
});

const RECORD = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id evidence active } }`;
const CONSENTS = `query($caseId: ID!) { consents(caseId: $caseId) { id evidence recipientAgency { name } } }`;

describe('a consent records how it was given', () => {
  it('keeps the evidence and shows it to the recipient; too short is refused', async () => {
    const caseId = cases.get('ZVH-2026-001')!;
    const base = { caseId, category: 'CARE', recipientAgencyId: agencies.get(POLITIE) };
    const short = await as.ggz!.gql(RECORD, { input: { ...base, evidence: 'ja' } });
    expect([errorCode(short), errorField(short)]).toEqual(['BAD_USER_INPUT', 'evidence']);
    const evidence = 'Mondeling, 4-12-2026, in gesprek met de behandelaar.';
    const recorded = ok(
      await as.ggz!.gql<{ recordConsent: { id: string; evidence: string } }>(RECORD, {
        input: { ...base, evidence },
      }),
    ).recordConsent;
    expect(recorded.evidence).toBe(evidence);
    const seen = ok(
      await as.politie!.gql<{ consents: { id: string; evidence: string | null }[] }>(CONSENTS, {
        caseId,
      }),
    ).consents.find((c) => c.id === recorded.id);
    expect(seen?.evidence).toBe(evidence);
  });
});

const BREAK = `mutation($input: BreakGlassInput!) { breakGlass(input: $input) { caseId } }`;

describe('break-the-glass by case number', () => {
  it('opens the case the procesregisseur cannot see; an unknown number is not found', async () => {
    const reason = 'Acute dreiging gemeld, casusregisseur niet bereikbaar vannacht.';
    const CASE = `query($id: ID!) { case(id: $id) { accessBasis } }`;
    const closed = cases.get('ZVH-2025-017')!;
    expect(errorCode(await as.regie!.gql(CASE, { id: closed }))).toBe('NOT_FOUND');
    const opened = ok(
      await as.regie!.gql<{ breakGlass: { caseId: string } }>(BREAK, {
        input: { reference: 'zvh-2025-017', reason },
      }),
    ).breakGlass;
    expect(opened.caseId).toBe(closed);
    expect(ok(await as.regie!.gql(CASE, { id: closed }))).toEqual({
      case: { accessBasis: 'BREAK_GLASS' },
    });
    expect(
      errorCode(await as.regie!.gql(BREAK, { input: { reference: 'ZVH-1999-999', reason } })),
    ).toBe('NOT_FOUND');
    const short = await as.regie!.gql(BREAK, { input: { reference: 'ZVH-2025-017', reason: 'x' } });
    expect([errorCode(short), errorField(short)]).toEqual(['BAD_USER_INPUT', 'reason']);
  });
});
