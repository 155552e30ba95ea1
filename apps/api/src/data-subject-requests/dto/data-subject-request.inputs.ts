import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  DsrPartStatusEnum,
  DsrStatusEnum,
  DsrTypeEnum,
  type DsrPartStatus,
  type DsrStatus,
  type DsrType,
} from '../data-subject-request.enums';

@InputType({
  description:
    'A request of a person: either `personId` (found with dataSubjectPersonCandidates), or the ' +
    'identity as given when the region does not know the person.',
})
export class RegisterDataSubjectRequestInput {
  @Field(() => ID, { nullable: true }) personId?: string | null;
  @Field(() => String, { nullable: true }) givenNames?: string | null;
  @Field(() => String, { nullable: true }) familyName?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) dateOfBirth?: string | null;
  @Field(() => String, { nullable: true }) bsn?: string | null;
  @Field(() => DsrTypeEnum) type!: DsrType;
  @Field({ description: 'Date of receipt (YYYY-MM-DD), not in the future.' }) receivedOn!: string;
  @Field({ description: 'How the identity was verified (3–500 characters).' })
  identityVerification!: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Name employees in the access log (default false; only where the law requires).',
  })
  includeEmployeeNames?: boolean | null;
}

@InputType()
export class ChangeDataSubjectRequestStatusInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) revision!: number;
  @Field(() => DsrStatusEnum) status!: DsrStatus;
  @Field(() => String, {
    nullable: true,
    description: 'Required for COMPLETED and REJECTED (3–4000 characters).',
  })
  outcome?: string | null;
}

@InputType()
export class ExtendDataSubjectRequestInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) revision!: number;
  @Field({ description: 'Why the request needs more time (10–2000 characters).' }) reason!: string;
}

@InputType()
export class UpdateDataSubjectRequestPartInput {
  @Field(() => ID) partId!: string;
  @Field(() => Int) revision!: number;
  @Field(() => DsrPartStatusEnum) status!: DsrPartStatus;
  @Field(() => String, { nullable: true, description: 'Up to 2000 characters.' })
  note?: string | null;
}

@InputType()
export class StartDataSubjectRequestPartReviewInput {
  @Field(() => ID) partId!: string;
}

@InputType()
export class ReleaseDataSubjectRequestPartInput {
  @Field(() => ID) partId!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'What the partner says with its release, e.g. what it left out and why (up to 2000 characters).',
  })
  note?: string | null;
}
