import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class AgreedApproachContactInput {
  @Field(() => ID, { description: 'An agency of the region.' }) agencyId!: string;
  @Field(() => String, { description: '2–200 characters.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Role or function, ≤ 200 characters.' })
  role?: string | null;
  @Field(() => String, { description: 'A Dutch phone number.' }) phone!: string;
  @Field(() => String, { nullable: true, description: 'e.g. "ma–vr 8–17", ≤ 200 characters.' })
  available?: string | null;
}

@InputType()
export class SaveAgreedApproachInput {
  @Field(() => ID) caseId!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'The revision the edit started from; null when the case has no card yet.',
  })
  expectedRevision?: number | null;
  @Field(() => String, { description: '1–4000 characters.' }) instructions!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, today or later (Dutch time), within 2 years.' })
  validUntil!: string;
  @Field(() => [AgreedApproachContactInput], { description: '1–12 contact persons.' })
  contacts!: AgreedApproachContactInput[];
}
