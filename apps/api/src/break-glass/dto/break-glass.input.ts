import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class BreakGlassInput {
  @Field(() => ID, { nullable: true, description: 'The case; or give its reference instead.' })
  caseId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The case number (e.g. ZVH-2026-001) when the id is not known; one of the two.',
  })
  reference?: string | null;
  @Field(() => String, { description: 'Why the case must be opened now (20–2000 characters).' })
  reason!: string;
}
