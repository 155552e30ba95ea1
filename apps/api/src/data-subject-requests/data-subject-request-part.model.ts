import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  DsrReviewStatusEnum,
  DsrStatusEnum,
  DsrTypeEnum,
  type DsrReviewStatus,
  type DsrStatus,
  type DsrType,
} from './data-subject-request.enums';

@ObjectType('DataSubjectRequestPartTask', {
  description:
    "A partner's part of a data-subject request, as its privacy contact sees it: the request's " +
    'deadline and whom it concerns, and the review of its own agency only.',
})
export class DataSubjectRequestPartTaskModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) requestId!: string;
  @Field(() => DsrTypeEnum) requestType!: DsrType;
  @Field(() => DsrStatusEnum) requestStatus!: DsrStatus;
  @Field() agencyName!: string;
  @Field() givenNames!: string;
  @Field() familyName!: string;
  @Field({ description: 'YYYY-MM-DD.' }) dateOfBirth!: string;
  @Field({ description: 'YYYY-MM-DD.' }) receivedOn!: string;
  @Field({ description: 'The deadline now in force (YYYY-MM-DD).' }) deadline!: string;
  @Field(() => Int, { description: 'Days until the deadline (negative when passed).' })
  daysLeft!: number;
  @Field(() => DsrReviewStatusEnum) reviewStatus!: DsrReviewStatus;
  @Field(() => Date, { nullable: true }) reviewStartedAt!: Date | null;
  @Field(() => Date, { nullable: true }) releasedAt!: Date | null;
  @Field(() => String, { nullable: true }) releasedByName!: string | null;
  @Field(() => String, { nullable: true }) releaseNote!: string | null;
  @Field(() => Int) revision!: number;
}

@ObjectType('DataSubjectReviewItem', { description: 'An item the own agency recorded.' })
export class DataSubjectReviewItemModel {
  @Field({ description: 'YYYY-MM-DD.' }) date!: string;
  @Field() category!: string;
  @Field() caseReference!: string;
  @Field() legalBasis!: string;
  @Field() text!: string;
}

@ObjectType('DataSubjectReviewParticipation', {
  description: 'A case of the person the own agency takes or took part in.',
})
export class DataSubjectReviewParticipationModel {
  @Field() caseReference!: string;
  @Field() role!: string;
  @Field({ description: 'YYYY-MM-DD.' }) from!: string;
  @Field(() => String, { nullable: true }) until!: string | null;
  @Field() legalBasis!: string;
}

@ObjectType('DataSubjectReviewPlanAction', {
  description: 'An action of an adopted plan that the own agency owns.',
})
export class DataSubjectReviewPlanActionModel {
  @Field() caseReference!: string;
  @Field() description!: string;
  @Field({ description: 'YYYY-MM-DD.' }) dueDate!: string;
  @Field() status!: string;
}

@ObjectType('DataSubjectRequestPartReview', {
  description:
    "The own agency's data on the person of a request, for its privacy contact to review " +
    'before releasing it to the contactpunt. Nothing of other agencies.',
})
export class DataSubjectRequestPartReviewModel {
  @Field(() => DataSubjectRequestPartTaskModel) part!: DataSubjectRequestPartTaskModel;
  @Field(() => [DataSubjectReviewParticipationModel])
  participations!: DataSubjectReviewParticipationModel[];
  @Field(() => [DataSubjectReviewItemModel]) items!: DataSubjectReviewItemModel[];
  @Field(() => [DataSubjectReviewPlanActionModel])
  planActions!: DataSubjectReviewPlanActionModel[];
}
