import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AgencyModel } from '../auth/me.model';
import { AccessEnum, type Access } from '../sharing/sharing.enums';
import {
  LifeDomainEnum,
  PlanActionStatusEnum,
  PlanChangeFieldEnum,
  PlanChangeKindEnum,
  PlanVersionStatusEnum,
  type LifeDomain,
  type PlanActionStatus,
  type PlanChangeField,
  type PlanChangeKind,
  type PlanVersionStatus,
} from './plan.enums';

/** Most notes casePlan returns; older ones stay stored. */
export const NOTES_LIMIT = 100;

@ObjectType('PlanUser', { description: 'A professional named in a plan (owner, author).' })
export class PlanUserModel {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
}

@ObjectType('PlanActionNote', { description: 'An append-only progress note on an action.' })
export class PlanActionNoteModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The key of the action (the same in every version).' })
  actionKey!: string;
  @Field(() => String) text!: string;
  @Field(() => PlanUserModel, { nullable: true }) author!: PlanUserModel | null;
  @Field(() => AgencyModel) authorAgency!: AgencyModel;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('PlanAction', {
  description:
    'An action (afspraak) of a goal. Content (description, owner, due date) belongs to the ' +
    'version; status and notes belong to the action across versions (`key`).',
})
export class PlanActionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The same for this action in every version of the plan.' })
  key!: string;
  @Field(() => String) description!: string;
  @Field(() => AgencyModel) ownerAgency!: AgencyModel;
  @Field(() => PlanUserModel, { nullable: true }) ownerUser!: PlanUserModel | null;
  @Field(() => Boolean, {
    description: 'The owner agency still takes part in the case; if not, reassign the action.',
  })
  ownerActive!: boolean;
  @Field(() => String, { description: 'Due date (YYYY-MM-DD).' }) dueDate!: string;
  @Field(() => PlanActionStatusEnum) status!: PlanActionStatus;
  @Field(() => Int, { description: 'Send back with a status change (optimistic locking).' })
  statusRevision!: number;
  @Field(() => Date) statusChangedAt!: Date;
  @Field(() => Boolean, { description: 'Not finished and the due date has passed.' })
  overdue!: boolean;
  @Field(() => Int, { description: 'Progress notes on this action (see CasePlan.notes).' })
  noteCount!: number;
}

@ObjectType('PlanGoal', { description: 'A goal of the plan on one life domain, with its actions.' })
export class PlanGoalModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The same for this goal in every version of the plan.' })
  key!: string;
  @Field(() => LifeDomainEnum) lifeDomain!: LifeDomain;
  @Field(() => String) description!: string;
  @Field(() => [PlanActionModel]) actions!: PlanActionModel[];
}

@ObjectType('PlanVersion', { description: 'One version of the plan of action of a case.' })
export class PlanVersionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => Int) number!: number;
  @Field(() => PlanVersionStatusEnum) status!: PlanVersionStatus;
  @Field(() => Int, {
    description: 'Send back with every change of this draft; a stale one gives EDIT_CONFLICT.',
  })
  revision!: number;
  @Field(() => Int, { nullable: true, description: 'The version this one was copied from.' })
  basedOnNumber!: number | null;
  @Field(() => String, { nullable: true, description: 'Adoption date (YYYY-MM-DD).' })
  adoptedOn!: string | null;
  @Field(() => AgencyModel, { nullable: true }) adoptedByAgency!: AgencyModel | null;
  @Field(() => PlanUserModel, { nullable: true }) adoptedBy!: PlanUserModel | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => [PlanGoalModel]) goals!: PlanGoalModel[];
}

@ObjectType('CasePlan', {
  description: 'The plan of action of a case: the open draft and the last adopted version.',
})
export class CasePlanModel {
  @Field(() => ID) caseId!: string;
  @Field(() => PlanVersionModel, { nullable: true }) draft!: PlanVersionModel | null;
  @Field(() => PlanVersionModel, { nullable: true }) adopted!: PlanVersionModel | null;
  @Field(() => Boolean, { description: 'The caller may edit the plan (covenant PLAN write).' })
  canEdit!: boolean;
  @Field(() => Boolean, {
    description: 'The caller may adopt: procesregisseur or the casusregisseur agency.',
  })
  canAdopt!: boolean;
  @Field(() => Boolean, { description: 'The case is closed: the plan is read-only.' })
  readOnly!: boolean;
  @Field(() => [AgencyModel], { description: 'Agencies an action can be assigned to.' })
  ownerAgencies!: AgencyModel[];
  @Field(() => [PlanActionNoteModel], {
    description: `Progress notes of all actions (by actionKey), newest first; at most ${NOTES_LIMIT}.`,
  })
  notes!: PlanActionNoteModel[];
}

@ObjectType('PlanVersionSummary', { description: 'A version in the history of a plan.' })
export class PlanVersionSummaryModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field(() => PlanVersionStatusEnum) status!: PlanVersionStatus;
  @Field(() => String, { nullable: true }) adoptedOn!: string | null;
  @Field(() => AgencyModel, { nullable: true }) adoptedByAgency!: AgencyModel | null;
  @Field(() => Int, { nullable: true }) basedOnNumber!: number | null;
  @Field(() => Int) goalCount!: number;
  @Field(() => Int) actionCount!: number;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('PlanChange', {
  description: 'One readable difference between two versions of a plan.',
})
export class PlanChangeModel {
  @Field(() => PlanChangeKindEnum) kind!: PlanChangeKind;
  @Field(() => PlanChangeFieldEnum, { nullable: true }) field!: PlanChangeField | null;
  @Field(() => LifeDomainEnum) lifeDomain!: LifeDomain;
  @Field(() => String) goal!: string;
  @Field(() => String, { nullable: true, description: 'The action, for ACTION_* changes.' })
  action!: string | null;
  @Field(() => String, { nullable: true }) from!: string | null;
  @Field(() => String, { nullable: true }) to!: string | null;
}

@ObjectType('MyAction', { description: 'An action owned by the caller’s agency, with its case.' })
export class MyActionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) key!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => String) caseReference!: string;
  @Field(() => String, {
    nullable: true,
    description: "The name of the case's person; null when withheld (see personNameAccess).",
  })
  personName!: string | null;
  @Field(() => AccessEnum) personNameAccess!: Access;
  @Field(() => Int) versionNumber!: number;
  @Field(() => PlanVersionStatusEnum, {
    description: 'ADOPTED: agreed; DRAFT: the case has no adopted plan yet.',
  })
  versionStatus!: PlanVersionStatus;
  @Field(() => LifeDomainEnum) lifeDomain!: LifeDomain;
  @Field(() => String) goal!: string;
  @Field(() => String) description!: string;
  @Field(() => AgencyModel) ownerAgency!: AgencyModel;
  @Field(() => PlanUserModel, { nullable: true }) ownerUser!: PlanUserModel | null;
  @Field(() => String) dueDate!: string;
  @Field(() => PlanActionStatusEnum) status!: PlanActionStatus;
  @Field(() => Int) statusRevision!: number;
  @Field(() => Boolean) overdue!: boolean;
}

@ObjectType('MyActionPageInfo')
export class MyActionPageInfoModel {
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field(() => Boolean) hasNextPage!: boolean;
}

@ObjectType('MyActionConnection')
export class MyActionConnectionModel {
  @Field(() => [MyActionModel]) nodes!: MyActionModel[];
  @Field(() => MyActionPageInfoModel) pageInfo!: MyActionPageInfoModel;
}

@ObjectType('OverdueActions', {
  description: 'Overdue actions in the cases the caller may read the plan of (monitoring).',
})
export class OverdueActionsModel {
  @Field(() => Int, {
    description: 'How many are overdue, counted up to 1,000 (see totalCountCapped).',
  })
  totalCount!: number;
  @Field(() => Boolean, {
    description: 'More than 1,000 are overdue; totalCount is then 1,000.',
  })
  totalCountCapped!: boolean;
  @Field(() => [MyActionModel], { description: 'The longest overdue first.' })
  nodes!: MyActionModel[];
}

@ObjectType('OverdueActionCount', { description: 'Overdue actions of one case.' })
export class OverdueActionCountModel {
  @Field(() => ID) caseId!: string;
  @Field(() => String) caseReference!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The wijk of the person; null when the caller may not read the identity.',
  })
  wijk!: string | null;
  @Field(() => Int) count!: number;
}
