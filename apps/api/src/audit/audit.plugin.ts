import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { existingRequestAudit } from './audit-scope';
import { AuditService } from './audit.service';

interface Context {
  req?: object;
}

/**
 * Writes the audit events of a GraphQL request (one per audited root field) after every field
 * resolved and before the response is sent: no data leaves without its committed event, and if
 * the trail cannot be written the request fails.
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
