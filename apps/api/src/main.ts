import { loadConfig } from './config/app-config';
import { JsonLogger } from './observability/json-logger';

/**
 * Under `npm start` (tools/start.mjs) the API has an IPC channel to its launcher. When the launcher
 * is gone, even by kill -9, the channel closes and the API stops as on SIGTERM (writing its queued
 * audit events and `audit.stopped`) instead of running on as an orphan; killed after 15 s.
 */
function stopWithLauncher(): void {
  if (process.env['SCHAKEL_EXIT_WITH_LAUNCHER'] !== '1' || !process.channel) return;
  process.once('disconnect', () => {
    process.kill(process.pid, 'SIGTERM');
    setTimeout(() => process.exit(1), 15_000).unref();
  });
  // The channel alone does not keep the process alive.
  process.channel.unref();
}

async function main(): Promise<void> {
  stopWithLauncher();
  const config = loadConfig();
  const logger = new JsonLogger(config.logLevel);
  if (config.observability.tracing === 'otlp') {
    // Before the app's modules: the instrumentations patch http and pg as they are loaded.
    const { startTracing } = await import('./observability/tracing.js');
    const stopTracing = startTracing();
    process.once('beforeExit', () => void stopTracing().catch(() => undefined));
    logger.event('info', 'tracing to OpenTelemetry (OTLP/HTTP)');
  }
  const { boundShutdown, createApp } = await import('./bootstrap.js');
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
