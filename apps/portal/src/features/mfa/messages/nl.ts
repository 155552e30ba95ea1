/** Dutch texts of this feature; merged into the app catalogue (features/i18n/messages/nl.ts). */
export const mfaNl = {
  'mfa.login.heading': 'Bevestig dat u het bent',
  'mfa.login.intro':
    'Vul de code van 6 cijfers uit uw authenticator-app in. Hebt u uw telefoon niet bij de hand? Gebruik dan een van uw herstelcodes.',
  'mfa.code': 'Code',
  'mfa.codeHint': '6 cijfers uit uw app, of een herstelcode',
  'mfa.codeRequired': 'Vul de code in.',
  'mfa.confirm': 'Bevestigen',
  'mfa.usePasskey': 'Gebruik een passkey',
  'mfa.passkeyFailed': 'De passkey is niet gebruikt. Probeer het opnieuw of vul een code in.',
  'mfa.startOver': 'Opnieuw inloggen',
  'mfa.enrol.heading': 'Stel een tweede stap in',
  'mfa.enrol.intro':
    'Voor Schakel is naast uw wachtwoord een tweede stap verplicht. Stel een authenticator-app of een passkey in; daarna bent u ingelogd.',
  'mfa.enrol.startApp': 'Authenticator-app instellen',
  'mfa.enrol.addPasskey': 'Passkey toevoegen',
  'mfa.enrol.scan':
    'Scan de QR-code met uw authenticator-app (bijvoorbeeld Microsoft Authenticator of FreeOTP), of typ de sleutel over.',
  'mfa.enrol.qrAlt': 'QR-code om Schakel toe te voegen aan uw authenticator-app',
  'mfa.enrol.secret': 'Sleutel om over te typen',
  'mfa.enrol.confirmCode': 'Vul ter controle de code uit uw app in',
  'mfa.recovery.heading': 'Bewaar uw herstelcodes',
  'mfa.recovery.intro':
    'Met elke code kunt u één keer inloggen als u uw app of passkey kwijt bent. U ziet ze alleen nu: bewaar ze op een veilige plek, bijvoorbeeld in uw wachtwoordkluis.',
  'mfa.recovery.done': 'Ik heb de codes bewaard',
  'mfa.section.heading': 'Tweede stap bij het inloggen',
  'mfa.section.intro':
    'Naast uw wachtwoord bevestigt u het inloggen met een authenticator-app of een passkey. Voor sommige handelingen vraagt Schakel dat opnieuw.',
  'mfa.section.required': 'Voor uw account is een tweede stap verplicht.',
  'mfa.section.app': 'Authenticator-app',
  'mfa.section.appOn': 'Ingesteld',
  'mfa.section.appOff': 'Niet ingesteld',
  'mfa.section.removeApp': 'App verwijderen',
  'mfa.section.passkeys': 'Passkeys',
  'mfa.section.noPasskeys': 'Geen passkeys.',
  'mfa.section.removePasskey': 'Passkey {name} verwijderen',
  'mfa.section.passkeyName': 'Naam van de passkey',
  'mfa.section.recoveryLeft': 'Herstelcodes over: {count}',
  'mfa.section.newRecoveryCodes': 'Nieuwe herstelcodes maken',
  'mfa.section.saved': 'Opgeslagen.',
  'mfa.stepUp.heading': 'Bevestig deze handeling',
  'mfa.stepUp.intro':
    'Voor deze handeling vraagt Schakel opnieuw uw tweede stap. Vul een code uit uw app in of gebruik een passkey.',
  'mfa.stepUp.cancel': 'Annuleren',
  'mfa.stepUp.providerIntro':
    'U bent ingelogd via uw organisatie. Bevestig deze handeling door daar opnieuw in te loggen; dat gebeurt in een nieuw venster.',
  'mfa.stepUp.provider': 'Opnieuw inloggen bij uw organisatie',
  'mfa.stepUp.providerWaiting':
    'Log in het nieuwe venster in bij uw organisatie. Daarna gaat Schakel hier verder.',
  'mfa.stepUp.providerFailed': 'Bevestigen bij uw organisatie is niet gelukt. Probeer het opnieuw.',
  'mfa.stepUpDone.title': 'Bevestiging',
  'mfa.stepUpDone.heading': 'Bevestigd',
  'mfa.stepUpDone.text':
    'U bent opnieuw ingelogd bij uw organisatie. Dit venster sluit vanzelf; ga verder in Schakel.',
  'mfa.stepUpDone.failedHeading': 'Niet bevestigd',
  'mfa.stepUpDone.failedText':
    'Bevestigen bij uw organisatie is niet gelukt. Sluit dit venster en probeer het opnieuw in Schakel.',
  'mfa.stepUpDone.back': 'Naar Schakel',
};
