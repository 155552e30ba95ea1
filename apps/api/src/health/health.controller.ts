import { NotAudited } from '../audit/audited.decorator';
import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Public } from '../auth/decorators/policy.decorator';
import { runStatement } from '../database/run-statement';
import { readinessQuery } from './health.queries';

@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The process is up; says nothing about its dependencies (for restarts by the orchestrator). */
  @Public()
  @NotAudited('health check')
  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  /** Ready for traffic: the database answers. */
  @Public()
  @NotAudited('health check')
  @Get('ready')
  async ready() {
    try {
      await runStatement(this.db, readinessQuery());
      return { status: 'ok' };
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable' });
    }
  }
}
