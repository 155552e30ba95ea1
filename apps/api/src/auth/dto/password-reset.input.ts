import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class RequestPasswordResetInput {
  @Field(() => String)
  email!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The language of the e-mail: "nl" (default) or "en".',
  })
  language?: string | null;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => String, { description: 'The token from the reset link.' })
  token!: string;

  @Field(() => String)
  newPassword!: string;
}
