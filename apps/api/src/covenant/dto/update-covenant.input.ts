import { Field, InputType, Int, ID } from '@nestjs/graphql';
import type { AgencyType } from '@schakel/domain';
import { AgencyTypeEnum } from '../../auth/me.model';
import { InformationCategoryEnum, type InformationCategory } from '../../sharing/sharing.enums';

@InputType()
export class CovenantEntryInput {
  @Field(() => AgencyTypeEnum, { nullable: true }) agencyType?: AgencyType | null;
  @Field(() => ID, { nullable: true }) agencyId?: string | null;
  @Field(() => InformationCategoryEnum) category!: InformationCategory;
  @Field(() => Boolean) read!: boolean;
  @Field(() => Boolean) write!: boolean;
  @Field(() => Boolean, { defaultValue: false }) readSummary!: boolean;
}

@InputType({
  description:
    'A complete proposed covenant version. baseVersion is the version the edit started from; if ' +
    'a change was approved in between, the proposal is refused (CONFLICT) instead of ' +
    'overwriting it. No entry may go above the legal ceiling (COVENANT_ABOVE_CEILING).',
})
export class UpdateCovenantInput {
  @Field(() => Int) baseVersion!: number;
  @Field(() => String, { description: 'What changed and why (3–1000 characters).' }) note!: string;
  @Field(() => [CovenantEntryInput]) entries!: CovenantEntryInput[];
}

@InputType()
export class DecideCovenantProposalInput {
  @Field(() => ID) proposalId!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Why (3–1000 characters); required to reject, optional to approve.',
  })
  reason?: string | null;
}
