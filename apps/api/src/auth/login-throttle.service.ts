import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export const THROTTLE = {
  windowMinutes: 15,
  /** Failed attempts per account (since its last success) within the window. */
  maxFailuresPerAccount: 5,
  /** Failed attempts per source address within the window, across accounts. */
  maxFailuresPerSource: 30,
} as const;

/**
 * Throttles failed logins per account and per source address. Kept in PostgreSQL so several
 * API instances share the counts.
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

  async isThrottled(accountKey: string, source: string): Promise<boolean> {
    const rows: { account: number; source: number }[] = await this.db.query(
      `SELECT
         (SELECT count(*) FROM login_attempt
           WHERE account_key = $1 AND NOT succeeded
             AND attempted_at > now() - make_interval(mins => $3)
             AND attempted_at > coalesce((SELECT max(attempted_at) FROM login_attempt
                                           WHERE account_key = $1 AND succeeded), '-infinity'))::int AS account,
         (SELECT count(*) FROM login_attempt
           WHERE source_address = $2 AND NOT succeeded
             AND attempted_at > now() - make_interval(mins => $3))::int AS source`,
      [accountKey, source, THROTTLE.windowMinutes],
    );
    const counts = rows[0] ?? { account: 0, source: 0 };
    return (
      counts.account >= THROTTLE.maxFailuresPerAccount ||
      counts.source >= THROTTLE.maxFailuresPerSource
    );
  }

  async record(accountKey: string, source: string, succeeded: boolean): Promise<void> {
    await this.db.query(
      `INSERT INTO login_attempt (account_key, source_address, succeeded) VALUES ($1, $2, $3)`,
      [accountKey, source, succeeded],
    );
    // Old attempts carry no value; keep the table small.
    if (Math.random() < 0.01) {
      await this.db.query(
        `DELETE FROM login_attempt WHERE attempted_at < now() - interval '1 day'`,
      );
      await this.db.query(`DELETE FROM revoked_session WHERE expires_at < now()`);
    }
  }
}
