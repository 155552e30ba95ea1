import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { LIVE_CHANNEL, type LiveSignal } from './live-signal';
import { JsonLogger } from '../observability/json-logger';

export type LiveListener = () => void;

const RECONNECT_MS = [500, 1000, 2000, 5000];

/**
 * Live signals across API instances: one dedicated connection per process LISTENs on
 * `schakel_live`; writers NOTIFY inside their transaction (delivered on commit). A signal only
 * says "meeting X has a new event": subscribers read the events themselves from `meeting_event`,
 * so a lost signal (e.g. while reconnecting) loses nothing: on reconnect every listener is woken
 * and catches up.
 */
@Injectable()
export class LivePubSub implements OnModuleInit, OnApplicationShutdown {
  private client: Client | null = null;
  private readonly listeners = new Map<string, Set<LiveListener>>();
  /** Signals handled so far, and the number of the last one per meeting (see `generation`). */
  private signals = 0;
  private readonly lastSignal = new Map<string, number>();
  private stopped = false;
  private attempt = 0;
  private timer: NodeJS.Timeout | null = null;
  private ready: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
  ) {}

  async onModuleInit(): Promise<void> {
    this.ready = this.connect();
    await this.ready;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** Calls `listener` on every signal for the meeting (and after a reconnect); returns the undo. */
  listen(meetingId: string, listener: LiveListener): () => void {
    let set = this.listeners.get(meetingId);
    if (!set) {
      set = new Set();
      this.listeners.set(meetingId, set);
    }
    set.add(listener);
    return () => {
      const current = this.listeners.get(meetingId);
      current?.delete(listener);
      if (current?.size === 0) {
        this.listeners.delete(meetingId);
        this.lastSignal.delete(meetingId);
      }
    };
  }

  /**
   * Changes whenever a signal for the meeting arrives (it never returns an earlier value). A read
   * started under the current generation saw every change signalled so far, so subscribers may
   * share it.
   */
  generation(meetingId: string): number {
    return this.lastSignal.get(meetingId) ?? this.signals;
  }

  /** Number of local listeners, for tests and diagnostics. */
  listenerCount(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  private async connect(): Promise<void> {
    const client = new Client({
      // LISTEN needs a session of its own: never through a transaction-mode pooler (ADR 0030).
      connectionString: this.config.databaseDirectUrl,
      application_name: 'schakel-live',
      connectionTimeoutMillis: 5000,
      // LISTEN works for any role; the restricted app role keeps the same rights here.
      ...(this.config.databaseAppRole ? { options: `-c role=${this.config.databaseAppRole}` } : {}),
    });
    // Without an error handler a database restart would crash the process.
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    client.on('notification', (msg) => {
      if (msg.channel !== LIVE_CHANNEL || !msg.payload) return;
      try {
        const signal = JSON.parse(msg.payload) as LiveSignal;
        this.dispatch(signal.meetingId);
      } catch {
        this.logger.event('warn', 'ignored a malformed live signal');
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
      this.client = client;
      if (this.attempt > 0) {
        this.logger.event('info', 'live listener reconnected', { attempts: this.attempt });
        // Signals sent while we were away are gone: everyone re-reads the log.
        for (const meetingId of this.listeners.keys()) this.dispatch(meetingId);
      }
      this.attempt = 0;
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      this.lost(client, error as Error);
    }
  }

  private lost(client: Client, error: Error | null): void {
    if (this.stopped) return;
    if (this.client !== client && this.client !== null) return;
    this.client = null;
    if (this.timer) return;
    this.logger.event('warn', 'live listener connection lost', {
      error: error?.message ?? 'ended',
    });
    const delay = RECONNECT_MS[Math.min(this.attempt, RECONNECT_MS.length - 1)]!;
    this.attempt += 1;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect();
    }, delay);
  }

  private dispatch(meetingId: string): void {
    this.signals += 1;
    if (this.listeners.has(meetingId)) this.lastSignal.set(meetingId, this.signals);
    for (const listener of this.listeners.get(meetingId) ?? []) listener();
  }
}
