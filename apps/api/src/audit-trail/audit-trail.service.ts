import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { PolicyService } from '../sharing/policy.service';
import { verifyAuditChain } from '../audit/audit-verifier';
import type { AuditChainStatusModel } from './audit-chain-status.model';

/** What the privacy officer reads of the trail (read on AuditTrail of the own region). */
@Injectable()
export class AuditTrailService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
  ) {}

  async chainStatus(user: Caller): Promise<AuditChainStatusModel> {
    await this.policies.requireInOwnRegion(
      user,
      'read',
      'AuditTrail',
      'Only the privacy officer reads the audit trail.',
    );
    const check = await verifyAuditChain(this.db, user.regionId);
    return { ...check, intact: check.reason === null, verifiedAt: new Date() };
  }
}
