import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { asEnum } from '../common/graphql-enum';

export const ADDRESS_PROPOSAL_STATUSES = ['PENDING', 'ACCEPTED', 'REJECTED'] as const;
export type AddressProposalStatus = (typeof ADDRESS_PROPOSAL_STATUSES)[number];
export const AddressProposalStatusEnum = asEnum(ADDRESS_PROPOSAL_STATUSES);
registerEnumType(AddressProposalStatusEnum, {
  name: 'AddressProposalStatus',
  description: 'Whether the procesregisseur accepted or rejected a proposed address, or not yet.',
});

export const ADDRESS_PROPOSAL_DECISIONS = ['ACCEPT', 'REJECT'] as const;
export type AddressProposalDecision = (typeof ADDRESS_PROPOSAL_DECISIONS)[number];
export const AddressProposalDecisionEnum = asEnum(ADDRESS_PROPOSAL_DECISIONS);
registerEnumType(AddressProposalDecisionEnum, { name: 'AddressProposalDecision' });

@ObjectType('ProposedAddress')
export class ProposedAddressModel {
  @Field(() => String, { nullable: true }) street!: string | null;
  @Field(() => String, { nullable: true }) houseNumber!: string | null;
  @Field(() => String, { nullable: true }) postcode!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
}

@ObjectType('ReferralAddressProposal', {
  description:
    'The address a referrer entered for a person the referral was linked to (BSN match or ' +
    '"same person"), kept as a proposed change of the person\'s address.',
})
export class ReferralAddressProposalModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => AddressProposalStatusEnum) status!: AddressProposalStatus;
  @Field(() => ProposedAddressModel, { description: 'The address the referrer entered.' })
  proposed!: ProposedAddressModel;
  @Field(() => ProposedAddressModel, {
    description: "The person's address when the proposal was made.",
  })
  current!: ProposedAddressModel;
  @Field(() => String) proposedByAgency!: string;
  @Field(() => Date) proposedAt!: Date;
  @Field(() => String, { nullable: true }) decidedByName!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
}

@InputType({
  description: "Accept (the person's address becomes it) or reject a proposed address.",
})
export class DecideAddressProposalInput {
  @Field(() => ID) caseId!: string;
  @Field(() => ID) proposalId!: string;
  @Field(() => AddressProposalDecisionEnum) decision!: AddressProposalDecision;
}
