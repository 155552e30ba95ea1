import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class CreateAreaTeamInput {
  @Field(() => ID) agencyId!: string;
  @Field(() => String) name!: string;
  @Field(() => [ID]) areaIds!: string[];
  @Field(() => [ID], { description: "Users of the team's agency." }) memberUserIds!: string[];
}

@InputType({ description: 'Rename, set the wijken and members of, (de)activate a team.' })
export class UpdateAreaTeamInput {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => [ID]) areaIds!: string[];
  @Field(() => [ID]) memberUserIds!: string[];
  @Field(() => Boolean) active!: boolean;
  @Field(() => Int, { description: 'The version the change is based on.' })
  expectedVersion!: number;
}
