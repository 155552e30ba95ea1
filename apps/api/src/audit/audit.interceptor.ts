import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { OperationTypeNode, type GraphQLResolveInfo } from 'graphql';
import type { Request } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { requestUser } from '../auth/request-user';
import { AUDIT_KEY, type AuditDeclaration } from './audited.decorator';
import { AuditEntry, requestAudit, runInAuditEntry } from './audit-scope';
import { AuditService } from './audit.service';

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

/**
 * Opens the one audit event of an access declared `@Audited(action)` (audited.decorator.ts) and
 * runs the handler inside it, so services add to it with `auditNote()`.
 *
 * GraphQL: AuditPlugin hands the event over just before the response is sent, because nested
 * field resolvers (the items of a case) run after the root resolver returned and add to it.
 * HTTP routes and subscriptions: handed over here, before the handler's result goes out; so is
 * a root field that finishes after its response was sent (AuditService: ADR 0009).
 * A policy refusal (FORBIDDEN, NOT_FOUND, CASE_CLOSED) becomes a DENIED event; refusals by the
 * AccessGuard (roles) are opened there, because guards run before interceptors.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const declaration = auditDeclarationOf(this.reflector, ctx);
    if (declaration?.kind !== 'access') return next.handle();
    const gql = ctx.getType<string>() === 'graphql' ? GqlExecutionContext.create(ctx) : null;
    const req = gql
      ? gql.getContext<{ req: Request }>().req
      : ctx.switchToHttp().getRequest<Request>();
    const user = requestUser(req);
    // Without a user there is no region to write to (public routes carry no personal data).
    if (!user) return next.handle();

    const entry = new AuditEntry(auditOperationName(ctx), declaration.action, user);
    const info = gql?.getInfo<GraphQLResolveInfo>();
    const pending =
      info !== undefined && info.operation.operation !== OperationTypeNode.SUBSCRIPTION
        ? requestAudit(req)
        : null;
    pending?.open(String(info!.path.key), entry);
    // A root field can finish after the response went out (graphql-js answers as soon as a
    // sibling's error nulls the whole result): its event is then written on its own.
    const writeNow = () => !pending || pending.closed;

    const run = runInAuditEntry(entry, () =>
      lastValueFrom(next.handle(), { defaultValue: undefined }),
    );
    return from(
      run.then(
        async (value: unknown) => {
          entry.succeed();
          if (writeNow()) await this.write(entry);
          return value;
        },
        async (error: unknown) => {
          entry.fail(error);
          if (writeNow()) await this.write(entry);
          throw error;
        },
      ),
    );
  }

  private async write(entry: AuditEntry): Promise<void> {
    const event = entry.toEvent();
    if (event) await this.audit.recordRead(event);
  }
}
