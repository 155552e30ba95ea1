import { Field, InputType } from '@nestjs/graphql';
import { LookupPurposeKindEnum, type LookupPurposeKind } from '../agreed-approach.enums';

@InputType({
  description:
    'Either a BSN, or a family name with a date of birth (YYYY-MM-DD; given names optional), ' +
    'and always the purpose of this lookup.',
})
export class LookupAgreedApproachInput {
  @Field(() => String, { nullable: true }) bsn?: string | null;
  @Field(() => String, { nullable: true }) familyName?: string | null;
  @Field(() => String, { nullable: true }) givenNames?: string | null;
  @Field(() => String, { nullable: true }) dateOfBirth?: string | null;
  @Field(() => LookupPurposeKindEnum, { nullable: true, description: 'Required.' })
  purposeKind?: LookupPurposeKind | null;
  @Field(() => String, { nullable: true, description: 'Required explanation, 5–500 characters.' })
  purpose?: string | null;
}
