import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AgencyModel } from '../auth/me.model';
import { StreetConditionModel } from '../supervision/supervision.model';
import { AccessEnum, type Access } from '../sharing/sharing.enums';
import {
  AgreedApproachValidityEnum,
  LookupPurposeKindEnum,
  LookupSearchKindEnum,
  type AgreedApproachValidity,
  type LookupPurposeKind,
  type LookupSearchKind,
} from './agreed-approach.enums';

@ObjectType('AgreedApproachContact', { description: 'A contact person of a partner on the card.' })
export class AgreedApproachContactModel {
  @Field(() => AgencyModel) agency!: AgencyModel;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'Role or function, e.g. toezichthouder.' })
  role!: string | null;
  @Field(() => String, { description: 'As entered (a Dutch number).' }) phone!: string;
  @Field(() => String, { description: 'The number as a tel: link, e.g. tel:+31612345678.' })
  phoneUri!: string;
  @Field(() => String, { nullable: true, description: 'When reachable, e.g. "ma–vr 8–17".' })
  available!: string | null;
}

@ObjectType('AgreedApproach', {
  description: 'The agreed approach (afsprakenkaart) of a case, as its participants see it.',
})
export class AgreedApproachModel {
  @Field(() => String) instructions!: string;
  @Field(() => String, { description: 'YYYY-MM-DD; the card holds until and including this day.' })
  validUntil!: string;
  @Field(() => AgreedApproachValidityEnum) validity!: AgreedApproachValidity;
  @Field(() => Int, { description: 'Send it back when saving; a stale one is a CONFLICT.' })
  revision!: number;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => AgencyModel, { nullable: true }) updatedByAgency!: AgencyModel | null;
  @Field(() => [AgreedApproachContactModel]) contacts!: AgreedApproachContactModel[];
}

@ObjectType('CaseAgreedApproach', {
  description:
    'The card of one case and what the caller may do with it. access WITHHELD: the covenant ' +
    'does not let the agency read PLAN in this case (card is null, which does not mean none exists).',
})
export class CaseAgreedApproachModel {
  @Field(() => ID) caseId!: string;
  @Field(() => AccessEnum) access!: Access;
  @Field(() => AgreedApproachModel, { nullable: true }) card!: AgreedApproachModel | null;
  @Field(() => Boolean, { description: 'May save the card: PLAN write and the case is open.' })
  canEdit!: boolean;
  @Field(() => Boolean, {
    description: 'May see the lookup log: procesregisseur or the casusregisseur agency.',
  })
  canSeeLookups!: boolean;
}

@ObjectType('AgreedApproachPerson', { description: 'Only to confirm the right person was found.' })
export class AgreedApproachPersonModel {
  @Field(() => String) givenNames!: string;
  @Field(() => String) familyName!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) dateOfBirth!: string;
}

@ObjectType('AgreedApproachCard', {
  description:
    'What a police lookup returns: the card only, never the case. An EXPIRED card carries no ' +
    'instructions (they may be outdated and dangerous to follow), only its contacts.',
})
export class AgreedApproachCardModel {
  @Field(() => AgreedApproachPersonModel) person!: AgreedApproachPersonModel;
  @Field(() => AgreedApproachValidityEnum) validity!: AgreedApproachValidity;
  @Field(() => String, { description: 'YYYY-MM-DD' }) validUntil!: string;
  @Field(() => String, { nullable: true, description: 'null when EXPIRED.' })
  instructions!: string | null;
  @Field(() => [AgreedApproachContactModel]) contacts!: AgreedApproachContactModel[];
  @Field(() => [StreetConditionModel], {
    description:
      'Active street-relevant supervision conditions (contact, location, alcohol and drug bans): ' +
      'the street summary only, never the rest of the JUSTICE file.',
  })
  conditions!: StreetConditionModel[];
}

@ObjectType('AgreedApproachLookupResult', {
  description: 'Cards found (empty: none found — which does not say whether the person is known).',
})
export class AgreedApproachLookupResultModel {
  @Field(() => [AgreedApproachCardModel]) cards!: AgreedApproachCardModel[];
  @Field(() => Date) lookedUpAt!: Date;
}

@ObjectType('AgreedApproachLookup', { description: 'One logged police lookup of a case’s card.' })
export class AgreedApproachLookupModel {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => String, { description: 'Display name of the officer.' }) userName!: string;
  @Field(() => AgencyModel) agency!: AgencyModel;
  @Field(() => LookupPurposeKindEnum) purposeKind!: LookupPurposeKind;
  @Field(() => String) purpose!: string;
  @Field(() => LookupSearchKindEnum) searchKind!: LookupSearchKind;
  @Field(() => AgreedApproachValidityEnum) validity!: AgreedApproachValidity;
}
