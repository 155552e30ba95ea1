import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AgencyModel } from '../auth/me.model';
import { runStatement } from '../database/run-statement';
import { agenciesInRegionQuery } from './agency.queries';

@Injectable()
export class AgencyService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The chain partners of one region; names and types only, no personal data. */
  async inRegion(regionId: string): Promise<AgencyModel[]> {
    return (await runStatement(this.db, agenciesInRegionQuery(regionId))) as AgencyModel[];
  }
}
