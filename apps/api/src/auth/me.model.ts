import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AGENCY_TYPES, ROLES, type AgencyType, type Role } from '@schakel/domain';
import type { AuthenticatedUser } from './authenticated-user';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const RoleEnum = asEnum(ROLES);
export const AgencyTypeEnum = asEnum(AGENCY_TYPES);
registerEnumType(RoleEnum, {
  name: 'Role',
  description: "A user's roles within their own agency.",
});
registerEnumType(AgencyTypeEnum, {
  name: 'AgencyType',
  description: 'The kinds of chain partner in a Zorg- en Veiligheidshuis region.',
});

@ObjectType('Region')
export class RegionModel {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType('Agency')
export class AgencyModel {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => AgencyTypeEnum) type!: AgencyType;
}

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => [RoleEnum]) roles!: Role[];
}

@ObjectType('Me', {
  description: 'The signed-in user with their agency and region, as the session knows them.',
})
export class MeModel {
  @Field(() => UserModel) user!: UserModel;
  @Field(() => AgencyModel) agency!: AgencyModel;
  @Field(() => RegionModel) region!: RegionModel;
  @Field(() => [RoleEnum]) roles!: Role[];

  @Field(() => String, {
    description: 'Send this value in the x-csrf-token header with every mutation.',
  })
  csrfToken!: string;

  @Field(() => Date, { description: 'When the session ends at the latest, whatever the activity.' })
  sessionExpiresAt!: Date;

  @Field(() => Date, {
    description:
      'When the session ends without further activity (the idle timeout). Every answer also ' +
      'carries it in the x-session-expires-at header (epoch seconds), renewed or not.',
  })
  sessionIdleExpiresAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description:
      "When the agency's covenant grace period ends: it signed an earlier covenant version only, " +
      'and its users are locked out from then until it signs the current one. Null otherwise.',
  })
  covenantAccessEndsAt!: Date | null;
}

/** The Me of a session (login, second factor, password change, me). */
export function meModelOf(
  user: AuthenticatedUser,
  tokens: { absoluteEnd(claims: { auth: number }): number },
): MeModel {
  return {
    user: { id: user.id, email: user.email, displayName: user.displayName, roles: user.roles },
    agency: { id: user.agencyId, name: user.agencyName, type: user.agencyType },
    region: { id: user.regionId, name: user.regionName },
    roles: user.roles,
    csrfToken: user.session.csrf,
    sessionExpiresAt: new Date(tokens.absoluteEnd(user.session) * 1000),
    sessionIdleExpiresAt: new Date(user.session.exp * 1000),
    covenantAccessEndsAt: user.covenantAccessEnds ? new Date(user.covenantAccessEnds) : null,
  };
}
