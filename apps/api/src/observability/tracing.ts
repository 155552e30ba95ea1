import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/**
 * OpenTelemetry traces (TRACING=otlp, ADR 0031): incoming and outgoing HTTP and every PostgreSQL
 * statement, sent in batches over OTLP/HTTP to OTEL_EXPORTER_OTLP_ENDPOINT (the exporter reads
 * the standard OTEL_* variables). main.ts loads this module before any other, since the
 * instrumentations patch `http` and `pg` as they are loaded; with TRACING=off it is never loaded.
 * Statements are recorded with their placeholders, never their values; health checks not at all.
 * Returns the flush-and-stop.
 */
export function startTracing(): () => Promise<void> {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      'service.name': process.env['OTEL_SERVICE_NAME']?.trim() || 'schakel-api',
    }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => (req.url ?? '').startsWith('/health/'),
      }),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  return () => provider.shutdown();
}
