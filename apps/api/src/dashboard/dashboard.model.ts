import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CaseStatus } from '@schakel/domain';
import { CaseStatusEnum } from '../cases/case.enums';

@ObjectType('DashboardReferral', { description: 'The referral that has waited longest.' })
export class DashboardReferralModel {
  @Field(() => ID) caseId!: string;
  @Field(() => String) reference!: string;
  @Field(() => Date, { description: 'When it was referred.' }) since!: Date;
  @Field(() => Int, {
    description:
      'Whole days waiting, counted as the triage queue counts them (Referral.waitingDays).',
  })
  waitingDays!: number;
}

@ObjectType('StatusCount')
export class StatusCountModel {
  @Field(() => CaseStatusEnum) status!: CaseStatus;
  @Field(() => Int) count!: number;
}

@ObjectType('WijkCount', { description: "Cases per wijk of the case's person." })
export class WijkCountModel {
  @Field(() => String, {
    nullable: true,
    description: 'null: no wijk recorded, or withheld (see `withheld`).',
  })
  wijk!: string | null;
  @Field(() => Boolean, {
    description: "The caller may not read the person's address: counted, wijk afgeschermd.",
  })
  withheld!: boolean;
  @Field(() => Int, {
    description: 'Cases still worked on (referred, in triage, accepted, active).',
  })
  openCount!: number;
  @Field(() => Int) totalCount!: number;
}

@ObjectType('MonitoringDashboard', {
  description: 'Counts over the cases the caller may read, for the procesregisseur.',
})
export class MonitoringDashboardModel {
  @Field(() => Int, { description: 'Referrals waiting for triage (REFERRED or IN_TRIAGE).' })
  openReferrals!: number;
  @Field(() => DashboardReferralModel, { nullable: true })
  oldestReferral!: DashboardReferralModel | null;
  @Field(() => [StatusCountModel], { description: 'Only statuses with at least one case.' })
  byStatus!: StatusCountModel[];
  @Field(() => [WijkCountModel], { description: 'Most open cases first.' })
  byWijk!: WijkCountModel[];
}
