import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { existingRequestAudit } from './audit-scope';
import { AuditService } from './audit.service';

interface Context {
  req?: object;
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

  async requestDidStart(): Promise<GraphQLRequestListener<Context>> {
    const audit = this.audit;
    return {
      async willSendResponse({ contextValue }) {
        const pending = contextValue.req ? existingRequestAudit(contextValue.req) : undefined;
        if (!pending) return;
        const events = pending.take();
        await Promise.all(events.map((event) => audit.recordRead(event)));
      },
    };
  }
}
