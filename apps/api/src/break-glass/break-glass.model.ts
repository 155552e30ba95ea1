import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('BreakGlassAccess', {
  description:
    'A flagged opening of one case outside the covenant by a procesregisseur, with a written ' +
    'reason; it lapses at expiresAt. Case and items opened this way say accessBasis BREAK_GLASS.',
})
export class BreakGlassAccessModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => String) reason!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) expiresAt!: Date;
}
