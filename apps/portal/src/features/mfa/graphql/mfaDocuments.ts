import { graphql } from '../../../gql';

/** The login's second step: a code from the app or a recovery code. */
export const COMPLETE_LOGIN_WITH_CODE = graphql(`
  mutation CompleteLoginWithCode($input: SecondFactorCodeInput!) {
    completeLoginWithCode(input: $input) {
      ...SessionFields
    }
  }
`);

export const LOGIN_PASSKEY_OPTIONS = graphql(`
  mutation LoginPasskeyOptions {
    loginPasskeyOptions
  }
`);

export const COMPLETE_LOGIN_WITH_PASSKEY = graphql(`
  mutation CompleteLoginWithPasskey($response: String!) {
    completeLoginWithPasskey(response: $response) {
      ...SessionFields
    }
  }
`);

/** Enrolment forced at the first login where MFA is required. */
export const START_LOGIN_TOTP_ENROLMENT = graphql(`
  mutation StartLoginTotpEnrolment {
    startLoginTotpEnrolment {
      secret
      otpauthUri
      qrCode
    }
  }
`);

export const CONFIRM_LOGIN_TOTP_ENROLMENT = graphql(`
  mutation ConfirmLoginTotpEnrolment($input: SecondFactorCodeInput!) {
    confirmLoginTotpEnrolment(input: $input) {
      me {
        ...SessionFields
      }
      recoveryCodes
    }
  }
`);

/** The account page's section. */
export const MY_SECOND_FACTORS = graphql(`
  query MySecondFactors {
    mySecondFactors {
      required
      totp
      recoveryCodesLeft
      stepUpFresh
      passkeys {
        id
        name
        createdAt
        lastUsedAt
      }
    }
  }
`);

export const START_TOTP_ENROLMENT = graphql(`
  mutation StartTotpEnrolment {
    startTotpEnrolment {
      secret
      otpauthUri
      qrCode
    }
  }
`);

export const CONFIRM_TOTP_ENROLMENT = graphql(`
  mutation ConfirmTotpEnrolment($input: SecondFactorCodeInput!) {
    confirmTotpEnrolment(input: $input)
  }
`);

export const REMOVE_TOTP = graphql(`
  mutation RemoveTotp {
    removeTotp {
      totp
    }
  }
`);

export const REGENERATE_RECOVERY_CODES = graphql(`
  mutation RegenerateRecoveryCodes {
    regenerateRecoveryCodes
  }
`);

export const PASSKEY_REGISTRATION_OPTIONS = graphql(`
  mutation PasskeyRegistrationOptions {
    passkeyRegistrationOptions
  }
`);

export const REGISTER_PASSKEY = graphql(`
  mutation RegisterPasskey($input: PasskeyResponseInput!) {
    registerPasskey(input: $input)
  }
`);

export const REMOVE_PASSKEY = graphql(`
  mutation RemovePasskey($id: ID!) {
    removePasskey(id: $id) {
      totp
    }
  }
`);

/** Step-up: a fresh second factor on this session. */
export const STEP_UP = graphql(`
  mutation StepUp($input: SecondFactorCodeInput!) {
    stepUp(input: $input) {
      stepUpFresh
    }
  }
`);

export const STEP_UP_PASSKEY_OPTIONS = graphql(`
  mutation StepUpPasskeyOptions {
    stepUpPasskeyOptions
  }
`);

export const STEP_UP_WITH_PASSKEY = graphql(`
  mutation StepUpWithPasskey($response: String!) {
    stepUpWithPasskey(response: $response) {
      stepUpFresh
    }
  }
`);

export const LOGIN_PASSKEY_REGISTRATION_OPTIONS = graphql(`
  mutation LoginPasskeyRegistrationOptions {
    loginPasskeyRegistrationOptions
  }
`);

export const CONFIRM_LOGIN_PASSKEY_ENROLMENT = graphql(`
  mutation ConfirmLoginPasskeyEnrolment($input: PasskeyResponseInput!) {
    confirmLoginPasskeyEnrolment(input: $input) {
      me {
        ...SessionFields
      }
      recoveryCodes
    }
  }
`);

/** Where this session's step-up goes: a code/passkey, or a new sign-in at the agency's provider. */
export const STEP_UP_ROUTE = graphql(`
  query StepUpRoute {
    mySecondFactors {
      stepUpFresh
      stepUpAtProvider
    }
  }
`);

/** Whether an action marked for step-up would be refused now (see StepUpLink). */
export const STEP_UP_NEEDED = graphql(`
  query StepUpNeeded {
    mySecondFactors {
      required
      totp
      stepUpFresh
      passkeys {
        id
      }
    }
  }
`);
