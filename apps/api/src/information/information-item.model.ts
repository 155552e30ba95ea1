import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
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
  @Field(() => Date, {
    nullable: true,
    description: 'When the source agency last corrected the item (AVG art. 16); null if never.',
  })
  rectifiedAt!: Date | null;
  @Field(() => Int, {
    description: 'Send back with a correction or erasure; a stale one gives EDIT_CONFLICT.',
  })
  revision!: number;
  @Field(() => Boolean, {
    description:
      "Whether the caller's agency is the item's source and reads it in full: only then may it " +
      'correct or erase the item.',
  })
  mayChange!: boolean;
  @Field(() => String, {
    description:
      'Where this item stands in the newest-first order: pass as `after` for older items.',
  })
  cursor!: string;
}

@ObjectType('InformationItemChange', {
  description:
    'A correction or erasure of an information item by its source agency: which item, who, ' +
    'when and why — never the old content.',
})
export class InformationItemChangeModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) itemId!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => String, { description: 'RECTIFIED or ERASED.' }) kind!: 'RECTIFIED' | 'ERASED';
  @Field(() => Date) changedAt!: Date;
  @Field(() => InformationItemModel, {
    nullable: true,
    description: 'The corrected item; null after an erasure.',
  })
  item!: InformationItemModel | null;
}
