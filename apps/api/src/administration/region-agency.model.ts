import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AgencyType } from '@schakel/domain';
import { CovenantStatusEnum, type CovenantStatus } from '../auth/covenant-access';
import { AgencyTypeEnum } from '../auth/me.model';

@ObjectType('RegionAgencyAdmin', {
  description: "One of an agency's agency admins: the person's work address, nothing more.",
})
export class RegionAgencyAdminModel {
  @Field(() => String) displayName!: string;
  @Field(() => String) email!: string;
  @Field(() => Boolean, { description: 'False while the invitation has not been accepted.' })
  activated!: boolean;
}

@ObjectType('RegionAgency', {
  description: 'An agency of the region as the functional administrator keeps it; no case content.',
})
export class RegionAgencyModel {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => AgencyTypeEnum) type!: AgencyType;
  @Field(() => String, { nullable: true }) contactName!: string | null;
  @Field(() => String, { nullable: true }) contactEmail!: string | null;
  @Field(() => String, { nullable: true }) contactPhone!: string | null;
  @Field(() => Int, { nullable: true, description: 'The covenant version the agency signed.' })
  covenantSignedVersion!: number | null;
  @Field(() => String, { nullable: true, description: 'When it signed (yyyy-mm-dd).' })
  covenantSignedOn!: string | null;
  @Field(() => Int, { nullable: true }) currentCovenantVersion!: number | null;
  @Field(() => CovenantStatusEnum, {
    description:
      "Whether the agency's users may work: signed the current version, in the grace period " +
      'after a new version (until accessUntil), or not signed (locked out).',
  })
  covenantStatus!: CovenantStatus;
  @Field(() => String, {
    nullable: true,
    description: 'IN_GRACE only: the day (yyyy-mm-dd) access ends unless the agency signs.',
  })
  accessUntil!: string | null;
  @Field(() => Int) activeUsers!: number;
  @Field(() => [String], { description: "The agency admins' e-mail addresses." })
  agencyAdmins!: string[];
  @Field(() => [RegionAgencyAdminModel], {
    description: 'The active agency admins, invited ones included, by name.',
  })
  agencyAdminAccounts!: RegionAgencyAdminModel[];
  @Field(() => Int, {
    description: 'Send back with updateRegionAgency; a stale one gives EDIT_CONFLICT.',
  })
  settingsVersion!: number;
}
