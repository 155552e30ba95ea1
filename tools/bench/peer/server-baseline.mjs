// The hand-written node:http + pg baseline in a process of its own (tools/bench/baseline.mjs),
// authenticating callers from Schakel's session cookie. Started by the bench (child_process.fork):
// env DATABASE_URL, SESSION_SECRET, PAGE_SIZE; sends { port } when listening.
import { createBaselineServer } from '../baseline.mjs';

const { server } = createBaselineServer({
  databaseUrl: process.env.DATABASE_URL,
  sessionSecret: process.env.SESSION_SECRET,
  pageSize: Number(process.env.PAGE_SIZE ?? 25),
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
process.on('disconnect', () => process.exit(0));
