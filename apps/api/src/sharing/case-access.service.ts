import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OPEN_CASE_STATUSES, type CaseStatus } from '@schakel/domain';
import { accessBasis, type AppAbility, type PolicyAction } from '@schakel/sharing-policy';
import { DataSource } from 'typeorm';
import type { AuditSink } from '../audit/audit-scope';
import { caseAccessQuery } from './case-access.queries';
import { caseSubject, type CasePolicyFields } from './policy-sql';
import { InputError } from '../common/input.error';
import { SharingError } from './sharing.error';

export interface CaseAccessRow extends CasePolicyFields {
  status: CaseStatus;
}

/** Whose case access is checked: the caller's region, and its audit entry for the attempt. */
export interface CaseCaller extends AuditSink {
  readonly regionId: string;
}

/** Loads the policy fields of one case of the caller's region, for checks before a write. */
@Injectable()
export class CaseAccessService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async find(caseId: string, regionId: string): Promise<CaseAccessRow | null> {
    const { sql, params } = caseAccessQuery(caseId, regionId);
    const rows = await this.db.query<CaseAccessRow[]>(sql, params);
    return rows[0] ?? null;
  }

  /**
   * The case, if the ability allows `action` on it. A case the caller cannot even read is
   * NOT_FOUND (its existence is not confirmed); a readable one is FORBIDDEN.
   */
  async require(
    ability: AppAbility,
    action: PolicyAction,
    caseId: string,
    caller: CaseCaller,
  ): Promise<CaseAccessRow> {
    const row = await this.find(caseId, caller.regionId);
    if (!row) {
      // The attempt goes into the DENIED event, even for an id of another region.
      caller.note({ caseId });
      throw InputError.notFound('The case');
    }
    this.check(ability, action, row, caller);
    return row;
  }

  check(ability: AppAbility, action: PolicyAction, row: CaseAccessRow, audit: AuditSink): void {
    audit.note({ caseId: row.id, personIds: [row.subjectPersonId] });
    if (ability.can(action, caseSubject(row))) {
      audit.note({ accessBasis: accessBasis(ability, action, caseSubject(row)) });
      return;
    }
    if (!ability.can('read', caseSubject(row))) throw InputError.notFound('The case');
    throw new SharingError('FORBIDDEN', 'You are not allowed to do this in this case.');
  }

  /**
   * Writes need an open case: a closed, referred-back or rejected case is read-only (CASE_CLOSED).
   * Withdrawing a consent or decision is the one exception and does not call this.
   */
  static assertOpen(row: Pick<CaseAccessRow, 'status'>): void {
    if (!OPEN_CASE_STATUSES.includes(row.status)) {
      throw new SharingError(
        'CASE_CLOSED',
        row.status === 'CLOSED'
          ? 'The case is closed and can no longer be changed.'
          : 'The referral was not accepted; the case can no longer be changed.',
      );
    }
  }
}
