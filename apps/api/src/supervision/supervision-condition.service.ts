import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { supervisionConditionSchema, type SupervisionConditionInput } from '@schakel/domain';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { InputError } from '../common/input.error';
import { parseInput } from '../common/parse-input';
import { uuidArg } from '../common/validate';
import { runStatement as run } from '../database/run-statement';
import { CaseAccessService, type CaseAccessRow } from '../sharing/case-access.service';
import { caseCategoryItem } from '../sharing/policy-sql';
import type { LoadedPolicy } from '../sharing/policy.service';
import type {
  RecordSupervisionConditionInput,
  UpdateSupervisionConditionInput,
} from './dto/supervision.input';
import { SupervisionError, supervisionEditConflict } from './supervision.error';
import type {
  CaseSupervisionConditionsModel,
  SupervisionConditionModel,
} from './supervision.model';
import {
  conditionByIdQuery,
  conditionsOfCaseQuery,
  insertConditionQuery,
  touchCaseQuery,
  updateConditionQuery,
  type ConditionWrite,
} from './supervision.queries';

/**
 * Supervision conditions (ADR 0033): JUSTICE records of a case. Read where the covenant grants
 * JUSTICE in the case; recorded and changed by a probation agency taking part that may write
 * JUSTICE — probation supervises the conditions, the OM imposes them through its own systems.
 */
@Injectable()
export class SupervisionConditionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CaseAccessService,
  ) {}

  async forCase(user: Caller, caseId: string): Promise<CaseSupervisionConditionsModel> {
    const id = uuidArg(caseId, 'caseId');
    const policy = await user.policy();
    const row = await this.cases.require(policy.ability, 'read', id, user);
    if (!policy.ability.can('read', caseCategoryItem(row, 'JUSTICE'))) {
      return { caseId: row.id, access: 'WITHHELD', mayRecord: false, conditions: [] };
    }
    user.note({ categories: ['JUSTICE'] });
    const conditions = (await run(
      this.db,
      conditionsOfCaseQuery(row.id, user.regionId),
    )) as SupervisionConditionModel[];
    return {
      caseId: row.id,
      access: 'FULL',
      mayRecord: mayRecord(policy, row, user),
      conditions: conditions.map(withDates),
    };
  }

  async record(
    user: Caller,
    input: RecordSupervisionConditionInput,
  ): Promise<SupervisionConditionModel> {
    const condition = parseInput(supervisionConditionSchema(), input);
    const row = await this.writable(user, condition.caseId);
    const id = await user.transaction(this.db, async (tx) => {
      const [inserted] = (await run(tx, insertConditionQuery(this.write(user, condition)))) as {
        id: string;
      }[];
      await run(tx, touchCaseQuery(row.id));
      user.note({ record: { type: 'SupervisionCondition', id: inserted!.id } });
      return inserted!.id;
    });
    return this.byId(user, id);
  }

  async update(
    user: Caller,
    input: UpdateSupervisionConditionInput,
  ): Promise<SupervisionConditionModel> {
    const conditionId = uuidArg(input.conditionId, 'conditionId');
    const [current] = (await run(this.db, conditionByIdQuery(conditionId, user.regionId))) as
      SupervisionConditionModel[] | [];
    if (!current) throw InputError.notFound('The condition');
    const condition = parseInput(supervisionConditionSchema(), {
      ...input,
      caseId: current.caseId,
    });
    const row = await this.writable(user, current.caseId);
    user.note({ record: { type: 'SupervisionCondition', id: conditionId } });
    await user.transaction(this.db, async (tx) => {
      const [, updated] = (await run(
        tx,
        updateConditionQuery(conditionId, input.revision, this.write(user, condition)),
      )) as [unknown[], number];
      if (updated === 0) throw supervisionEditConflict();
      await run(tx, touchCaseQuery(row.id));
    });
    return this.byId(user, conditionId);
  }

  private async byId(user: Caller, conditionId: string): Promise<SupervisionConditionModel> {
    const [row] = (await run(this.db, conditionByIdQuery(conditionId, user.regionId))) as
      SupervisionConditionModel[] | [];
    if (!row) throw InputError.notFound('The condition');
    return withDates(row);
  }

  /** The open case, if the caller may record conditions in it; refused otherwise. */
  private async writable(user: Caller, caseId: string): Promise<CaseAccessRow> {
    const policy = await user.policy();
    const row = await this.cases.require(policy.ability, 'read', caseId, user);
    user.note({ categories: ['JUSTICE'] });
    if (!mayRecord(policy, row, user)) {
      throw new SupervisionError(
        'FORBIDDEN',
        'Only a probation agency taking part in the case records its supervision conditions.',
      );
    }
    CaseAccessService.assertOpen(row);
    return row;
  }

  private write(user: Caller, c: SupervisionConditionInput): ConditionWrite {
    return {
      ...c,
      regionId: user.regionId,
      agencyId: user.agencyId,
      userId: user.id,
    };
  }
}

/** Probation taking part, with JUSTICE write under the covenant; never in a "view as" preview. */
function mayRecord(
  policy: LoadedPolicy,
  row: CaseAccessRow,
  user: Pick<Caller, 'agencyType'>,
): boolean {
  return (
    !policy.preview &&
    user.agencyType === 'PROBATION' &&
    policy.ability.can('create', caseCategoryItem(row, 'JUSTICE'))
  );
}

function withDates(row: SupervisionConditionModel): SupervisionConditionModel {
  return { ...row, updatedAt: new Date(row.updatedAt) };
}
