import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  LifeDomainEnum,
  PlanActionStatusEnum,
  type LifeDomain,
  type PlanActionStatus,
} from '../plan.enums';

// Every change of a draft carries the revision the client last saw (optimistic locking).

@InputType()
export class AddPlanGoalInput {
  @Field(() => ID) versionId!: string;
  @Field(() => Int) revision!: number;
  @Field(() => LifeDomainEnum) lifeDomain!: LifeDomain;
  @Field(() => String, { description: '3–1000 characters.' }) description!: string;
}

@InputType()
export class UpdatePlanGoalInput {
  @Field(() => ID) goalId!: string;
  @Field(() => Int) revision!: number;
  @Field(() => LifeDomainEnum, { nullable: true }) lifeDomain?: LifeDomain | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType()
export class RemovePlanGoalInput {
  @Field(() => ID) goalId!: string;
  @Field(() => Int) revision!: number;
}

@InputType()
export class AddPlanActionInput {
  @Field(() => ID) goalId!: string;
  @Field(() => Int) revision!: number;
  @Field(() => String, { description: '3–1000 characters.' }) description!: string;
  @Field(() => ID, { description: 'An agency that takes part in the case now.' })
  ownerAgencyId!: string;
  @Field(() => ID, { nullable: true, description: 'A professional of the owner agency.' })
  ownerUserId?: string | null;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) dueDate!: string;
}

@InputType()
export class UpdatePlanActionInput {
  @Field(() => ID) actionId!: string;
  @Field(() => Int) revision!: number;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true }) ownerAgencyId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'Omitted: unchanged (cleared when the owner agency changes); null: nobody.',
  })
  ownerUserId?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) dueDate?: string | null;
  @Field(() => ID, { nullable: true, description: 'Move the action to another goal.' })
  goalId?: string | null;
}

@InputType()
export class RemovePlanActionInput {
  @Field(() => ID) actionId!: string;
  @Field(() => Int) revision!: number;
}

@InputType()
export class UpdatePlanActionStatusInput {
  @Field(() => ID) actionId!: string;
  @Field(() => Int, { description: 'The statusRevision the client last saw.' })
  statusRevision!: number;
  @Field(() => PlanActionStatusEnum) status!: PlanActionStatus;
}

@InputType()
export class AddPlanActionNoteInput {
  @Field(() => ID) actionId!: string;
  @Field(() => String, { description: '1–2000 characters; notes cannot be changed later.' })
  text!: string;
}

@InputType()
export class AdoptPlanVersionInput {
  @Field(() => ID) versionId!: string;
  @Field(() => Int) revision!: number;
  @Field(() => String, { description: 'The date of adoption (YYYY-MM-DD), not in the future.' })
  adoptedOn!: string;
}

@InputType()
export class StartPlanRevisionInput {
  @Field(() => ID) caseId!: string;
}

@InputType()
export class MyActionsFilterInput {
  @Field(() => [PlanActionStatusEnum], {
    nullable: true,
    description: 'Default: OPEN and IN_PROGRESS.',
  })
  statuses?: PlanActionStatus[] | null;
  @Field(() => Boolean, { nullable: true }) overdueOnly?: boolean | null;
}
