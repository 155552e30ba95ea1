import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assessViolationSchema,
  VIOLATION_ASSESSMENT_DAYS,
  violationSignalSchema,
} from '@schakel/domain';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { InputError } from '../common/input.error';
import { parseInput } from '../common/parse-input';
import { uuidArg } from '../common/validate';
import { runStatement as run } from '../database/run-statement';
import { NotificationService } from '../notifications/notification.service';
import { CaseAccessService, type CaseAccessRow } from '../sharing/case-access.service';
import { caseCategoryItem } from '../sharing/policy-sql';
import type { LoadedPolicy } from '../sharing/policy.service';
import type { AssessViolationInput, ReportViolationInput } from './dto/supervision.input';
import { SupervisionError, supervisionEditConflict } from './supervision.error';
import type { ViolationSignalModel, ViolationSignalToAssessModel } from './supervision.model';
import {
  assessSignalQuery,
  caseReferenceQuery,
  conditionByIdQuery,
  insertSignalQuery,
  ownSignalsQuery,
  probationAgenciesOfCaseQuery,
  signalByIdQuery,
  signalsOfCaseQuery,
  signalsToAssessQuery,
  streetConditionQuery,
} from './supervision.queries';

type SignalRow = Omit<ViolationSignalModel, 'assessmentAccess' | 'mayAssess'> & {
  caseId: string;
  reporterAgencyId: string;
};

/**
 * Violation signals (ADR 0033). A police officer reports from a card (the condition's street
 * summary), a partner taking part from the case; probation taking part is notified at once and
 * assesses within VIOLATION_ASSESSMENT_DAYS. The report itself is JUSTICE (readers of JUSTICE in
 * the case, and the reporting agency); the assessment and follow-up are PROBATION information
 * (probation, the OM and the ZVH by default) — so the reporter sees the status, not the assessment.
 */
@Injectable()
export class ViolationSignalService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CaseAccessService,
    private readonly notifications: NotificationService,
  ) {}

  async report(user: Caller, input: ReportViolationInput): Promise<ViolationSignalModel> {
    const signal = parseInput(violationSignalSchema(), input);
    const policy = await user.policy();
    if (policy.preview) throw new SupervisionError('FORBIDDEN', 'A preview reports nothing.');
    const target = signal.conditionId
      ? await this.reportableCondition(user, policy, signal.conditionId)
      : await this.reportableCase(user, policy, signal.caseId!);
    user.note({ caseId: target.caseId, personIds: [target.personId], categories: ['JUSTICE'] });

    const id = await user.transaction(this.db, async (tx) => {
      const [inserted] = (await run(
        tx,
        insertSignalQuery({
          regionId: user.regionId,
          caseId: target.caseId,
          conditionId: signal.conditionId,
          userId: user.id,
          agencyId: user.agencyId,
          what: signal.what,
          occurredAt: signal.occurredAt,
          location: signal.location,
          seenBy: signal.seenBy,
          assessmentDays: VIOLATION_ASSESSMENT_DAYS,
        }),
      )) as { id: string }[];
      const [agencies] = (await run(
        tx,
        probationAgenciesOfCaseQuery(target.caseId, user.regionId),
      )) as { ids: string[] | null }[];
      const [reference] = (await run(tx, caseReferenceQuery(target.caseId))) as {
        reference: string;
      }[];
      await this.notifications.notifyAgencies(tx, {
        regionId: user.regionId,
        agencyIds: agencies?.ids ?? [],
        kind: 'VIOLATION_REPORTED',
        caseId: target.caseId,
        data: { caseReference: reference!.reference },
        exceptUserId: user.id,
      });
      user.note({ record: { type: 'ViolationSignal', id: inserted!.id } });
      return inserted!.id;
    });
    const own = await this.mine(user);
    return own.find((row) => row.id === id)!;
  }

  /** The signals of a case the caller may see, with the assessment where it reads PROBATION. */
  async forCase(user: Caller, caseId: string): Promise<ViolationSignalModel[]> {
    const id = uuidArg(caseId, 'caseId');
    const policy = await user.policy();
    const row = await this.cases.require(policy.ability, 'read', id, user);
    const readsJustice = policy.ability.can('read', caseCategoryItem(row, 'JUSTICE'));
    const readsProbation = policy.ability.can('read', caseCategoryItem(row, 'PROBATION'));
    const rows = (await run(
      this.db,
      signalsOfCaseQuery(row.id, user.regionId, policy.agencyId, readsJustice, readsProbation),
    )) as SignalRow[];
    if (rows.length > 0) {
      user.note({ categories: readsProbation ? ['JUSTICE', 'PROBATION'] : ['JUSTICE'] });
    }
    const assesses = mayAssess(policy, row, user);
    return rows.map((signal) => ({
      ...dated(signal),
      assessmentAccess: readsProbation ? 'FULL' : 'WITHHELD',
      mayAssess: assesses,
    }));
  }

  /** The caller's own reports and their status; probation's assessment stays withheld. */
  async mine(user: Caller): Promise<ViolationSignalModel[]> {
    const rows = (await run(this.db, ownSignalsQuery(user.id, user.regionId))) as SignalRow[];
    user.note({ caseIds: rows.map((row) => row.caseId) });
    return rows.map((signal) => ({
      ...dated(signal),
      assessment: null,
      followUp: null,
      assessmentAccess: 'WITHHELD',
      mayAssess: false,
    }));
  }

  /** Probation's dashboard: unassessed signals of the cases where it may assess, by deadline. */
  async toAssess(user: Caller): Promise<ViolationSignalToAssessModel[]> {
    const policy = await user.policy();
    if (user.agencyType !== 'PROBATION') return [];
    const statement = signalsToAssessQuery(policy.ability, user.regionId);
    if (!statement) return [];
    const rows = (await run(this.db, statement)) as (SignalRow & { caseReference: string })[];
    user.note({ caseIds: rows.map((row) => row.caseId), categories: ['JUSTICE', 'PROBATION'] });
    const now = Date.now();
    return rows.map(({ caseReference, ...signal }) => ({
      signal: { ...dated(signal), assessmentAccess: 'FULL', mayAssess: !policy.preview },
      caseId: signal.caseId,
      caseReference,
      overdue: new Date(signal.dueAt).getTime() < now,
    }));
  }

  async assess(user: Caller, input: AssessViolationInput): Promise<ViolationSignalModel> {
    const assessment = parseInput(assessViolationSchema(), input);
    const [signal] = (await run(this.db, signalByIdQuery(assessment.signalId, user.regionId))) as
      { id: string; caseId: string }[] | [];
    if (!signal) throw InputError.notFound('The signal');
    const policy = await user.policy();
    const row = await this.cases.require(policy.ability, 'read', signal.caseId, user);
    user.note({
      record: { type: 'ViolationSignal', id: signal.id },
      categories: ['PROBATION'],
    });
    if (!mayAssess(policy, row, user)) {
      throw new SupervisionError(
        'FORBIDDEN',
        'Only a probation agency taking part in the case assesses its signals.',
      );
    }
    CaseAccessService.assertOpen(row);
    await user.transaction(this.db, async (tx) => {
      const [, updated] = (await run(
        tx,
        assessSignalQuery({
          ...assessment,
          regionId: user.regionId,
          userId: user.id,
          agencyId: user.agencyId,
        }),
      )) as [unknown[], number];
      if (updated === 0) throw supervisionEditConflict();
    });
    const signals = await this.forCase(user, row.id);
    return signals.find((s) => s.id === signal.id)!;
  }

  /** A condition the caller may report on: one it reads in its case, or one its card shows. */
  private async reportableCondition(
    user: Caller,
    policy: LoadedPolicy,
    conditionId: string,
  ): Promise<{ caseId: string; personId: string }> {
    const [condition] = (await run(this.db, conditionByIdQuery(conditionId, user.regionId))) as
      { caseId: string }[] | [];
    if (condition) {
      const row = await this.cases.find(condition.caseId, user.regionId);
      if (row && policy.ability.can('read', caseCategoryItem(row, 'JUSTICE'))) {
        CaseAccessService.assertOpen(row);
        return { caseId: row.id, personId: row.subjectPersonId };
      }
    }
    const street = streetConditionQuery(policy.ability, conditionId, user.regionId);
    const [shown] = street
      ? ((await run(this.db, street)) as { caseId: string; personId: string }[])
      : [];
    if (!shown) throw InputError.notFound('The condition');
    return shown;
  }

  /** A case the caller takes part in (and reads), for a partner that cannot name the condition. */
  private async reportableCase(
    user: Caller,
    policy: LoadedPolicy,
    caseId: string,
  ): Promise<{ caseId: string; personId: string }> {
    const row = await this.cases.require(policy.ability, 'read', caseId, user);
    CaseAccessService.assertOpen(row);
    return { caseId: row.id, personId: row.subjectPersonId };
  }
}

/** Probation taking part, with PROBATION write under the covenant; never in a preview. */
function mayAssess(
  policy: LoadedPolicy,
  row: CaseAccessRow,
  user: Pick<Caller, 'agencyType'>,
): boolean {
  return (
    !policy.preview &&
    user.agencyType === 'PROBATION' &&
    policy.ability.can('create', caseCategoryItem(row, 'PROBATION'))
  );
}

function dated<T extends SignalRow>(row: T): T {
  return {
    ...row,
    occurredAt: new Date(row.occurredAt),
    reportedAt: new Date(row.reportedAt),
    dueAt: new Date(row.dueAt),
    assessedAt: row.assessedAt ? new Date(row.assessedAt) : null,
  };
}
