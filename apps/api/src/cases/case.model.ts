import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CaseStatus } from '@schakel/domain';
import { AgencyModel } from '../auth/me.model';
import type { CaseParticipantModel } from '../participants/participant.model';
import { PersonModel } from '../persons/person.model';
import {
  AccessBasisEnum,
  AccessEnum,
  InformationCategoryEnum,
  type Access,
  type AccessBasis,
  type InformationCategory,
} from '../sharing/sharing.enums';
import type { CasePolicyFields } from '../sharing/policy-sql';
import type { CaseViewer } from './case-viewer';
import { CaseStatusEnum, CaseThemeEnum, type CaseTheme } from './case.enums';

@ObjectType('Professional')
export class ProfessionalModel {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
}

@ObjectType('CategoryAccess', {
  description:
    'What the viewing agency may do with one category in this case, whether or not items exist.',
})
export class CategoryAccessModel {
  @Field(() => InformationCategoryEnum) category!: InformationCategory;
  @Field(() => AccessEnum) access!: Access;
  @Field(() => AccessBasisEnum, { nullable: true }) accessBasis!: AccessBasis | null;
  @Field(() => Boolean) canWrite!: boolean;
}

@ObjectType('InformationItemCount', {
  description: 'How many items of one category of a case the viewer may see.',
})
export class InformationItemCountModel {
  @Field(() => InformationCategoryEnum) category!: InformationCategory;
  @Field(() => Int) count!: number;
}

@ObjectType('Case')
export class CaseModel {
  @Field(() => ID) id!: string;
  @Field(() => String) reference!: string;
  @Field(() => CaseThemeEnum) theme!: CaseTheme;
  @Field(() => CaseStatusEnum) status!: CaseStatus;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => PersonModel) subject!: PersonModel;
  @Field(() => AgencyModel) referringAgency!: AgencyModel;
  @Field(() => AgencyModel, { nullable: true }) casusregisseurAgency!: AgencyModel | null;
  @Field(() => ProfessionalModel, { nullable: true }) casusregisseur!: ProfessionalModel | null;
  @Field(() => AccessBasisEnum, {
    description: 'Why this case is visible: COVENANT (participation) or BREAK_GLASS (flagged).',
  })
  accessBasis!: AccessBasis;
  @Field(() => AgencyModel, {
    nullable: true,
    description:
      'Always null: a "view as" preview is a `CaseAsAgency`, never a case (kept for clients).',
  })
  viewedAs!: AgencyModel | null;
  @Field(() => Boolean, { description: 'A preview or a closed case cannot be changed.' })
  readOnly!: boolean;

  /** Every participation when loaded with the case (one case); null: load on request (a page). */
  allParticipants!: CaseParticipantModel[] | null;
  /** What the policy needs of this case, for fields computed on request (`categoryAccess`). */
  policyFields!: CasePolicyFields;
  /** Whose policy masks the nested fields (the caller's, or the previewed agency's). */
  viewer!: CaseViewer;
}

@ObjectType('PageInfo')
export class PageInfoModel {
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field(() => Boolean) hasNextPage!: boolean;
}

@ObjectType('CasePage')
export class CasePageModel {
  @Field(() => [CaseModel]) nodes!: CaseModel[];
  @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
}
