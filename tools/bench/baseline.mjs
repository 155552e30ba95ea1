// The bench's baseline: hand-written SQL behind node:http + pg, for the same rows as Schakel's
// case list and case detail. Used in the bench process (the latency rows of bench.mjs) and as a
// process of its own (tools/bench/peer/server-baseline.mjs, the throughput rows).
//
// The need-to-know rule it applies (and the peer's RLS policy copies, tools/bench/peer/):
// a case is visible when it lies in the caller's region AND the caller's agency has an active
// participation in it.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const ACTIVE = `(cp.ended_at IS NULL OR cp.ended_at > now())`;
export const LIST_SQL = `
  SELECT c.id, c.reference, c.status, c.theme, c.updated_at, p.given_names, p.family_name, a.name AS casusregisseur
    FROM case_file c
    JOIN person p ON p.id = c.subject_person_id
    LEFT JOIN agency a ON a.id = c.casusregisseur_agency_id
   WHERE c.region_id = $1
     AND EXISTS (SELECT 1 FROM case_participant cp WHERE cp.case_id = c.id AND cp.agency_id = $2 AND ${ACTIVE})
   ORDER BY c.updated_at DESC, c.id DESC
   LIMIT $3`;
export const CASE_SQL = `
  SELECT c.id, c.reference, c.status, c.theme, c.updated_at, p.given_names, p.family_name, p.date_of_birth, p.bsn,
         p.street, p.house_number, p.postcode, p.city, p.wijk
    FROM case_file c JOIN person p ON p.id = c.subject_person_id
   WHERE c.id = $1 AND c.region_id = $2
     AND EXISTS (SELECT 1 FROM case_participant cp WHERE cp.case_id = c.id AND cp.agency_id = $3 AND ${ACTIVE})`;
export const ITEMS_SQL = `
  SELECT i.id, i.category, i.created_at, i.legal_basis, a.name AS source_agency,
         CASE WHEN i.category = ANY($2) THEN i.text END AS text,
         CASE WHEN i.category = ANY($2) OR i.category = ANY($3) THEN i.shareable_summary END AS summary
    FROM information_item i JOIN agency a ON a.id = i.source_agency_id
   WHERE i.case_id = $1 AND (i.category = ANY($2) OR (i.category = ANY($3) AND i.shareable_summary IS NOT NULL))
   ORDER BY i.created_at DESC`;
export const PARTICIPANTS_SQL = `
  SELECT cp.id, a.name, cp.role, cp.started_at, cp.ended_at FROM case_participant cp JOIN agency a ON a.id = cp.agency_id
   WHERE cp.case_id = $1 AND ${ACTIVE}`;

// With a cookie: what a hand-written handler needs to know who asks (no policy context).
const SESSION_SQL = `
  SELECT a.id AS "agencyId", a.region_id AS "regionId" FROM app_user u JOIN agency a ON a.id = u.agency_id
   WHERE u.id = $1 AND u.active AND u.session_generation = $3
     AND NOT EXISTS (SELECT 1 FROM revoked_session s WHERE s.session_id = $2)`;

/**
 * The baseline server (not yet listening). A request with a session cookie is authenticated
 * (HS256 check with the session secret, one session row); one without is told the region and
 * agency in its URL. `/list`, `/detail?id&read&summary`, `/ping` (SELECT 1), `/empty` (no SQL).
 */
export function createBaselineServer({ databaseUrl, sessionSecret, pageSize, poolSize = 10 }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  pool.on('error', () => undefined);

  /** The claims of an HS256 token signed with the session secret and not expired; else throws. */
  function verifiedClaims(token) {
    const [header, payload, signature] = token.split('.');
    const expected = createHmac('sha256', sessionSecret).update(`${header}.${payload}`).digest();
    const given = Buffer.from(signature ?? '', 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new Error('bad signature');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (claims.exp && claims.exp * 1000 <= Date.now()) throw new Error('expired');
    return claims;
  }
  async function caller(req) {
    const token = /(?:^|;\s*)(?:__Host-)?schakel_session=([^;]+)/.exec(
      req.headers.cookie ?? '',
    )?.[1];
    const claims = verifiedClaims(token ?? '');
    const row = (await pool.query(SESSION_SQL, [claims.sub, claims.sid, claims.gen])).rows[0];
    if (!row) throw new Error('no session');
    return row;
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    try {
      const { regionId, agencyId } = req.headers.cookie
        ? await caller(req)
        : { regionId: url.searchParams.get('region'), agencyId: url.searchParams.get('agency') };
      let body;
      if (url.pathname === '/empty') {
        // No SQL: what the smallest GraphQL answer would be, written by hand.
        body = { data: { __typename: 'Query' } };
      } else if (url.pathname === '/ping') {
        body = (await pool.query('SELECT 1 AS ok')).rows[0];
      } else if (url.pathname === '/list') {
        const rows = (await pool.query(LIST_SQL, [regionId, agencyId, pageSize + 1])).rows;
        body = { nodes: rows.slice(0, pageSize), hasNextPage: rows.length > pageSize };
      } else {
        const read = url.searchParams.get('read').split(',');
        const summary = url.searchParams.get('summary').split(',');
        const id = url.searchParams.get('id');
        const c = (await pool.query(CASE_SQL, [id, regionId, agencyId])).rows[0];
        const items = (await pool.query(ITEMS_SQL, [id, read, summary])).rows;
        const participants = (await pool.query(PARTICIPANTS_SQL, [id])).rows;
        body = { case: c, items, participants };
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  });
  server.on('close', () => void pool.end());
  return { server, pool };
}
