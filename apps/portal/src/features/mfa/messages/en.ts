import type { mfaNl } from './nl';

/** English texts of this feature; merged into the app catalogue (features/i18n/messages/en.ts). */
export const mfaEn: Record<keyof typeof mfaNl, string> = {
  'mfa.login.heading': 'Confirm it is you',
  'mfa.login.intro':
    'Enter the 6-digit code from your authenticator app. No phone at hand? Use one of your recovery codes.',
  'mfa.code': 'Code',
  'mfa.codeHint': '6 digits from your app, or a recovery code',
  'mfa.codeRequired': 'Enter the code.',
  'mfa.confirm': 'Confirm',
  'mfa.usePasskey': 'Use a passkey',
  'mfa.passkeyFailed': 'The passkey was not used. Try again or enter a code.',
  'mfa.startOver': 'Log in again',
  'mfa.enrol.heading': 'Set up a second step',
  'mfa.enrol.intro':
    'Schakel requires a second step besides your password. Set up an authenticator app or a passkey; then you are logged in.',
  'mfa.enrol.startApp': 'Set up an authenticator app',
  'mfa.enrol.addPasskey': 'Add a passkey',
  'mfa.enrol.scan':
    'Scan the QR code with your authenticator app (for example Microsoft Authenticator or FreeOTP), or type in the key.',
  'mfa.enrol.qrAlt': 'QR code to add Schakel to your authenticator app',
  'mfa.enrol.secret': 'Key to type in',
  'mfa.enrol.confirmCode': 'To check, enter the code from your app',
  'mfa.recovery.heading': 'Keep your recovery codes',
  'mfa.recovery.intro':
    'Each code logs you in once if you lose your app or passkey. You see them only now: keep them somewhere safe, such as your password manager.',
  'mfa.recovery.done': 'I have kept the codes',
  'mfa.section.heading': 'Second step when logging in',
  'mfa.section.intro':
    'Besides your password you confirm a login with an authenticator app or a passkey. Some actions ask for it again.',
  'mfa.section.required': 'A second step is required for your account.',
  'mfa.section.app': 'Authenticator app',
  'mfa.section.appOn': 'Set up',
  'mfa.section.appOff': 'Not set up',
  'mfa.section.removeApp': 'Remove the app',
  'mfa.section.passkeys': 'Passkeys',
  'mfa.section.noPasskeys': 'No passkeys.',
  'mfa.section.removePasskey': 'Remove passkey {name}',
  'mfa.section.passkeyName': 'Name of the passkey',
  'mfa.section.recoveryLeft': 'Recovery codes left: {count}',
  'mfa.section.newRecoveryCodes': 'Make new recovery codes',
  'mfa.section.saved': 'Saved.',
  'mfa.stepUp.heading': 'Confirm this action',
  'mfa.stepUp.intro':
    'This action asks for your second step again. Enter a code from your app or use a passkey.',
  'mfa.stepUp.cancel': 'Cancel',
  'mfa.stepUp.providerIntro':
    'You signed in through your organisation. Confirm this action by signing in there again; this happens in a new window.',
  'mfa.stepUp.provider': 'Sign in at your organisation again',
  'mfa.stepUp.providerWaiting':
    'Sign in at your organisation in the new window. Schakel then carries on here.',
  'mfa.stepUp.providerFailed': 'Confirming at your organisation did not work. Please try again.',
  'mfa.stepUpDone.title': 'Confirmation',
  'mfa.stepUpDone.heading': 'Confirmed',
  'mfa.stepUpDone.text':
    'You signed in at your organisation again. This window closes by itself; carry on in Schakel.',
  'mfa.stepUpDone.failedHeading': 'Not confirmed',
  'mfa.stepUpDone.failedText':
    'Confirming at your organisation did not work. Close this window and try again in Schakel.',
  'mfa.stepUpDone.back': 'To Schakel',
};
