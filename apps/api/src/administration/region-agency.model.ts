import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AgencyType } from '@schakel/domain';
import { AgencyTypeEnum } from '../auth/me.model';

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
  @Field(() => Int) activeUsers!: number;
  @Field(() => [String], { description: "The agency admins' e-mail addresses." })
  agencyAdmins!: string[];
}
