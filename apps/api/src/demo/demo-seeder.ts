import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PasswordService } from '../auth/password.service';
import { JsonLogger } from '../observability/json-logger';
import { DEMO_AGENCIES, DEMO_PASSWORD, DEMO_REGION, DEMO_USERS } from './demo-data';

@Injectable()
export class DemoSeeder {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordService,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
  ) {}

  /** Loads the demo region into an empty database; does nothing when any region exists. */
  async seedIfEmpty(): Promise<boolean> {
    const hash = await this.passwords.hash(DEMO_PASSWORD);
    return this.db.transaction(async (tx) => {
      // Serialises concurrent starts of several instances.
      await tx.query('LOCK TABLE region IN EXCLUSIVE MODE');
      const existing: unknown[] = await tx.query('SELECT 1 FROM region LIMIT 1');
      if (existing.length > 0) return false;

      const [region] = (await tx.query(
        `INSERT INTO region (code, name) VALUES ($1, $2) RETURNING id`,
        [DEMO_REGION.code, DEMO_REGION.name],
      )) as { id: string }[];
      const agencyIds = new Map<string, string>();
      for (const agency of DEMO_AGENCIES) {
        const [row] = (await tx.query(
          `INSERT INTO agency (region_id, name, type) VALUES ($1, $2, $3) RETURNING id`,
          [region!.id, agency.name, agency.type],
        )) as { id: string }[];
        agencyIds.set(agency.key, row!.id);
      }
      for (const user of DEMO_USERS) {
        await tx.query(
          `INSERT INTO app_user (agency_id, email, display_name, password_hash, roles)
           VALUES ($1, $2, $3, $4, $5)`,
          [agencyIds.get(user.agency), user.email, user.displayName, hash, user.roles],
        );
      }
      this.logger.event('info', 'demo region loaded', {
        agencies: DEMO_AGENCIES.length,
        users: DEMO_USERS.length,
      });
      return true;
    });
  }
}
