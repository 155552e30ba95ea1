import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgencyModel } from '../auth/me.model';
import { PREVIEW_PERSON_FIELDS, type PreviewPersonField } from '../sharing/masking';
import {
  AccessBasisEnum,
  AccessEnum,
  InformationCategoryEnum,
  WithheldReasonEnum,
  type Access,
  type AccessBasis,
  type AccessMarker,
  type InformationCategory,
  type WithheldReason,
} from '../sharing/sharing.enums';
import { asEnum } from '../common/graphql-enum';

export const PreviewPersonFieldEnum = asEnum(PREVIEW_PERSON_FIELDS);
registerEnumType(PreviewPersonFieldEnum, {
  name: 'PreviewPersonField',
  description: 'A field of the case subject, in a "view as" preview.',
});

const TARGET_ACCESS = 'What the previewed agency would get: FULL, SUMMARY or WITHHELD.';
const TARGET_BASIS = 'Why the previewed agency would get it (null when withheld).';
const WITHHELD_BECAUSE = 'Why the previewed agency would not get it (null when it would).';
const VIEWER_ACCESS =
  'What the caller is shown: never more than its own view of the case nor than the previewed ' +
  "agency's; VISIBLE_TO_TARGET_ONLY when only the previewed agency would see it.";

@ObjectType('PreviewValue', { description: 'One field of the case subject in a preview.' })
export class PreviewValueModel {
  @Field(() => PreviewPersonFieldEnum) field!: PreviewPersonField;
  @Field(() => InformationCategoryEnum) category!: InformationCategory;
  @Field(() => AccessEnum, { description: TARGET_ACCESS }) targetAccess!: Access;
  @Field(() => AccessBasisEnum, { nullable: true, description: TARGET_BASIS })
  targetBasis!: AccessBasis | null;
  @Field(() => WithheldReasonEnum, { nullable: true, description: WITHHELD_BECAUSE })
  withheldBecause!: WithheldReason | null;
  @Field(() => AccessEnum, { description: VIEWER_ACCESS }) access!: AccessMarker;
  @Field(() => String, { nullable: true, description: 'Only when access is FULL.' })
  value!: string | null;
}

@ObjectType('PreviewCategory', { description: 'One category of the case in a preview.' })
export class PreviewCategoryModel {
  @Field(() => InformationCategoryEnum) category!: InformationCategory;
  @Field(() => AccessEnum, { description: TARGET_ACCESS }) targetAccess!: Access;
  @Field(() => AccessBasisEnum, { nullable: true, description: TARGET_BASIS })
  targetBasis!: AccessBasis | null;
  @Field(() => WithheldReasonEnum, { nullable: true, description: WITHHELD_BECAUSE })
  withheldBecause!: WithheldReason | null;
  @Field(() => AccessEnum, { description: VIEWER_ACCESS }) access!: AccessMarker;
  @Field(() => Int, { description: 'How many items of it the previewed agency would get.' })
  itemCount!: number;
}

@ObjectType('PreviewItem', {
  description:
    'An item the previewed agency would get; its content only where the caller may read it.',
})
export class PreviewItemModel {
  @Field(() => ID) id!: string;
  @Field(() => InformationCategoryEnum) category!: InformationCategory;
  @Field(() => AgencyModel) sourceAgency!: AgencyModel;
  @Field(() => Date) createdAt!: Date;
  @Field(() => AccessEnum, { description: TARGET_ACCESS }) targetAccess!: Access;
  @Field(() => AccessBasisEnum, { nullable: true, description: TARGET_BASIS })
  targetBasis!: AccessBasis | null;
  @Field(() => WithheldReasonEnum, { nullable: true, description: WITHHELD_BECAUSE })
  withheldBecause!: WithheldReason | null;
  @Field(() => AccessEnum, { description: VIEWER_ACCESS }) access!: AccessMarker;
  @Field(() => String, { nullable: true, description: 'Only when access is FULL.' })
  text!: string | null;
  @Field(() => String, { nullable: true, description: 'Only when access is FULL or SUMMARY.' })
  summary!: string | null;
}

@ObjectType('CaseAsAgency', {
  description:
    '"Bekijk als": the shape of what an ordinary professional of that agency would get of the ' +
    'case (per field, category and item: FULL, SUMMARY or WITHHELD, and why), with content only ' +
    "where the caller's own view of the case shows it too. Read-only.",
})
export class CaseAsAgencyModel {
  @Field(() => AgencyModel) agency!: AgencyModel;
  @Field(() => ID) caseId!: string;
  @Field(() => String) reference!: string;
  @Field(() => Boolean, { description: 'Whether the previewed agency would see the case at all.' })
  canReadCase!: boolean;
  @Field(() => AccessBasisEnum, { nullable: true, description: TARGET_BASIS })
  targetBasis!: AccessBasis | null;
  @Field(() => WithheldReasonEnum, { nullable: true, description: WITHHELD_BECAUSE })
  withheldBecause!: WithheldReason | null;
  @Field(() => Boolean, { description: 'Whether the caller itself may read the case.' })
  viewerCanReadCase!: boolean;
  @Field(() => [PreviewValueModel], { description: 'Empty when canReadCase is false.' })
  subject!: PreviewValueModel[];
  @Field(() => [PreviewCategoryModel]) categories!: PreviewCategoryModel[];
  @Field(() => [PreviewItemModel], {
    description: 'The newest items the previewed agency would get (see PreviewCategory.itemCount).',
  })
  items!: PreviewItemModel[];
}
