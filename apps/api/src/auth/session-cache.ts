import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JsonLogger } from '../observability/json-logger';
import type { SessionUserRow } from './authenticated-user';
import type { PolicyContextRow } from '../sharing/policy-context.queries';
import { LISTEN_POLICY_CONTEXT } from './session.queries';

/** A checked session with its policy context, as the session statement read it. */
export type CachedSessionRow = SessionUserRow & PolicyContextRow;

interface Entry {
  userId: string;
  generation: number;
  row: CachedSessionRow;
  /** Epoch ms: the TTL, or earlier when a consent or break-glass opening runs out. */
  expiresAt: number;
}

/** Bounds the memory: about 2 kB a session; the oldest entries go first. */
const MAX_ENTRIES = 20_000;
const RECONNECT_MIN_MS = 100;
const RECONNECT_MAX_MS = 5_000;

/** Whether a session is still being served from the cache: what `invalidate` was told to drop. */
function matches(scope: string, sessionId: string, entry: Entry): boolean {
  const colon = scope.indexOf(':');
  const kind = colon < 0 ? scope : scope.slice(0, colon);
  const id = scope.slice(colon + 1);
  switch (kind) {
    case 'session':
      return sessionId === id;
    case 'user':
      return entry.userId === id;
    case 'agency':
      return entry.row.agencyId === id;
    case 'region':
      return entry.row.regionId === id;
    default:
      // 'all' and anything this version does not know: drop everything (fail closed).
      return true;
  }
}

/**
 * The session check and the caller's policy context, kept per session between requests (ADR
 * 0013) so that a read needs one statement (its page) instead of two.
 *
 * Invalidated at once: triggers (migration 1764000002200) NOTIFY every change to what the row is
 * built from, from any process or an operator's SQL, and this listener — on its own connection,
 * not the pool — drops what the change touches; a mutation served by this process flushes the
 * cache itself before its answer (SessionCachePlugin). While the listener is not connected the
 * cache is empty and bypassed; a row loaded while an invalidation arrived is not kept (`ticket`).
 * The TTL only bounds what a notification lost without the connection noticing could leave.
 */
@Injectable()
export class SessionCache implements OnModuleInit, OnApplicationShutdown {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private client: Client | null = null;
  private listening = false;
  private stopped = false;
  /** Raised by every invalidation: a load that started before it may not be kept. */
  private epoch = 0;
  private reconnectDelay = RECONNECT_MIN_MS;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private lastBarrier: string | null = null;
  private readonly changeListeners = new Set<(scope: string) => void>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
  ) {
    this.ttlMs = config.sessionCacheSeconds * 1000;
  }

  /** The cache is in use: enabled and its listener connected. */
  get active(): boolean {
    return this.listening;
  }

  async onModuleInit(): Promise<void> {
    if (this.ttlMs === 0) return;
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.down();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** The session's row when cached, unexpired and of the same user and generation. */
  get(claims: { sid: string; sub: string; gen: number }): CachedSessionRow | null {
    if (!this.listening) return null;
    const entry = this.entries.get(claims.sid);
    if (!entry) return null;
    if (entry.expiresAt <= Date.now() || entry.userId !== claims.sub) {
      this.entries.delete(claims.sid);
      return null;
    }
    return entry.generation === claims.gen ? entry.row : null;
  }

  /** Taken before a load; null while nothing may be cached. */
  ticket(): number | null {
    return this.listening ? this.epoch : null;
  }

  /** Keeps a row loaded after `ticket`, unless something was invalidated since. */
  store(
    ticket: number | null,
    claims: { sid: string; sub: string; gen: number },
    row: CachedSessionRow,
    validUntil: number | null,
  ): void {
    if (ticket === null || ticket !== this.epoch || !this.listening) return;
    const ttlEnd = Date.now() + this.ttlMs;
    const expiresAt = validUntil === null ? ttlEnd : Math.min(ttlEnd, validUntil);
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(claims.sid, { userId: claims.sub, generation: claims.gen, row, expiresAt });
  }

  /**
   * A notification: a change to drop, or a barrier (`barrier:<token>`), which changes nothing.
   * Notifications arrive in commit order, so once a barrier sent after a change is seen, that
   * change's invalidation was handled (integration tests that change rows by SQL wait for it).
   */
  private notified(payload: string): void {
    if (payload.startsWith('barrier:')) this.lastBarrier = payload;
    else {
      this.invalidate(payload);
      for (const listener of this.changeListeners) listener(payload);
    }
  }

  /**
   * Calls `listener` with the scope of every change the database notifies (from any process),
   * e.g. so live sockets of a disabled user end at once. Returns the unsubscribe.
   */
  onChange(listener: (scope: string) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** How many sessions are held now. */
  get size(): number {
    return this.entries.size;
  }

  /** Whether the barrier notification `payload` has arrived. */
  sawBarrier(payload: string): boolean {
    return this.lastBarrier === payload;
  }

  /** Drops what a change touched: `user:<id>`, `session:<id>`, `agency:<id>`, `region:<id>`, `all`. */
  invalidate(scope: string): void {
    this.epoch++;
    if (scope === 'all') {
      this.entries.clear();
      return;
    }
    for (const [sessionId, entry] of this.entries) {
      if (matches(scope, sessionId, entry)) this.entries.delete(sessionId);
    }
  }

  private async connect(): Promise<void> {
    const client = new Client({
      // LISTEN needs a session of its own: never through a transaction-mode pooler (ADR 0030).
      connectionString: this.config.databaseDirectUrl,
      application_name: 'schakel-session-cache',
      keepAlive: true,
    });
    this.client = client;
    client.on('notification', (message) => this.notified(message.payload ?? 'all'));
    client.on('error', (error) => this.lost(client, error.message));
    client.on('end', () => this.lost(client, 'connection ended'));
    try {
      await client.connect();
      await client.query(LISTEN_POLICY_CONTEXT);
    } catch (error) {
      this.lost(client, error instanceof Error ? error.message : String(error));
      return;
    }
    if (this.client !== client || this.stopped) return;
    // Whatever changed while nobody listened: start from nothing.
    this.invalidate('all');
    this.listening = true;
    this.reconnectDelay = RECONNECT_MIN_MS;
  }

  /** Fail closed: nothing is served from memory until the listener is back. */
  private down(): void {
    this.listening = false;
    this.invalidate('all');
  }

  private lost(client: Client, reason: string): void {
    if (this.client !== client) return;
    this.client = null;
    this.down();
    client.end().catch(() => undefined);
    if (this.stopped) return;
    this.logger.event('warn', 'session cache listener lost; sessions are checked in the database', {
      reason,
    });
    const delay = this.reconnectDelay;
    this.reconnectDelay = Math.min(delay * 2, RECONNECT_MAX_MS);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.connect();
    }, delay);
    this.reconnectTimer.unref();
  }
}
