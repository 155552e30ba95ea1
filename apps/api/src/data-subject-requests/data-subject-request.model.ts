import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  DsrPartStatusEnum,
  DsrReviewStatusEnum,
  type DsrReviewStatus,
  DsrStatusEnum,
  DsrTypeEnum,
  type DsrPartStatus,
  type DsrStatus,
  type DsrType,
} from './data-subject-request.enums';

@ObjectType('DataSubjectRequestPart', {
  description: "One partner agency's part of the answer to a request.",
})
export class DataSubjectRequestPartModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) agencyId!: string;
  @Field() agencyName!: string;
  @Field() agencyType!: string;
  @Field(() => DsrPartStatusEnum) status!: DsrPartStatus;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Int, { description: 'Send back with a change (optimistic locking).' })
  revision!: number;
  @Field(() => Date, { nullable: true }) updatedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Who last changed the part.' })
  updatedByName!: string | null;
  @Field(() => DsrReviewStatusEnum, {
    description: "The partner's own review; its content is in the answer only once RELEASED.",
  })
  reviewStatus!: DsrReviewStatus;
  @Field(() => Date, { nullable: true }) reviewStartedAt!: Date | null;
  @Field(() => Date, { nullable: true }) releasedAt!: Date | null;
  @Field(() => String, { nullable: true, description: "The partner's privacy contact." })
  releasedByName!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'What the partner says with its release (e.g. what it left out, and why).',
  })
  releaseNote!: string | null;
}

@ObjectType('DataSubjectRequest', {
  description: 'A privacy request of a person, received by the WGS contactpunt of the region.',
})
export class DataSubjectRequestModel {
  @Field(() => ID) id!: string;
  @Field(() => DsrTypeEnum) type!: DsrType;
  @Field(() => DsrStatusEnum) status!: DsrStatus;
  @Field(() => ID, {
    nullable: true,
    description:
      'The person in the region the request is about; null when the region holds no data.',
  })
  personId!: string | null;
  @Field() givenNames!: string;
  @Field() familyName!: string;
  @Field({ description: 'YYYY-MM-DD.' }) dateOfBirth!: string;
  @Field(() => String, { nullable: true }) bsn!: string | null;
  @Field({ description: 'Date of receipt (YYYY-MM-DD).' }) receivedOn!: string;
  @Field({ description: 'How the identity of the requester was verified.' })
  identityVerification!: string;
  @Field({ description: 'The deadline now in force (YYYY-MM-DD), extension included.' })
  deadline!: string;
  @Field({ description: 'One month after receipt (YYYY-MM-DD).' }) originalDeadline!: string;
  @Field(() => String, { nullable: true }) extendedDeadline!: string | null;
  @Field(() => String, { nullable: true }) extensionReason!: string | null;
  @Field({ description: 'Deadline passed and the request not completed or rejected.' })
  overdue!: boolean;
  @Field(() => Int, { description: 'Days until the deadline (negative when passed).' })
  daysLeft!: number;
  @Field({ description: 'The access export names employees (only where the law requires it).' })
  includeEmployeeNames!: boolean;
  @Field(() => String, { nullable: true }) outcome!: string | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => Int, { description: 'Send back with a change (optimistic locking).' })
  revision!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Int) partsTotal!: number;
  @Field(() => Int, { description: 'Parts DELIVERED or NO_DATA.' }) partsDone!: number;
  @Field(() => [DataSubjectRequestPartModel]) parts!: DataSubjectRequestPartModel[];
}

@ObjectType('DataSubjectPersonCandidate', {
  description: 'A person of the region matching the data of a requester.',
})
export class DataSubjectPersonCandidateModel {
  @Field(() => ID) id!: string;
  @Field() givenNames!: string;
  @Field() familyName!: string;
  @Field() dateOfBirth!: string;
  @Field(() => String, { nullable: true }) bsn!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => Int, { description: 'Agencies of the region that hold data on the person.' })
  agenciesHoldingData!: number;
}
