import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  GraphQLError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  getOperationAST,
  type ExecutionArgs,
} from 'graphql';
import type { Context, Disposable } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { LiveOperation } from '../auth/guards/request-from';
import { SessionAuthenticator } from '../auth/session-authenticator';
import { SessionCache } from '../auth/session-cache';
import { SessionTokenService, type SessionClaims } from '../auth/session-token.service';
import { UserSessionsService } from '../auth/user-sessions.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { createFormatError } from '../graphql/format-error';
import { AppError } from '../common/app-error';
import { isDatabaseUnavailable, unavailableDetail } from '../common/database-unavailable';
import { costErrors, DEFAULT_QUERY_LIMITS, queryLimitsRule } from '../graphql/query-limits';
import { nulTextError } from '../graphql/request-limits.plugin';
import { JsonLogger } from '../observability/json-logger';
import { cookieValue, originAllowed } from './live-origin';

export const LIVE_PATH = '/graphql';

/** An upgrade request, with what its check found: the session token and whose it is. */
interface CheckedUpgrade extends IncomingMessage {
  live?: {
    token: string;
    userId: string;
    /** The session, its agency and region: which sockets a change touches. */
    claims: SessionClaims;
    agencyId: string;
    regionId: string;
  };
}

/**
 * Open subscriptions allowed on one socket and for one user (on this API instance). The portal
 * needs one (the meeting it shows); each costs statements to set up and to serve.
 */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 5;
export const MAX_SUBSCRIPTIONS_PER_USER = 10;

type SocketContext = Context<
  Record<string, unknown>,
  { request: CheckedUpgrade; socket: WebSocket }
>;

function tooManySubscriptions(message: string): GraphQLError {
  return new AppError('TOO_MANY_SUBSCRIPTIONS', message);
}

/** Answers an upgrade request without accepting it, and releases the socket. */
function refuse(socket: Duplex, status: 401 | 403 | 404 | 503, text: string): void {
  if (socket.destroyed) return;
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\n` +
      `Cache-Control: no-store\r\nContent-Length: ${text.length}\r\n\r\n${text}`,
  );
  // end() waits for the client to close its side; a client that never does keeps the socket.
  setTimeout(() => socket.destroy(), 1000).unref();
}

/**
 * GraphQL subscriptions over graphql-ws on the API's own HTTP server and path. The upgrade is
 * refused (before any WebSocket exists) unless the Origin is ours and the session cookie passes
 * the same checks as an HTTP request: signature, expiry, maximum age, then the database (user
 * active, session not revoked, no password change since). Each subscription then runs through
 * the global AccessGuard like any operation. Only subscriptions are accepted on the socket:
 * queries and mutations go over HTTP with their CSRF defences.
 */
@Injectable()
export class LiveSocketService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private wss: WebSocketServer | null = null;
  private server: Disposable | null = null;
  private httpServer: Server | null = null;
  private readonly publicOrigin: string | null;
  /** The open connections of each user, to count their subscriptions. */
  private readonly connections = new Map<string, Set<SocketContext>>();

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly tokens: SessionTokenService,
    private readonly sessions: SessionAuthenticator,
    private readonly userSessions: UserSessionsService,
    private readonly cache: SessionCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
  ) {
    let origin: string | null = null;
    try {
      origin = config.publicUrl ? new URL(config.publicUrl).origin : null;
    } catch {
      logger.event('warn', 'PUBLIC_URL is not a URL; live connections must be same-origin');
    }
    this.publicOrigin = origin;
  }

  onApplicationBootstrap(): void {
    // Sessions ended through this process close their sockets at once; those ended elsewhere
    // (another process, a disabled account, an operator's SQL) on the change's NOTIFY.
    this.userSessions.onEnded((userId, sessionIds) =>
      this.closeWhere(
        (live) =>
          live.userId === userId && (sessionIds === 'all' || sessionIds.includes(live.claims.sid)),
      ),
    );
    this.cache.onChange((scope) => void this.recheck(scope));
    const httpServer = this.adapterHost.httpAdapter.getHttpServer() as Server;
    const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
    const formatError = createFormatError(this.config.production, this.logger);
    // The schema host lives in the GraphQL module, which is not global.
    const schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
    this.server = useServer(
      {
        schema,
        connectionInitWaitTimeout: this.config.http.liveHandshakeTimeoutMs,
        context: (ctx) => {
          // One operation: AccessGuard checks its session again with the SessionAuthenticator.
          const req: LiveOperation = {
            transport: 'live',
            token: (ctx.extra.request as CheckedUpgrade).live?.token ?? '',
          };
          return { req };
        },
        onConnect: (ctx) => {
          const userId = (ctx.extra.request as CheckedUpgrade).live?.userId;
          if (!userId) return false;
          const open = this.connections.get(userId) ?? new Set();
          open.add(ctx);
          this.connections.set(userId, open);
          return true;
        },
        onClose: (ctx) => {
          const userId = (ctx.extra.request as CheckedUpgrade).live?.userId;
          const open = userId ? this.connections.get(userId) : undefined;
          open?.delete(ctx);
          if (userId && open?.size === 0) this.connections.delete(userId);
        },
        onSubscribe: (ctx, _id, payload) => {
          // graphql-ws registers the subscription before this hook: the counts include it.
          const onSocket = Object.keys(ctx.subscriptions).length;
          if (onSocket > MAX_SUBSCRIPTIONS_PER_SOCKET) {
            return [
              tooManySubscriptions(
                `At most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions per connection.`,
              ),
            ];
          }
          if (this.subscriptionsOf(ctx.extra.request) > MAX_SUBSCRIPTIONS_PER_USER) {
            return [
              tooManySubscriptions(`At most ${MAX_SUBSCRIPTIONS_PER_USER} subscriptions per user.`),
            ];
          }
          let document;
          try {
            document = parse(payload.query, { maxTokens: DEFAULT_QUERY_LIMITS.maxTokens });
          } catch (error) {
            return [error as GraphQLError];
          }
          const errors = validate(schema, document, [
            ...specifiedRules,
            queryLimitsRule(DEFAULT_QUERY_LIMITS),
          ]);
          if (errors.length > 0) return errors;
          const operation = getOperationAST(document, payload.operationName);
          if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) {
            return [
              new GraphQLError('Only subscriptions are served over WebSocket.', {
                extensions: { code: 'BAD_USER_INPUT' },
              }),
            ];
          }
          const nul = nulTextError(document, payload.variables);
          if (nul) return [nul];
          const tooCostly = costErrors(schema, document, operation, payload.variables);
          if (tooCostly.length > 0) return tooCostly;
          return {
            schema,
            document,
            operationName: payload.operationName,
            variableValues: payload.variables,
          } satisfies ExecutionArgs;
        },
        onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)),
        onNext: (_ctx, _id, _payload, _args, result) =>
          result.errors
            ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) }
            : undefined,
      },
      wss,
    );
    httpServer.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const path = (req.url ?? '').split('?')[0];
      // Nothing else upgrades: without an answer the socket would stay open for good.
      if (path !== LIVE_PATH) return refuse(socket, 404, 'Not Found');
      void this.accept(wss, req, socket, head);
    });
    this.wss = wss;
    this.httpServer = httpServer;
  }

  private *sockets(): Generator<{ ctx: SocketContext; live: NonNullable<CheckedUpgrade['live']> }> {
    for (const open of this.connections.values()) {
      for (const ctx of open) {
        const live = ctx.extra.request.live;
        if (live) yield { ctx, live };
      }
    }
  }

  /** Closes the sockets whose session `ended` says has ended (4401: the session ended). */
  private closeWhere(ended: (live: NonNullable<CheckedUpgrade['live']>) => boolean): void {
    for (const { ctx, live } of [...this.sockets()]) {
      if (ended(live)) ctx.extra.socket.close(4401, 'Session ended');
    }
  }

  /**
   * A change notified by the database: the sockets whose session it may have ended check their
   * session again and close if it is no longer valid (a revoked session at once).
   */
  private async recheck(scope: string): Promise<void> {
    const colon = scope.indexOf(':');
    const kind = colon < 0 ? scope : scope.slice(0, colon);
    const id = scope.slice(colon + 1);
    if (kind === 'session') return this.closeWhere((live) => live.claims.sid === id);
    const touched = [...this.sockets()].filter(({ live }) =>
      kind === 'user'
        ? live.userId === id
        : kind === 'agency'
          ? live.agencyId === id
          : kind === 'region'
            ? live.regionId === id
            : true,
    );
    await Promise.all(
      touched.map(async ({ ctx, live }) => {
        try {
          const still = await this.sessions.recheck(live.claims, { withPolicyContext: false });
          if (!still) ctx.extra.socket.close(4401, 'Session ended');
        } catch {
          // The database is away: the socket's next operation or pull checks again.
        }
      }),
    );
  }

  /** Open live connections and their subscriptions on this instance (metrics). */
  counts(): { connections: number; subscriptions: number } {
    let connections = 0;
    let subscriptions = 0;
    for (const open of this.connections.values()) {
      connections += open.size;
      for (const ctx of open) subscriptions += Object.keys(ctx.subscriptions).length;
    }
    return { connections, subscriptions };
  }

  private subscriptionsOf(request: CheckedUpgrade): number {
    const userId = request.live?.userId;
    let n = 0;
    for (const ctx of (userId && this.connections.get(userId)) || []) {
      n += Object.keys(ctx.subscriptions).length;
    }
    return n;
  }

  async beforeApplicationShutdown(): Promise<void> {
    const clients = [...(this.wss?.clients ?? [])];
    for (const client of clients) client.close(1001, 'Server shutting down');
    // A client that never answers the close handshake is cut off after 1 s, not ws's 30 s, so a
    // stop stays within the platform's grace (issue 13).
    const cutOff = setTimeout(() => {
      for (const client of clients) client.terminate();
    }, 1000);
    cutOff.unref();
    await this.server?.dispose();
    clearTimeout(cutOff);
    this.wss?.close();
    this.wss = null;
    this.httpServer = null;
  }

  private async accept(
    wss: WebSocketServer,
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
  ): Promise<void> {
    socket.on('error', () => socket.destroy());
    // The session check reads the database; an upgrade never waits longer than the handshake limit.
    const deadline = setTimeout(
      () => refuse(socket, 503, 'Service Unavailable'),
      this.config.http.liveHandshakeTimeoutMs,
    );
    try {
      await this.checkAndUpgrade(wss, req, socket, head);
    } finally {
      clearTimeout(deadline);
    }
  }

  private async checkAndUpgrade(
    wss: WebSocketServer,
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
  ): Promise<void> {
    if (!originAllowed(req, this.publicOrigin)) {
      this.logger.event('warn', 'live connection refused: origin', { origin: req.headers.origin });
      return refuse(socket, 403, 'Forbidden');
    }
    const token = cookieValue(req.headers.cookie, this.tokens.cookieName);
    let user = null;
    try {
      user = token ? await this.sessions.authenticate(token, { withPolicyContext: false }) : null;
    } catch (error) {
      // Not a bad session: the client tries again (with backoff) and is let in once it is back.
      if (isDatabaseUnavailable(error)) {
        this.logger.event('warn', 'live connection refused: database unavailable', {
          ...unavailableDetail(error),
        });
        return refuse(socket, 503, 'Service Unavailable');
      }
      this.logger.event('error', 'live connection: session lookup failed', {
        error: (error as Error).message,
      });
    }
    if (!user || !token) return refuse(socket, 401, 'Unauthorized');
    if (socket.destroyed) return;
    (req as CheckedUpgrade).live = {
      token,
      userId: user.id,
      claims: user.session,
      agencyId: user.agencyId,
      regionId: user.regionId,
    };
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  }
}
