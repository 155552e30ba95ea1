import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class BreakGlassInput {
  @Field(() => ID) caseId!: string;
  @Field(() => String, { description: 'Why the case must be opened now (20–2000 characters).' })
  reason!: string;
}
