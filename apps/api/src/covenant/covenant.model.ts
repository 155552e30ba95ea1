import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { AgencyType } from '@schakel/domain';
import { AgencyModel, AgencyTypeEnum } from '../auth/me.model';
import { InformationCategoryEnum, type InformationCategory } from '../sharing/sharing.enums';

@ObjectType('CovenantEntry', {
  description:
    'What an agency type, or one named agency (overriding its type), may do with a category.',
})
export class CovenantEntryModel {
  @Field(() => AgencyTypeEnum, { nullable: true }) agencyType!: AgencyType | null;
  @Field(() => AgencyModel, { nullable: true }) agency!: AgencyModel | null;
  @Field(() => InformationCategoryEnum) category!: InformationCategory;
  @Field(() => Boolean) read!: boolean;
  @Field(() => Boolean) write!: boolean;
  @Field(() => Boolean, { description: 'Read only the summary the source marked as shareable.' })
  readSummary!: boolean;
}

@ObjectType('CovenantVersionSummary')
export class CovenantVersionSummaryModel {
  @Field(() => Int) version!: number;
  @Field(() => String) note!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String, {
    nullable: true,
    description: 'Who proposed it; null for the seeded default.',
  })
  createdBy!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The privacy officer who approved it; null for a version from before four eyes.',
  })
  approvedBy!: string | null;
  @Field(() => Date, { nullable: true }) approvedAt!: Date | null;
}

@ObjectType('Covenant', { description: "One version of the region's covenant, as data." })
export class CovenantModel extends CovenantVersionSummaryModel {
  @Field(() => Boolean) current!: boolean;
  @Field(() => [CovenantEntryModel]) entries!: CovenantEntryModel[];
}
