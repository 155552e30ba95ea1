import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OPEN_CASE_STATUSES } from '@schakel/domain';
import { DataSource } from 'typeorm';
import type { AgencyModel } from '../auth/me.model';
import type { Caller } from '../auth/caller';
import { InputError } from '../common/input.error';
import { uuidArg } from '../common/validate';
import { PlanAccessService } from './plan-access.service';
import { planDiff } from './plan-diff';
import { toNote, toVersion, type NoteRow, type VersionRow } from './plan.mapping';
import type {
  CasePlanModel,
  PlanChangeModel,
  PlanVersionModel,
  PlanVersionSummaryModel,
} from './plan.model';
import {
  casePlanQuery,
  versionByIdQuery,
  versionHistoryQuery,
  versionsByNumberQuery,
} from './plan.queries';

/** Reading the plan of a case: the current versions, the history and the differences. */
@Injectable()
export class PlanService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: PlanAccessService,
  ) {}

  async casePlan(user: Caller, caseIdArg: string): Promise<CasePlanModel> {
    const caseId = uuidArg(caseIdArg, 'caseId');
    const { ability, row } = await this.access.forCase(user, caseId, false);
    const { sql, params } = casePlanQuery(caseId, user.regionId);
    const [plan] = await this.db.query<
      {
        versions: VersionRow[];
        ownerAgencies: AgencyModel[];
        notes: NoteRow[];
      }[]
    >(sql, params);
    const versions = plan!.versions.map(toVersion);
    const readOnly = !OPEN_CASE_STATUSES.includes(row.status);
    const canEdit = !readOnly && PlanAccessService.canEdit(ability, row);
    return {
      caseId,
      draft: versions.find((v) => v.status === 'DRAFT') ?? null,
      adopted: versions.find((v) => v.status === 'ADOPTED') ?? null,
      canEdit,
      canAdopt: canEdit && PlanAccessService.canLead(ability, row),
      readOnly,
      ownerAgencies: plan!.ownerAgencies,
      notes: plan!.notes.map(toNote),
    };
  }

  async versions(user: Caller, caseIdArg: string): Promise<PlanVersionSummaryModel[]> {
    const caseId = uuidArg(caseIdArg, 'caseId');
    await this.access.forCase(user, caseId, false);
    const { sql, params } = versionHistoryQuery(caseId, user.regionId);
    const rows = await this.db.query<
      (Omit<PlanVersionSummaryModel, 'createdAt'> & { createdAt: Date })[]
    >(sql, params);
    return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt) }));
  }

  async version(user: Caller, idArg: string): Promise<PlanVersionModel> {
    const id = uuidArg(idArg, 'id');
    const { sql, params } = versionByIdQuery(id, user.regionId);
    const [row] = await this.db.query<VersionRow[]>(sql, params);
    if (!row) throw InputError.notFound('The plan version');
    await this.access.forCase(user, row.caseId, false);
    return toVersion(row);
  }

  /** Loads one version after a write (the caller was checked by the write). */
  async loadVersion(id: string, regionId: string): Promise<PlanVersionModel> {
    const { sql, params } = versionByIdQuery(id, regionId);
    const [row] = await this.db.query<VersionRow[]>(sql, params);
    return toVersion(row!);
  }

  async diff(
    user: Caller,
    caseIdArg: string,
    from: number,
    to: number,
  ): Promise<PlanChangeModel[]> {
    const caseId = uuidArg(caseIdArg, 'caseId');
    for (const [field, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!Number.isInteger(value) || value < 1) {
        throw InputError.badInput(field, `${field} must be a version number.`);
      }
    }
    await this.access.forCase(user, caseId, false);
    const { sql, params } = versionsByNumberQuery(caseId, user.regionId, [from, to]);
    const rows = await this.db.query<VersionRow[]>(sql, params);
    const older = rows.find((r) => r.number === from);
    const newer = rows.find((r) => r.number === to);
    if (!older) throw InputError.badInput('from', `There is no version ${from}.`);
    if (!newer) throw InputError.badInput('to', `There is no version ${to}.`);
    return planDiff(older.goals, newer.goals);
  }
}
