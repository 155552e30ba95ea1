import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AgencyType } from '@schakel/domain';
import { LEGAL_REGIMES, type LegalRegime } from '@schakel/sharing-policy';
import { AgencyModel, AgencyTypeEnum } from '../auth/me.model';
import { InformationCategoryEnum, type InformationCategory } from '../sharing/sharing.enums';
import { asEnum } from '../common/graphql-enum';

export const COVENANT_PROPOSAL_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type CovenantProposalStatus = (typeof COVENANT_PROPOSAL_STATUSES)[number];
export const CovenantProposalStatusEnum = asEnum(COVENANT_PROPOSAL_STATUSES);
registerEnumType(CovenantProposalStatusEnum, {
  name: 'CovenantProposalStatus',
  description: 'PENDING until a privacy officer other than the proposer approves or rejects it.',
});

export const LegalRegimeEnum = asEnum(LEGAL_REGIMES);
registerEnumType(LegalRegimeEnum, {
  name: 'LegalRegime',
  description: 'The legal regime that decides who may ever receive a category.',
});

@ObjectType('CovenantPermission')
export class CovenantPermissionModel {
  @Field(() => Boolean) read!: boolean;
  @Field(() => Boolean) write!: boolean;
  @Field(() => Boolean) readSummary!: boolean;
}

@ObjectType('CovenantChange', {
  description: 'One entry that a proposal changes: before (the base version) and after.',
})
export class CovenantChangeModel {
  @Field(() => AgencyTypeEnum, { nullable: true }) agencyType!: AgencyType | null;
  @Field(() => AgencyModel, { nullable: true }) agency!: AgencyModel | null;
  @Field(() => InformationCategoryEnum) category!: InformationCategory;
  @Field(() => CovenantPermissionModel, { nullable: true, description: 'null: no entry before.' })
  before!: CovenantPermissionModel | null;
  @Field(() => CovenantPermissionModel, { nullable: true, description: 'null: entry removed.' })
  after!: CovenantPermissionModel | null;
}

@ObjectType('CovenantProposal', {
  description:
    'A covenant change proposed by a functional administrator; it decides nothing until a ' +
    'privacy officer other than the proposer approves it (four eyes).',
})
export class CovenantProposalModel {
  @Field(() => ID) id!: string;
  @Field(() => CovenantProposalStatusEnum) status!: CovenantProposalStatus;
  @Field(() => Int, { description: 'The version the proposal started from.' })
  baseVersion!: number;
  @Field(() => Int, { nullable: true, description: 'The version its approval created.' })
  resultingVersion!: number | null;
  @Field(() => String) note!: string;
  @Field(() => String, { nullable: true }) proposedBy!: string | null;
  @Field(() => Date) proposedAt!: Date;
  @Field(() => String, { nullable: true }) decidedBy!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decisionReason!: string | null;
  @Field(() => Boolean, {
    description: 'The caller may approve or reject it: a privacy officer who did not propose it.',
  })
  canDecide!: boolean;
  @Field(() => [CovenantChangeModel]) changes!: CovenantChangeModel[];
}

@ObjectType('LegalCeilingRow', {
  description:
    'The most any covenant may grant for one category, by its legal regime; a region only ' +
    'tightens. Consent and conflict-of-duties decisions are not limited by it.',
})
export class LegalCeilingRowModel {
  @Field(() => InformationCategoryEnum) category!: InformationCategory;
  @Field(() => LegalRegimeEnum) regime!: LegalRegime;
  @Field(() => [AgencyTypeEnum]) read!: AgencyType[];
  @Field(() => [AgencyTypeEnum]) readSummary!: AgencyType[];
  @Field(() => [AgencyTypeEnum]) write!: AgencyType[];
}
