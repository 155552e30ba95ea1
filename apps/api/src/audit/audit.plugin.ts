import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import type { AuditHolder } from './audit-scope';
import { AuditService, AuditUnavailableError } from './audit.service';

interface Context {
  req?: AuditHolder;
}

/**
 * Hands the audit events of a GraphQL request (one per audited root field) to the AuditService
 * after every field resolved and before the response is sent. The service checks them and queues
 * them (ADR 0009): the answer waits only in sync mode or while the trail is failing, and fails
 * without data when an event cannot be written.
 *
 * The event of a committed write is already durable in the outbox (ADR 0011): it is queued to be
 * linked into the chain and never holds up or fails the answer, which must tell what was saved.
 */
@Plugin()
export class AuditPlugin implements ApolloServerPlugin<Context> {
  constructor(private readonly audit: AuditService) {}

  requestDidStart(): Promise<GraphQLRequestListener<Context>> {
    const audit = this.audit;
    return Promise.resolve({
      async willSendResponse({ contextValue, response }) {
        const pending = contextValue.req?.audit;
        if (!pending) return;
        const refused: { key: string; error: AuditUnavailableError }[] = [];
        let committed = false;
        await Promise.all(
          pending.take().map(async ({ key, entry }) => {
            const event = entry.toEvent();
            if (!event) return;
            if (entry.outboxId) {
              committed = true;
              audit.link(event, entry.outboxId);
              return;
            }
            try {
              await audit.recordRead(event);
            } catch (error) {
              if (!(error instanceof AuditUnavailableError)) throw error;
              refused.push({ key, error });
            }
          }),
        );
        if (refused.length === 0 || response.body.kind !== 'single') {
          if (refused.length > 0) throw refused[0]!.error;
          return;
        }
        const result = response.body.singleResult;
        const errors = refused.map(({ key, error }) => ({
          message: error.message,
          path: [key],
          extensions: { code: error.code },
        }));
        if (committed && result.data) {
          // A change of this request committed: its answer stays; only the fields whose events
          // could not be written lose their data.
          for (const { key } of refused) result.data[key] = null;
          result.errors = [...(result.errors ?? []), ...errors];
          return;
        }
        // No data without its event: the answer becomes the error alone, which the portal
        // translates ("nothing can be shown until every access can be logged again").
        response.body.singleResult = {
          data: null,
          errors: errors.slice(0, 1).map(({ message, extensions }) => ({ message, extensions })),
        };
        response.http.status = 503;
      },
    });
  }
}
