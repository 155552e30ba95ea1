import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Audited } from '../audit/audited.decorator';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated } from '../auth/decorators/policy.decorator';
import {
  AssessViolationInput,
  RecordSupervisionConditionInput,
  ReportViolationInput,
  UpdateSupervisionConditionInput,
} from './dto/supervision.input';
import { SupervisionConditionService } from './supervision-condition.service';
import {
  CaseSupervisionConditionsModel,
  SupervisionConditionModel,
  ViolationSignalModel,
  ViolationSignalToAssessModel,
} from './supervision.model';
import { ViolationSignalService } from './violation-signal.service';

@Resolver()
export class SupervisionResolver {
  constructor(
    private readonly conditions: SupervisionConditionService,
    private readonly signals: ViolationSignalService,
  ) {}

  @Authenticated()
  @Audited('READ')
  @Query(() => CaseSupervisionConditionsModel, {
    description:
      'The special conditions of a case the caller may read; WITHHELD without JUSTICE in the case.',
  })
  supervisionConditions(
    @CurrentCaller() user: Caller,
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<CaseSupervisionConditionsModel> {
    return this.conditions.forCase(user, caseId);
  }

  @Authenticated()
  @Audited('CREATE')
  @Mutation(() => SupervisionConditionModel, {
    description: 'Probation taking part records a special condition of an open case (JUSTICE).',
  })
  recordSupervisionCondition(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => RecordSupervisionConditionInput })
    input: RecordSupervisionConditionInput,
  ): Promise<SupervisionConditionModel> {
    return this.conditions.record(user, input);
  }

  @Authenticated()
  @Audited('UPDATE')
  @Mutation(() => SupervisionConditionModel, {
    description:
      'Probation changes a condition (e.g. ends it) at the revision it read; else EDIT_CONFLICT.',
  })
  updateSupervisionCondition(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => UpdateSupervisionConditionInput })
    input: UpdateSupervisionConditionInput,
  ): Promise<SupervisionConditionModel> {
    return this.conditions.update(user, input);
  }

  @Authenticated()
  @Audited('READ')
  @Query(() => [ViolationSignalModel], {
    description:
      'Violation signals of a case: all for JUSTICE readers, else the own agency’s reports; the ' +
      'assessment only for PROBATION readers.',
  })
  violationSignals(
    @CurrentCaller() user: Caller,
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<ViolationSignalModel[]> {
    return this.signals.forCase(user, caseId);
  }

  @Authenticated()
  @Audited('READ')
  @Query(() => [ViolationSignalModel], {
    description: "The caller's own reports and their status (never probation's assessment).",
  })
  myViolationSignals(@CurrentCaller() user: Caller): Promise<ViolationSignalModel[]> {
    return this.signals.mine(user);
  }

  @Authenticated()
  @Audited('READ')
  @Query(() => [ViolationSignalToAssessModel], {
    description: "Signals awaiting the caller's (probation's) assessment, nearest deadline first.",
  })
  violationSignalsToAssess(@CurrentCaller() user: Caller): Promise<ViolationSignalToAssessModel[]> {
    return this.signals.toAssess(user);
  }

  @Authenticated()
  @Audited('CREATE')
  @Mutation(() => ViolationSignalModel, {
    description:
      'Reports a possible violation: of a condition shown on a card or read in the case, or on ' +
      'a case the caller takes part in. Probation taking part is notified at once.',
  })
  reportViolation(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => ReportViolationInput }) input: ReportViolationInput,
  ): Promise<ViolationSignalModel> {
    return this.signals.report(user, input);
  }

  @Authenticated()
  @Audited('UPDATE')
  @Mutation(() => ViolationSignalModel, {
    description:
      'Probation records its assessment and follow-up at the revision it read; else EDIT_CONFLICT.',
  })
  assessViolation(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => AssessViolationInput }) input: AssessViolationInput,
  ): Promise<ViolationSignalModel> {
    return this.signals.assess(user, input);
  }
}
