import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { AgencyType } from '@schakel/domain';
import { AgencyTypeEnum } from '../../auth/me.model';

@InputType()
export class RegionAgencyInput {
  @Field(() => String) name!: string;
  @Field(() => AgencyTypeEnum) type!: AgencyType;
  @Field(() => String, { nullable: true }) contactName?: string | null;
  @Field(() => String, { nullable: true }) contactEmail?: string | null;
  @Field(() => String, { nullable: true }) contactPhone?: string | null;
}

@InputType()
export class UpdateRegionAgencyInput extends RegionAgencyInput {
  @Field(() => ID) agencyId!: string;
  @Field(() => Int, {
    description: 'The settingsVersion the edit started from; a stale one gives EDIT_CONFLICT.',
  })
  expectedSettingsVersion!: number;
}

@InputType()
export class RecordCovenantSignatureInput {
  @Field(() => ID) agencyId!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { description: 'The date of signing, yyyy-mm-dd.' }) signedOn!: string;
}

@InputType()
export class InviteAgencyAdminInput {
  @Field(() => ID) agencyId!: string;
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
}
