import type { covenantAccessNl } from './nl';

export const covenantAccessEn: Record<keyof typeof covenantAccessNl, string> = {
  'error.COVENANT_NOT_SIGNED':
    'Your organisation has not yet signed the current version of the covenant, so you cannot use Schakel right now.',
  'covenantAccess.contactHeading': 'Contact {region}',
  'covenantAccess.theZvh': 'the Zorg- en Veiligheidshuis',
  'covenantAccess.contactUnknown':
    'Contact the Zorg- en Veiligheidshuis of your region; once the signature is recorded, you can log in again.',
  'covenantAccess.contactEmail': 'Email',
  'covenantAccess.contactPhone': 'Phone',
  'covenantAccess.afterSigning': 'Once the signature is recorded, you can log in again.',
  'covenantAccess.ssoRefused':
    'Your organisation has not yet signed the current version of the covenant, so you cannot use Schakel right now. Contact the Zorg- en Veiligheidshuis of your region.',
  'covenantAccess.graceBanner':
    'Your organisation has not yet signed the new version of the covenant. You can use Schakel until {date}; after that only once the signature is recorded.',
};
