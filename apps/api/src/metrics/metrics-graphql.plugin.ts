import type { ApolloServerPlugin } from '@apollo/server';
import { getOperationAST } from 'graphql';
import type { Metrics } from './metrics';
import { errorCodeLabel, operationLabel } from './operation-label';

/**
 * Times each GraphQL operation over HTTP from the start of Apollo's request to its answer, by the
 * portal's operation name (else "other"), and counts the errors in the answer by their code.
 * Subscriptions run over the live socket and are counted there (schakel_live_subscriptions).
 */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      let operation = operationLabel(request.operationName);
      let type = 'unknown';
      return Promise.resolve({
        didResolveOperation({ operation: definition }) {
          operation = operationLabel(definition?.name?.value ?? request.operationName);
          type = definition?.operation ?? 'unknown';
          return Promise.resolve();
        },
        willSendResponse({ response, document }) {
          // A document that failed validation never resolved its operation: name it from the text.
          if (type === 'unknown' && document) {
            const definition = getOperationAST(document, request.operationName);
            if (definition) {
              operation = operationLabel(definition.name?.value);
              type = definition.operation;
            }
          }
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : [];
          for (const error of errors ?? []) {
            metrics.graphqlErrors.inc({ operation, code: errorCodeLabel(error.extensions?.code) });
          }
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const outcome = errors?.length ? 'error' : 'ok';
          metrics.graphqlDuration.observe({ operation, type, outcome }, seconds);
          return Promise.resolve();
        },
      });
    },
  };
}
