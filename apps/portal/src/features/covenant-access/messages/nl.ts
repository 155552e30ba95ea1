/** Dutch texts of the covenant lock-out (ADR 0019); the source of truth for this feature. */
export const covenantAccessNl = {
  'error.COVENANT_NOT_SIGNED':
    'Je organisatie heeft de huidige versie van het convenant nog niet ondertekend. Daarom kun je Schakel nu niet gebruiken.',
  'covenantAccess.contactHeading': 'Neem contact op met {region}',
  'covenantAccess.theZvh': 'het Zorg- en Veiligheidshuis',
  'covenantAccess.contactUnknown':
    'Neem contact op met het Zorg- en Veiligheidshuis van je regio; zodra de ondertekening is vastgelegd, kun je weer inloggen.',
  'covenantAccess.contactEmail': 'E-mail',
  'covenantAccess.contactPhone': 'Telefoon',
  'covenantAccess.afterSigning': 'Zodra de ondertekening is vastgelegd, kun je weer inloggen.',
  'covenantAccess.ssoRefused':
    'Je organisatie heeft de huidige versie van het convenant nog niet ondertekend. Daarom kun je Schakel nu niet gebruiken. Neem contact op met het Zorg- en Veiligheidshuis van je regio.',
  'covenantAccess.graceBanner':
    'Je organisatie heeft de nieuwe versie van het convenant nog niet ondertekend. Je kunt Schakel gebruiken tot {date}; daarna pas weer als de ondertekening is vastgelegd.',
};
