import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppAbility } from '@schakel/sharing-policy';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { CaseAccessService, type CaseAccessRow } from '../sharing/case-access.service';
import { caseCategoryItem, caseSubject } from '../sharing/policy-sql';
import { PolicyService } from '../sharing/policy.service';
import { PlanError } from './plan.error';
import { InputError } from '../common/input.error';
import { uuidArg } from '../common/validate';
import type { PlanVersionStatus } from './plan.enums';
import { planTargetQuery, type PlanTargetKind } from './plan.queries';

export interface PlanTarget {
  versionId: string;
  caseId: string;
  number: number;
  status: PlanVersionStatus;
  revision: number;
  caseReference: string;
  actionKey: string | null;
  ownerAgencyId: string | null;
  ownerUserId: string | null;
  goalId: string | null;
}

export interface PlanCase {
  ability: AppAbility;
  row: CaseAccessRow;
}

/**
 * The policy of the plan: reading it is `read` on the case's PLAN records, changing it is
 * `create` on them (the covenant's PLAN row); a closed case is read-only.
 */
@Injectable()
export class PlanAccessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
    private readonly cases: CaseAccessService,
  ) {}

  async forCase(user: Caller, caseId: string, write: boolean): Promise<PlanCase> {
    const { ability } = await user.policy();
    const row = await this.cases.require(ability, 'read', caseId, user);
    const plan = caseCategoryItem(row, 'PLAN');
    if (!ability.can('read', plan)) {
      throw new PlanError('FORBIDDEN', 'Your agency may not read the plan of this case.');
    }
    if (write) {
      if (!ability.can('create', plan)) {
        throw new PlanError('FORBIDDEN', 'Your agency may not change the plan of this case.');
      }
      CaseAccessService.assertOpen(row);
    }
    return { ability, row };
  }

  /** The version (of a goal or action) a write is about, and its case, checked. */
  async target(
    user: Caller,
    kind: PlanTargetKind,
    idArg: string,
    field: string,
  ): Promise<PlanCase & { target: PlanTarget }> {
    const id = uuidArg(idArg, field);
    const { sql, params } = planTargetQuery(kind, id, user.regionId);
    const [target] = await this.db.query<PlanTarget[]>(sql, params);
    const what = { version: 'The plan version', goal: 'The goal', action: 'The action' }[kind];
    if (!target) throw InputError.notFound(what);
    const access = await this.forCase(user, target.caseId, true);
    return { ...access, target };
  }

  static canEdit(ability: AppAbility, row: CaseAccessRow): boolean {
    return ability.can('create', caseCategoryItem(row, 'PLAN'));
  }

  /**
   * Adopting (vaststellen) and correcting any action's status are for the case's leads — the
   * procesregisseur and the casusregisseur agency (the policy's `lead`) — with PLAN write.
   */
  static canLead(ability: AppAbility, row: CaseAccessRow): boolean {
    return (
      ability.can('create', caseCategoryItem(row, 'PLAN')) && ability.can('lead', caseSubject(row))
    );
  }
}
