// One built API (argv[2]) in a process of its own, production settings; sends { port } when
// listening. Started by ab.mjs.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

process.env.NODE_ENV = 'production';
const require = createRequire(import.meta.url);
const apiDist = resolve(process.argv[2]);
const { createApp } = require(join(apiDist, 'bootstrap.js'));
const { loadConfig } = require(join(apiDist, 'config/app-config.js'));
const { JsonLogger } = require(join(apiDist, 'observability/json-logger.js'));

const config = loadConfig({
  NODE_ENV: 'production',
  DATABASE_URL: process.env.DATABASE_URL,
  SESSION_SECRET: process.env.SESSION_SECRET,
  SCHAKEL_DEMO_DATA: 'true',
  // The demo users have no second factor; a read's session check is the same either way.
  MFA_REQUIRED: 'false',
  PUBLIC_URL: 'http://localhost',
  LOG_LEVEL: 'error',
});
const app = await createApp(config, new JsonLogger('error'));
await app.listen(0, '127.0.0.1');
process.send({ port: app.getHttpServer().address().port });
// CPU time of this process, for the CPU per request (less sensitive to a busy machine than time).
process.on('message', (m) => {
  if (m === 'cpu') process.send({ cpu: process.cpuUsage() });
});
process.on('disconnect', () => {
  app.close().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
});
