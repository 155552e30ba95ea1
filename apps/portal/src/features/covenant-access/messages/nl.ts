/** Dutch texts of the covenant lock-out (ADR 0019); the source of truth for this feature. */
export const covenantAccessNl = {
  'error.COVENANT_NOT_SIGNED':
    'Uw organisatie heeft de huidige versie van het convenant nog niet ondertekend. Daarom kunt u Schakel nu niet gebruiken.',
  'covenantAccess.contactHeading': 'Neem contact op met {region}',
  'covenantAccess.theZvh': 'het Zorg- en Veiligheidshuis',
  'covenantAccess.contactUnknown':
    'Neem contact op met het Zorg- en Veiligheidshuis van uw regio; zodra de ondertekening is vastgelegd, kunt u weer inloggen.',
  'covenantAccess.contactEmail': 'E-mail',
  'covenantAccess.contactPhone': 'Telefoon',
  'covenantAccess.afterSigning': 'Zodra de ondertekening is vastgelegd, kunt u weer inloggen.',
  'covenantAccess.ssoRefused':
    'Uw organisatie heeft de huidige versie van het convenant nog niet ondertekend. Daarom kunt u Schakel nu niet gebruiken. Neem contact op met het Zorg- en Veiligheidshuis van uw regio.',
  'covenantAccess.graceBanner':
    'Uw organisatie heeft de nieuwe versie van het convenant nog niet ondertekend. U kunt Schakel gebruiken tot {date}; daarna pas weer als de ondertekening is vastgelegd.',
};
