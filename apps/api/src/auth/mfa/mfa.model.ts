import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { MeModel } from '../me.model';

@ObjectType('TotpEnrolment', {
  description:
    'A TOTP secret awaiting its first code. Shown once: scan the QR code or type the secret ' +
    'into an authenticator app, then confirm with a code.',
})
export class TotpEnrolmentModel {
  @Field(() => String, { description: 'The secret in base32, for typing in by hand.' })
  secret!: string;
  @Field(() => String, { description: 'The otpauth:// URI the QR code holds.' })
  otpauthUri!: string;
  @Field(() => String, { description: 'The otpauth URI as a QR code (an SVG data URL).' })
  qrCode!: string;
}

@ObjectType('Passkey')
export class PasskeyModel {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
}

@ObjectType('SecondFactors', { description: "The caller's second factors (never a secret)." })
export class SecondFactorsModel {
  @Field(() => Boolean, { description: 'A second factor is required for this account.' })
  required!: boolean;
  @Field(() => Boolean, { description: 'An authenticator app (TOTP) is enrolled.' })
  totp!: boolean;
  @Field(() => Int) recoveryCodesLeft!: number;
  @Field(() => [PasskeyModel]) passkeys!: PasskeyModel[];
  @Field(() => Boolean, {
    description: 'This session proved a second factor recently enough for a step-up action.',
  })
  stepUpFresh!: boolean;
  @Field(() => Boolean, {
    description:
      "This session began at the agency's provider: a step-up signs in there again " +
      '(GET /auth/sso/step-up) instead of asking for a code.',
  })
  stepUpAtProvider!: boolean;
}

@ObjectType('EnrolledLogin', {
  description: 'A login completed by enrolling a first second factor.',
})
export class EnrolledLoginModel {
  @Field(() => MeModel) me!: MeModel;
  @Field(() => [String], {
    description: 'Recovery codes, each usable once instead of a code. Shown only now.',
  })
  recoveryCodes!: string[];
}

@InputType()
export class SecondFactorCodeInput {
  @Field(() => String, { description: 'A 6-digit code from the app, or a recovery code.' })
  code!: string;
}

@InputType()
export class PasskeyResponseInput {
  @Field(() => String, { description: 'The browser’s answer (JSON) to the passkey options.' })
  response!: string;
  @Field(() => String, { nullable: true, description: 'A name for a new passkey.' })
  name?: string | null;
}
