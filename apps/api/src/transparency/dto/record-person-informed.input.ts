import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { NotInformedReason } from '@schakel/domain';
import { NotInformedReasonEnum } from '../transparency.enums';

@InputType()
export class RecordPersonInformedInput {
  @Field(() => ID) caseId!: string;
  @Field(() => Boolean) informed!: boolean;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not in the future.' })
  informedOn?: string | null;
  @Field(() => ID, { nullable: true, description: 'An agency that takes or took part.' })
  informedByAgencyId?: string | null;
  @Field(() => NotInformedReasonEnum, {
    nullable: true,
    description: 'Required when not informed.',
  })
  notInformedReason?: NotInformedReason | null;
  @Field(() => String, {
    nullable: true,
    description: 'Up to 1,000 characters; required for OTHER.',
  })
  explanation?: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Null for the first record; else the one read.',
  })
  revision?: number | null;
}
