// What one fault did to the trail: the client's records of its requests, the notes committed in
// the database (by marker) and the audit events (by request id), matched request by request.
import { createRequire } from 'node:module';
import pg from 'pg';
import { MARKER } from './load.mjs';
import { sleep } from './wait.mjs';

const WRITE_OPERATION = 'Mutation.addInformationItem';
/** Error codes that tell the client its change was saved (ADR 0011: reload, do not retry). */
const SAVED_CODES = new Set(['SAVED_NOT_SHOWN']);

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url, application_name: 'schakel-fault-suite' });
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The events and committed notes of one phase (request ids starting with `fs-<phase>-`). */
export async function loadPhase(url, phase) {
  const prefix = `fs-${phase}-c`; // client names are c0, c1 …
  return withClient(url, async (client) => {
    const events = (
      await client.query(
        `SELECT request_id, operation, result, case_id::text AS case_id
           FROM audit_event WHERE left(request_id, $2) = $1`,
        [prefix, prefix.length],
      )
    ).rows;
    const markers = (
      await client.query(
        `SELECT substr(text, $3) AS request_id FROM information_item WHERE left(text, $2) = $1`,
        [MARKER + prefix, (MARKER + prefix).length, MARKER.length + 1],
      )
    ).rows.map((r) => r.request_id);
    // Events of committed writes waiting to be linked into the chain (an outbox, ADR 0011).
    const hasOutbox = (await client.query(`SELECT to_regclass('audit_outbox') IS NOT NULL AS x`))
      .rows[0].x;
    const outbox = hasOutbox
      ? (await client.query('SELECT count(*)::int AS n FROM audit_outbox')).rows[0].n
      : 0;
    return { events, markers, outbox };
  });
}

/**
 * Waits until the phase's events stop changing (events queued or in an outbox get written after
 * the load stopped): the same count on three polls in a row once every committed note has its
 * event and the outbox is empty, or on 20 polls in a row when some never get one (an outbox
 * sweeper may take seconds); bounded by `timeoutMs`.
 */
export async function settle(url, phase, { timeoutMs = 120_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let same = 0;
  let snapshot = null;
  while (Date.now() < deadline) {
    try {
      snapshot = await loadPhase(url, phase);
      const count = snapshot.events.length + snapshot.markers.length + snapshot.outbox;
      same = count === last ? same + 1 : 0;
      last = count;
      const written = new Set(
        snapshot.events.filter((e) => e.operation === WRITE_OPERATION).map((e) => e.request_id),
      );
      const complete = snapshot.outbox === 0 && snapshot.markers.every((id) => written.has(id));
      if (same >= (complete ? 2 : 19)) return snapshot;
    } catch {
      same = 0;
    }
    await sleep(1000);
  }
  if (snapshot) return snapshot;
  throw new Error(`the database did not answer within ${timeoutMs} ms after fault ${phase}`);
}

/** Every region's chain checked by the built API's verifier (the code of `npm run audit:verify`). */
export async function verifyChains(url, apiDist) {
  const require = createRequire(import.meta.url);
  const { verifyAllAuditChains } = require(`${apiDist}/audit/audit-verifier.js`);
  return withClient(url, async (client) => {
    const q = { query: async (sql, params) => (await client.query(sql, params)).rows };
    const checks = await verifyAllAuditChains(q);
    const broken = checks.filter((c) => c.reason !== null);
    return {
      intact: broken.length === 0,
      events: checks.reduce((n, c) => n + c.checked, 0),
      broken: broken.map((c) => `${c.regionId}: ${c.reason} at seq ${c.firstBrokenSeq}`),
    };
  });
}

/** Most reads answered with data within any window of `windowMs`: "that long's worth of traffic". */
export function busiestWindow(reads, windowMs) {
  const times = reads.map((r) => r.doneAt).sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    while (times[end] - times[start] > windowMs) start += 1;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

/**
 * The row of the table for one fault.
 * @param {object} input
 * @param {object[]} input.records the client's records of the phase
 * @param {{ events: object[], markers: string[] }} input.db
 * @param {number} input.readBound answered reads allowed without an event (0 unless the API died)
 * @param {Set<string>} [input.logged] request ids whose events the API logged instead of writing
 */
export function tally({ records, db, readBound, logged = new Set() }) {
  const eventsByRequest = new Map();
  const perOperation = {};
  for (const e of db.events) {
    perOperation[e.operation] = (perOperation[e.operation] ?? 0) + 1;
    const list = eventsByRequest.get(e.request_id) ?? [];
    list.push(e);
    eventsByRequest.set(e.request_id, list);
  }
  let duplicates = 0;
  for (const list of eventsByRequest.values()) {
    const byOperation = new Map();
    for (const e of list) byOperation.set(e.operation, (byOperation.get(e.operation) ?? 0) + 1);
    for (const n of byOperation.values()) duplicates += n - 1;
  }
  const reads = records.filter((r) => r.kind === 'list' || r.kind === 'detail');
  const writes = records.filter((r) => r.kind === 'write');
  const readsAnswered = reads.filter((r) => r.outcome === 'data');
  // Acknowledged: answered with the new note, or told "saved, but it cannot be shown".
  const writesAcked = writes.filter(
    (r) => r.outcome === 'data' || (r.outcome === 'error' && SAVED_CODES.has(r.code)),
  );
  const committed = new Set(db.markers);
  const writeEventOf = (id) =>
    (eventsByRequest.get(id) ?? []).some(
      (e) => e.operation === WRITE_OPERATION && e.result === 'ALLOWED',
    );

  const lostChangeEvents = [...committed].filter((id) => !writeEventOf(id) && !logged.has(id));
  const readsWithoutEvent = readsAnswered.filter((r) => !eventsByRequest.has(r.requestId));
  const readsLogged = readsWithoutEvent.filter((r) => logged.has(r.requestId));
  const readsUnaccounted = readsWithoutEvent.filter((r) => !logged.has(r.requestId));
  const ackedMissing = writesAcked.filter((r) => !committed.has(r.requestId));
  const byId = new Map(writes.map((r) => [r.requestId, r]));
  const committedReportedFailed = [...committed].filter(
    (id) => byId.get(id)?.outcome === 'error' && !SAVED_CODES.has(byId.get(id).code),
  );
  const codes = {};
  for (const r of records) {
    if (r.outcome !== 'data') codes[r.code] = (codes[r.code] ?? 0) + 1;
  }
  return {
    requests: records.length,
    readsAnswered: readsAnswered.length,
    writesAcked: writesAcked.length,
    writesSavedNotShown: writesAcked.filter((r) => r.outcome === 'error').length,
    committed: committed.size,
    events: db.events.length,
    eventsPerOperation: perOperation,
    lostChangeEvents: lostChangeEvents.length,
    readsWithoutEvent: readsUnaccounted.length,
    readsLogged: readsLogged.length,
    readBound,
    ackedMissing: ackedMissing.length,
    duplicates,
    committedReportedFailed: committedReportedFailed.length,
    failures: codes,
    examples: {
      lostChangeEvents: lostChangeEvents.slice(0, 3),
      readsWithoutEvent: readsUnaccounted.slice(0, 3).map((r) => r.requestId),
      ackedMissing: ackedMissing.slice(0, 3).map((r) => r.requestId),
      committedReportedFailed: committedReportedFailed
        .slice(0, 3)
        .map((id) => `${id} (${byId.get(id)?.code})`),
    },
  };
}

/** First answer with data to a read and to a write sent after `since`: when service was back. */
export function recoveryMs(records, since) {
  const after = records.filter((r) => r.sentAt >= since && r.outcome === 'data');
  const read = after.filter((r) => r.kind !== 'write').map((r) => r.doneAt);
  const write = after.filter((r) => r.kind === 'write').map((r) => r.doneAt);
  if (read.length === 0 || write.length === 0) return null;
  return Math.max(Math.min(...read), Math.min(...write)) - since;
}
