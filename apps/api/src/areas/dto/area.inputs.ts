import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class AreaPostcodeRangeInput {
  @Field(() => String, { description: 'A PC4 ("1230") or a PC6 ("1234AB").' }) from!: string;
  @Field(() => String, { nullable: true, description: 'A PC4 end; empty for one postcode.' })
  to?: string | null;
}

@InputType()
export class CreateAreaInput {
  @Field(() => String) name!: string;
  @Field(() => [AreaPostcodeRangeInput]) ranges!: AreaPostcodeRangeInput[];
}

@InputType({ description: 'Rename, set the postcodes of, (de)activate a wijk.' })
export class UpdateAreaInput {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => [AreaPostcodeRangeInput]) ranges!: AreaPostcodeRangeInput[];
  @Field(() => Boolean) active!: boolean;
  @Field(() => Int, { description: 'The version the change is based on.' })
  expectedVersion!: number;
}
