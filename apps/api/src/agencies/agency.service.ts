import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AgencyModel } from '../auth/me.model';

@Injectable()
export class AgencyService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The chain partners of one region; names and types only, no personal data. */
  async inRegion(regionId: string): Promise<AgencyModel[]> {
    return await this.db.query<AgencyModel[]>(
      `SELECT id, name, type FROM agency WHERE region_id = $1 ORDER BY name, id`,
      [regionId],
    );
  }
}
