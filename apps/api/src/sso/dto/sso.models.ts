import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SsoClientAuthEnum {
  CLIENT_SECRET_BASIC = 'client_secret_basic',
  PRIVATE_KEY_JWT = 'private_key_jwt',
}
registerEnumType(SsoClientAuthEnum, {
  name: 'SsoClientAuth',
  description:
    "How Schakel authenticates at the provider's token endpoint: a client secret (HTTP Basic) or " +
    "a JWT signed with Schakel's key (private_key_jwt; public key at /auth/sso/jwks.json).",
});

export enum LoginMethodEnum {
  PASSWORD = 'PASSWORD',
  SSO = 'SSO',
}
registerEnumType(LoginMethodEnum, { name: 'LoginMethod' });

@ObjectType({
  description:
    'How an address signs in, decided by its domain alone: the same answer whether or not an account exists.',
})
export class LoginMethodModel {
  @Field(() => LoginMethodEnum)
  method!: LoginMethodEnum;

  @Field(() => String, {
    nullable: true,
    description: 'For SSO: where the browser goes to start (a same-origin path).',
  })
  startPath!: string | null;
}

@ObjectType({
  description: "An agency's single sign-on binding. The client secret is never returned.",
})
export class AgencySsoModel {
  @Field(() => ID)
  agencyId!: string;

  @Field(() => String)
  issuer!: string;

  @Field(() => String)
  clientId!: string;

  @Field(() => SsoClientAuthEnum)
  clientAuth!: SsoClientAuthEnum;

  @Field(() => Boolean, {
    description: 'A client secret is stored (sealed); its value is never shown.',
  })
  hasClientSecret!: boolean;

  @Field(() => [String])
  emailDomains!: string[];

  @Field(() => Boolean)
  jitProvisioning!: boolean;

  @Field(() => String, {
    description: 'The redirect URI to register at the provider.',
    nullable: true,
  })
  redirectUri!: string | null;

  @Field(() => Date)
  updatedAt!: Date;
}

@InputType()
export class ConfigureAgencySsoInput {
  @Field(() => ID)
  agencyId!: string;

  @Field(() => String)
  issuer!: string;

  @Field(() => String)
  clientId!: string;

  @Field(() => SsoClientAuthEnum)
  clientAuth!: SsoClientAuthEnum;

  @Field(() => String, {
    nullable: true,
    description: 'For client_secret_basic: a new secret; leave empty to keep the stored one.',
  })
  clientSecret?: string | null;

  @Field(() => [String])
  emailDomains!: string[];
}

@ObjectType()
export class SsoLogoutModel {
  @Field(() => String, {
    nullable: true,
    description:
      "The provider's end-session URL when the session began by SSO (RP-initiated logout); the local session has already ended.",
  })
  endSessionUrl!: string | null;
}
