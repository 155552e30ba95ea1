import { Field, InputType } from '@nestjs/graphql';

@InputType({
  description:
    'Either a BSN, or a family name together with a date of birth (YYYY-MM-DD, or as much as is known: YYYY-MM, YYYY).',
})
export class SearchPersonsInput {
  @Field(() => String, { nullable: true }) bsn?: string | null;
  @Field(() => String, { nullable: true }) familyName?: string | null;
  @Field(() => String, { nullable: true }) dateOfBirth?: string | null;
}
