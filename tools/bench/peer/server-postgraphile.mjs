// The peer: PostGraphile v5 (amber preset, production settings) over the `peer` schema only
// (tools/bench/peer/peer-schema.mjs), connected as a login role without BYPASSRLS, so every
// statement runs under the schema's row-level-security policy. Started by the bench
// (child_process.fork): env PEER_DATABASE_URL; sends { port } when listening.
//
// It has no session check: the caller's region, agency and readable categories come from request
// headers (x-peer-region, x-peer-agency, x-peer-read, x-peer-summary) and become pgSettings
// (set_config(..., true) in the request's transaction), which the policy reads. That is how
// PostGraphile is usually run behind a gateway that authenticates; here nothing authenticates.
import { createServer } from 'node:http';
import pg from 'pg';

// postgraphile@5 declares Node >= 22; on Node 20 it needs only this.
if (!Promise.withResolvers) {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
process.env.NODE_ENV = 'production';
const { postgraphile } = await import('postgraphile');
const { grafserv } = await import('postgraphile/grafserv/node');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
const { makePgService } = await import('postgraphile/adaptors/pg');

// The same pool size as Schakel's (TypeORM extra.max) and the baseline's.
const pool = new pg.Pool({ connectionString: process.env.PEER_DATABASE_URL, max: 10 });
pool.on('error', () => undefined);

const header = (req, name) => {
  const v = req?.headers[name];
  return typeof v === 'string' ? v : '';
};

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ pool, schemas: ['peer'] })],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false, maskError: (e) => e },
  grafast: {
    explain: false,
    context(requestContext) {
      const req = requestContext.node?.req;
      return {
        pgSettings: {
          'peer.region_id': header(req, 'x-peer-region'),
          'peer.agency_id': header(req, 'x-peer-agency'),
          'peer.read': `{${header(req, 'x-peer-read')}}`,
          'peer.summary': `{${header(req, 'x-peer-summary')}}`,
        },
      };
    },
  },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.keepAliveTimeout = 60_000;
server.on('error', (e) => {
  console.error(e);
  process.exit(1);
});
await serv.addTo(server);
// Build the schema before saying ready, so the first timed request does not pay for it.
await pgl.getSchema();
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
process.on('disconnect', () => process.exit(0));
