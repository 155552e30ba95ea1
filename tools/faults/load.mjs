// A steady load of the portal's own operations from several signed-in demo users: the case list
// and case detail (reads) and adding a note to a case (a write). Every request carries its own
// X-Request-Id (the audit trail stores it), every write a marker in its text, and every outcome
// is recorded: answered with data, answered with an error code, or no answer (network).
import { sleep } from './wait.mjs';

// The portal's documents (apps/portal/src/features/cases/graphql), trimmed to what is audited.
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { csrfToken } }`;
const CASES = `query Cases($first: Int!) { cases(first: $first) { nodes { id reference status
  subject { id givenNames { value access } familyName { value access } } }
  pageInfo { endCursor hasNextPage } } }`;
const CASE = `query Case($id: ID!) { case(id: $id) { id reference status readOnly
  subject { id givenNames { value access } bsn { value access } }
  categoryAccess { category access canWrite }
  informationItems { id category access text summary createdAt }
  participants(includeEnded: true) { id role agency { id name } } } }`;
const ADD_ITEM = `mutation AddInformationItem($input: AddInformationItemInput!) {
  addInformationItem(input: $input) { id caseId category } }`;

/** What every write's text starts with; the rest is its request id. */
export const MARKER = 'fault-suite-marker ';

/** Per request: no answer within this time counts as a network failure. */
const REQUEST_TIMEOUT_MS = 30_000;

export class Client {
  constructor({ apiUrl, email, password, name }) {
    this.apiUrl = apiUrl;
    this.email = email;
    this.password = password;
    this.name = name;
    this.cookie = '';
    this.csrf = '';
    this.caseIds = [];
    /** [caseId, category] this user may add notes to. */
    this.writable = null;
    this.seq = 0;
  }

  /** One GraphQL request, recorded; never throws. */
  async request(requestId, query, variables, kind, phase, extra = {}) {
    const record = { requestId, phase, client: this.name, kind, sentAt: Date.now(), ...extra };
    try {
      const res = await fetch(`${this.apiUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'apollo-require-preflight': 'true',
          'x-request-id': requestId,
          ...(this.cookie ? { cookie: this.cookie } : {}),
          ...(this.csrf ? { 'x-csrf-token': this.csrf } : {}),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const setCookie = res.headers.get('set-cookie');
      if (setCookie) this.cookie = setCookie.split(';')[0];
      record.status = res.status;
      const text = await res.text();
      let body = null;
      try {
        body = JSON.parse(text);
      } catch {
        /* not JSON (a proxy page, a crash): an error without code */
      }
      record.doneAt = Date.now();
      const data = body?.data ? Object.values(body.data)[0] : null;
      if (data && !(body.errors?.length > 0)) {
        record.outcome = 'data';
        record.data = data;
      } else {
        record.outcome = 'error';
        record.code = body?.errors?.[0]?.extensions?.code ?? `HTTP_${res.status}`;
      }
    } catch (error) {
      record.doneAt = Date.now();
      record.outcome = 'network';
      record.code = error?.name === 'TimeoutError' ? 'TIMEOUT' : (error?.cause?.code ?? 'NETWORK');
    }
    return record;
  }

  async login() {
    const r = await this.request(
      `fs-login-${this.name}-${Date.now()}`,
      LOGIN,
      {
        input: { email: this.email, password: this.password },
      },
      'login',
      'setup',
    );
    if (r.outcome !== 'data') throw new Error(`login of ${this.email} failed: ${r.code}`);
    this.csrf = r.data.csrfToken;
  }

  /** The cases this user sees, and one open case with a category it may add notes to. */
  async discover() {
    const list = await this.request(
      `fs-setup-${this.name}-list`,
      CASES,
      { first: 25 },
      'list',
      'setup',
    );
    if (list.outcome !== 'data') throw new Error(`case list of ${this.email} failed: ${list.code}`);
    this.caseIds = list.data.nodes.map((n) => n.id);
    for (const node of list.data.nodes) {
      if (node.status === 'CLOSED') continue;
      const detail = await this.request(
        `fs-setup-${this.name}-${node.id.slice(0, 8)}`,
        CASE,
        { id: node.id },
        'detail',
        'setup',
      );
      if (detail.outcome !== 'data' || detail.data.readOnly) continue;
      const writable = detail.data.categoryAccess.filter((c) => c.canWrite).map((c) => c.category);
      const category = writable.includes('SAFETY') ? 'SAFETY' : writable[0];
      if (category) {
        this.writable = [node.id, category];
        break;
      }
    }
    if (this.caseIds.length === 0) throw new Error(`${this.email} sees no cases`);
  }

  nextId(phase) {
    this.seq += 1;
    return `fs-${phase}-${this.name}-${this.seq}`;
  }

  read(phase) {
    const id = this.nextId(phase);
    if (this.seq % 2 === 0) return this.request(id, CASES, { first: 25 }, 'list', phase);
    const caseId = this.caseIds[this.seq % this.caseIds.length];
    return this.request(id, CASE, { id: caseId }, 'detail', phase, { caseId });
  }

  write(phase) {
    const id = this.nextId(phase);
    const [caseId, category] = this.writable;
    return this.request(
      id,
      ADD_ITEM,
      {
        input: {
          caseId,
          category,
          legalBasis: 'Convenant Zorg- en Veiligheidshuis, artikel 5 (fault suite)',
          text: `${MARKER}${id}`,
        },
      },
      'write',
      phase,
      { caseId },
    );
  }
}

/**
 * Runs every client in a loop until stop(): mostly reads, a write every `writeEvery` requests
 * for users that may write, a short pause between requests (modest load for a 2-core CI machine)
 * and a longer one after a failure (no busy loop against a server that is down).
 */
export class Load {
  constructor(clients, { pauseMs = 20, failurePauseMs = 150, writeEvery = 3 } = {}) {
    this.clients = clients;
    this.pauseMs = pauseMs;
    this.failurePauseMs = failurePauseMs;
    this.writeEvery = writeEvery;
    this.records = [];
    this.running = null;
    this.stopped = false;
  }

  start(phase) {
    this.stopped = false;
    this.phase = phase;
    this.running = Promise.all(this.clients.map((client, i) => this.loop(client, i)));
  }

  async loop(client, index) {
    let n = index;
    while (!this.stopped) {
      n += 1;
      const write = client.writable && n % this.writeEvery === 0;
      const record = await (write ? client.write(this.phase) : client.read(this.phase));
      this.records.push(record);
      await sleep(record.outcome === 'data' ? this.pauseMs : this.failurePauseMs);
    }
  }

  /** Stops sending; resolves once every request in flight has its outcome. */
  async stop() {
    this.stopped = true;
    await this.running;
    const records = this.records;
    this.records = [];
    return records;
  }

  /** Resolves once `count` requests sent after `since` were answered with data (bounded). */
  successesSince(since, kind) {
    return this.records.filter(
      (r) => r.sentAt >= since && r.outcome === 'data' && (kind ? r.kind === kind : true),
    );
  }
}
