import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { runStatement } from '../database/run-statement';
import {
  accountSucceededQuery,
  countThrottleAttemptQuery,
  deleteExpiredRevokedSessionsQuery,
  deleteOldLoginAttemptsQuery,
  deleteOldThrottleRowsQuery,
  ensureThrottleRowsQuery,
  insertLoginAttemptQuery,
  lockThrottleRowsQuery,
  pairSucceededQuery,
  sourceSucceededQuery,
} from './login-throttle.queries';

type Scope = 'account' | 'pair' | 'source';

interface ScopeLimit {
  /** Attempts that may follow each other without waiting. */
  free: number;
  /** The wait after the first attempt beyond `free`; it doubles with every further attempt. */
  baseSeconds: number;
  /** The longest wait. */
  capSeconds: number;
}

/**
 * The numbers of the login throttle (docs/operations.md#login-throttling). Waits grow as
 * base·2^k seconds after the free attempts, up to the cap; nothing locks an account for good.
 */
export const THROTTLE = {
  /**
   * Per (account, source address): 5 attempts, then waits of 15 s, 30 s, 1 min, … up to 15 min.
   * Another source's failures never slow the owner at their own address.
   */
  pair: { free: 5, baseSeconds: 15, capSeconds: 900 },
  /**
   * Per account over all sources, against guessing spread over many addresses: 20 attempts, then
   * a wait of 30 s, then 1 min each (at most 60 attempts an hour). Not applied to a source the
   * account signed in from in the last `knownSourceDays`: such an attack slows strangers, not the
   * owner at a known address, and never locks the account.
   */
  account: { free: 20, baseSeconds: 30, capSeconds: 60 },
  /**
   * Per source address over all accounts: 30 failed attempts, then 1 min, 2 min, … up to 15 min.
   * A successful login gives its attempt back, so colleagues behind one address do not add up.
   */
  source: { free: 30, baseSeconds: 60, capSeconds: 900 },
  /** Attempts are forgotten this long after the last one. */
  memoryHours: 24,
  knownSourceDays: 30,
} as const satisfies Record<Scope, ScopeLimit> & Record<string, unknown>;

/**
 * Single sign-on callbacks (sso/), keyed by the agency instead of an account: each callback with
 * a valid flow cookie costs a token request at the agency's provider. Per (agency, source): 10
 * failed callbacks, then 30 s, 1 min, … up to 15 min. Per agency over all sources: no real limit
 * (a stranger failing elsewhere must not lock an agency out of its own sign-in). Per source: the
 * same rows as passwords — failed sign-ins from one address add up, successes give theirs back.
 */
export const SSO_THROTTLE = {
  pair: { free: 10, baseSeconds: 30, capSeconds: 900 },
  account: { free: 1_000_000, baseSeconds: 1, capSeconds: 1 },
  source: { free: 30, baseSeconds: 60, capSeconds: 900 },
  memoryHours: 24,
  knownSourceDays: 30,
} as const satisfies ThrottleLimits;

/** The numbers of one throttle: THROTTLE for passwords, MFA_THROTTLE for second factors. */
export interface ThrottleLimits {
  account: ScopeLimit;
  pair: ScopeLimit;
  source: ScopeLimit;
  memoryHours: number;
  knownSourceDays: number;
}

/**
 * The second factor's throttle (auth/mfa): stricter than the password's, since the password is
 * already known to whoever is guessing. Per (account, source): 5 attempts, then 30 s, 1 min, …
 * up to 15 min; per account over all sources: 10, then 1 min, 2 min, … up to 15 min, with no
 * exemption for known sources. Per source: as for passwords.
 */
export const MFA_THROTTLE = {
  pair: { free: 5, baseSeconds: 30, capSeconds: 900 },
  account: { free: 10, baseSeconds: 60, capSeconds: 900 },
  source: { free: 30, baseSeconds: 60, capSeconds: 900 },
  memoryHours: 24,
  knownSourceDays: 0,
} as const satisfies ThrottleLimits;

const SCOPES: readonly Scope[] = ['account', 'pair', 'source'];

/** The wait after the `attempts`-th attempt (counting this one) in a scope. */
export function waitSeconds(limit: ScopeLimit, attempts: number): number {
  if (attempts < limit.free) return 0;
  return Math.min(limit.baseSeconds * 2 ** (attempts - limit.free), limit.capSeconds);
}

/** A reserved attempt: the password may be checked. */
export interface LoginTicket {
  accountKey: string;
  source: string;
  /** This attempt's number per scope, to reset only when no later attempt was reserved. */
  numbers: Record<Scope, number>;
  limits: ThrottleLimits;
}

export type Reservation =
  { allowed: true; ticket: LoginTicket } | { allowed: false; retryAfterSeconds: number };

interface ThrottleRow {
  scope: Scope;
  attempts: number;
  stale: boolean;
  wait: number;
  known: boolean;
}

/**
 * Throttles logins per (account, source), per account and per source, in PostgreSQL so several
 * API instances share the counts. An attempt is reserved — counted as if it fails — under a row
 * lock before the password is checked, so parallel attempts cannot all pass one earlier count.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  accountKey(email: string): string {
    return createHmac('sha256', this.config.sessionSecret).update(email).digest('hex');
  }

  /** Reserves one attempt, or says how long to wait. */
  async reserve(
    accountKey: string,
    source: string,
    limits: ThrottleLimits = THROTTLE,
  ): Promise<Reservation> {
    const keys: Record<Scope, string> = {
      account: accountKey,
      pair: `${accountKey}|${source}`,
      source,
    };
    return this.db.transaction(async (m) => {
      // Rows in one fixed order (scope, key) in both statements, so two attempts never deadlock.
      await runStatement(m, ensureThrottleRowsQuery(keys));
      const rows = (await runStatement(
        m,
        lockThrottleRowsQuery(keys, limits.memoryHours, limits.knownSourceDays),
      )) as ThrottleRow[];
      const row = (scope: Scope) => rows.find((r) => r.scope === scope)!;
      const waits = SCOPES.map((scope) => {
        const r = row(scope);
        if (r.stale) return 0;
        if (scope === 'account' && row('pair').known) return 0;
        return r.wait;
      });
      const retryAfterSeconds = Math.max(...waits);
      if (retryAfterSeconds > 0) return { allowed: false, retryAfterSeconds };

      const numbers = {} as Record<Scope, number>;
      for (const scope of SCOPES) {
        const r = row(scope);
        numbers[scope] = (r.stale ? 0 : r.attempts) + 1;
        await this.count(m, scope, keys[scope], numbers[scope], limits[scope]);
      }
      return { allowed: true, ticket: { accountKey, source, numbers, limits } };
    });
  }

  private async count(
    m: EntityManager,
    scope: Scope,
    key: string,
    attempts: number,
    limit: ScopeLimit,
  ) {
    await runStatement(
      m,
      countThrottleAttemptQuery(scope, key, attempts, waitSeconds(limit, attempts)),
    );
  }

  /**
   * Records the outcome of a reserved attempt. A failure stays counted. A success clears the pair
   * and the account, unless another attempt was reserved after this one (a parallel burst), and
   * marks the source as known for the account.
   */
  async settle(ticket: LoginTicket, succeeded: boolean): Promise<void> {
    const { accountKey, source, numbers, limits } = ticket;
    if (succeeded) {
      await runStatement(this.db, pairSucceededQuery(accountKey, source, numbers.pair));
      await runStatement(this.db, accountSucceededQuery(accountKey, numbers.account));
      // A success gives its reservation back to the source: only failures count there, so an
      // office behind one address (NAT) is not slowed by its colleagues signing in.
      await runStatement(this.db, sourceSucceededQuery(source, limits.source.free));
    }
    // The security log of evaluated attempts.
    await runStatement(this.db, insertLoginAttemptQuery(accountKey, source, succeeded));
    // Old attempts carry no value; keep the tables small.
    if (Math.random() < 0.01) {
      await runStatement(this.db, deleteOldLoginAttemptsQuery());
      await runStatement(
        this.db,
        deleteOldThrottleRowsQuery(THROTTLE.memoryHours, THROTTLE.knownSourceDays),
      );
      await runStatement(this.db, deleteExpiredRevokedSessionsQuery());
    }
  }
}
