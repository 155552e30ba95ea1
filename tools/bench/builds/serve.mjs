// One API process from a build (argv[2]) for tools/bench/builds/compare.mjs; prints its port.
import { createRequire } from 'node:module';
process.env.NODE_ENV = 'production';
const require = createRequire(import.meta.url);
const dist = process.argv[2];
const { createApp } = require(dist + '/bootstrap.js');
const { loadConfig } = require(dist + '/config/app-config.js');
const { JsonLogger } = require(dist + '/observability/json-logger.js');
const config = loadConfig({
  NODE_ENV: 'production',
  DATABASE_URL: process.env.DATABASE_URL,
  SESSION_SECRET: process.env.SECRET,
  PUBLIC_URL: 'http://localhost',
  LOG_LEVEL: 'error',
  SCHAKEL_DEMO_DATA: 'true',
});
const app = await createApp(config, new JsonLogger('error'));
await app.listen(0, '127.0.0.1');
process.stdout.write(String(app.getHttpServer().address().port) + '\n');
process.on('SIGTERM', () => process.exit(0));
