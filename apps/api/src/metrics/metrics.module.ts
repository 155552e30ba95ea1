import { Module, type DynamicModule } from '@nestjs/common';
import { Metrics } from './metrics';
import { MetricsEndpoint } from './metrics-endpoint.service';

/** Prometheus metrics on their own port (ADR 0031); nothing at all when METRICS_PORT is off. */
@Module({})
export class MetricsModule {
  static forRoot(metrics: Metrics | null): DynamicModule {
    if (!metrics) return { module: MetricsModule };
    return {
      module: MetricsModule,
      providers: [{ provide: Metrics, useValue: metrics }, MetricsEndpoint],
      exports: [Metrics, MetricsEndpoint],
    };
  }
}
