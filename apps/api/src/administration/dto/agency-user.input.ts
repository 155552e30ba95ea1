import { Field, ID, InputType } from '@nestjs/graphql';
import type { Role } from '@schakel/domain';
import { RoleEnum } from '../../auth/me.model';

@InputType()
export class InviteUserInput {
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => [RoleEnum]) roles!: Role[];
}

@InputType()
export class SetUserRolesInput {
  @Field(() => ID) userId!: string;
  @Field(() => [RoleEnum]) roles!: Role[];
}

@InputType()
export class MoveUserOutInput {
  @Field(() => ID) userId!: string;
  @Field(() => ID, { description: 'The active colleague of the same agency who takes over.' })
  handOverToUserId!: string;
}
