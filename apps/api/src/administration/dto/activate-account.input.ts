import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class ActivateAccountInput {
  @Field(() => String, { description: 'The token from the activation link (its fragment).' })
  token!: string;

  @Field(() => String, { description: 'The password to set (the password policy applies).' })
  password!: string;
}
