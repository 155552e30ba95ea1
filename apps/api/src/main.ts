import { loadConfig } from './config/app-config';
import { boundShutdown, createApp } from './bootstrap';
import { JsonLogger } from './observability/json-logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = new JsonLogger(config.logLevel);
  process.on('unhandledRejection', (reason) => {
    logger.event('error', 'unhandled promise rejection', { error: String(reason) });
  });
  const app = await createApp(config, logger);
  boundShutdown(app, logger);
  await app.listen(config.port, config.host);
  logger.event('info', 'Schakel API listening', { host: config.host, port: config.port });
}

main().catch((error: unknown) => {
  process.stderr.write(
    JSON.stringify({
      time: new Date().toISOString(),
      level: 'error',
      msg: 'startup failed',
      error: error instanceof Error ? error.message : String(error),
    }) + '\n',
  );
  process.exit(1);
});
