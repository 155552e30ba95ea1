import {
  Inject,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { OperationTypeNode, type GraphQLResolveInfo } from 'graphql';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JsonLogger } from '../observability/json-logger';
import { AUDIT_KEY, type AuditDeclaration } from './audited.decorator';
import { rootKey, type AuditEntry, type AuditHolder } from './audit-scope';
import { SavedNotShownError } from './audit-outbox.error';
import type { AuditAction } from './audit.kinds';
import { AuditService } from './audit.service';

/** Actions of an access that changes data: its write must commit its event (ADR 0011). */
const WRITES: ReadonlySet<AuditAction> = new Set(['CREATE', 'UPDATE', 'DELETE']);

/** The audit declaration of a handler, or undefined. */
export function auditDeclarationOf(
  reflector: Reflector,
  ctx: ExecutionContext,
): AuditDeclaration | undefined {
  return reflector.getAllAndOverride<AuditDeclaration | undefined>(AUDIT_KEY, [
    ctx.getHandler(),
    ctx.getClass(),
  ]);
}

/** "Query.case", "Mutation.addInformationItem", "HTTP.MeetingExportController.minutesPdf". */
export function auditOperationName(ctx: ExecutionContext): string {
  if (ctx.getType<string>() === 'graphql') {
    const info = GqlExecutionContext.create(ctx).getInfo<GraphQLResolveInfo>();
    return `${info.parentType.name}.${info.fieldName}`;
  }
  return `HTTP.${ctx.getClass().name}.${ctx.getHandler().name}`;
}

/** The key of an access in its request's audit entries: the root field's, or one per route. */
export function auditKeyOf(ctx: ExecutionContext): string {
  if (ctx.getType<string>() !== 'graphql') return 'HTTP';
  return rootKey(GqlExecutionContext.create(ctx).getInfo());
}

/** Where the request of `ctx` keeps its audit entries (and its caller: auth/caller.ts). */
export function auditHolderOf(ctx: ExecutionContext): AuditHolder {
  if (ctx.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(ctx).getContext<{ req: AuditHolder }>().req;
  }
  return ctx.switchToHttp().getRequest<AuditHolder>();
}

/**
 * Settles the one audit event of an access declared `@Audited(action)` (audited.decorator.ts).
 * The AccessGuard opened it with the caller and handed it to the handler inside the `Caller`, so
 * services add to it with `caller.note()`.
 *
 * GraphQL: AuditPlugin hands the event over just before the response is sent, because nested
 * field resolvers (the items of a case) run after the root resolver returned and add to it.
 * HTTP routes and subscriptions: handed over here, before the handler's result goes out; so is
 * a root field that finishes after its response was sent (AuditService: ADR 0009).
 * A policy refusal (FORBIDDEN, NOT_FOUND, CASE_CLOSED) becomes a DENIED event; refusals by the
 * AccessGuard (roles) are opened there, because guards run before interceptors.
 *
 * A write commits its event with the change (`caller.transaction`, ADR 0011). If the access
 * fails after that (its reload), the event stays ALLOWED and the client is told SAVED_NOT_SHOWN,
 * so it reloads instead of making the change twice.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const declaration = auditDeclarationOf(this.reflector, ctx);
    if (declaration?.kind !== 'access') return next.handle();
    const pending = auditHolderOf(ctx).audit;
    const entry = pending?.entry(auditKeyOf(ctx));
    // No entry without a caller: no region to write to (public routes carry no personal data).
    if (!pending || !entry) return next.handle();

    const gql = ctx.getType<string>() === 'graphql' ? GqlExecutionContext.create(ctx) : null;
    // GraphQL queries and mutations: AuditPlugin writes the entries before the response goes out.
    // A root field can finish after that (graphql-js answers as soon as a sibling's error nulls
    // the whole result): its event is then written on its own, like a route's or subscription's.
    const deferred =
      gql !== null &&
      gql.getInfo<GraphQLResolveInfo>().operation.operation !== OperationTypeNode.SUBSCRIPTION;
    const writeNow = () => !deferred || pending.closed;

    const run = lastValueFrom(next.handle(), { defaultValue: undefined });
    return from(
      run.then(
        async (value: unknown) => {
          entry.succeed();
          if (writeNow()) await this.write(entry);
          this.checkCommitted(declaration.action, entry);
          return value;
        },
        async (error: unknown) => {
          entry.fail(error);
          if (writeNow()) await this.write(entry);
          if (!entry.committed) throw error;
          this.logger.event('error', 'change saved, its result could not be shown', {
            operation: entry.operation,
            error: error instanceof Error ? error.message : String(error),
          });
          throw new SavedNotShownError();
        },
      ),
    );
  }

  private async write(entry: AuditEntry): Promise<void> {
    const event = entry.toEvent();
    if (!event) return;
    if (entry.outboxId) this.audit.link(event, entry.outboxId);
    else await this.audit.recordRead(event);
  }

  /**
   * A write that succeeded without committing its event through `caller.transaction` is a
   * write path that skipped the rule: loud in tests, logged elsewhere (audited-writes.spec.ts is
   * the static half of this check).
   */
  private checkCommitted(action: AuditAction, entry: AuditEntry): void {
    if (!WRITES.has(action) || entry.committed || entry.changedNothing) return;
    if (entry.outcome !== 'allowed') return;
    const message = `${entry.operation} (${action}) wrote without caller.transaction`;
    this.logger.event('error', 'audited write without its committed event', {
      operation: entry.operation,
    });
    if (!this.config.production && process.env.NODE_ENV === 'test') throw new Error(message);
  }
}
