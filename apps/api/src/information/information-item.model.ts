import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AgencyModel } from '../auth/me.model';
import {
  AccessBasisEnum,
  AccessEnum,
  InformationCategoryEnum,
  type Access,
  type AccessBasis,
  type InformationCategory,
} from '../sharing/sharing.enums';

@ObjectType('InformationItem', {
  description:
    'One piece of case information. access FULL: text and summary; SUMMARY: only the summary the ' +
    'source marked as shareable (text is null).',
})
export class InformationItemModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => InformationCategoryEnum) category!: InformationCategory;
  @Field(() => AccessEnum) access!: Access;
  @Field(() => AccessBasisEnum) accessBasis!: AccessBasis;
  @Field(() => AgencyModel) sourceAgency!: AgencyModel;
  @Field(() => String) legalBasis!: string;
  @Field(() => String, { nullable: true, description: 'null unless access is FULL.' })
  text!: string | null;
  @Field(() => String, { nullable: true, description: 'The shareable summary, if any.' })
  summary!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String, {
    description:
      'Where this item stands in the newest-first order: pass as `after` for older items.',
  })
  cursor!: string;
}
