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
        const events = pending.take();
        try {
          await Promise.all(events.map((event) => audit.recordRead(event)));
        } catch (error) {
          if (!(error instanceof AuditUnavailableError) || response.body.kind !== 'single') {
            throw error;
          }
          // No data without its event: the answer becomes the error alone, which the portal
          // translates ("nothing can be shown until every access can be logged again").
          response.body.singleResult = {
            data: null,
            errors: [{ message: error.message, extensions: { code: error.code } }],
          };
          response.http.status = 503;
        }
      },
    });
  }
}
