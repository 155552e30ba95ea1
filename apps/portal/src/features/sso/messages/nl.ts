/** Dutch texts of single sign-on (inloggen via je organisatie); the source of truth for this feature. */
export const ssoNl = {
  'sso.continueHeading': 'Inloggen via uw organisatie',
  'sso.continueText':
    'Uw organisatie regelt het inloggen voor Schakel. U gaat verder op de inlogpagina van uw organisatie en komt daarna terug in Schakel.',
  'sso.continue': 'Verder bij uw organisatie',
  'sso.otherEmail': 'Ander e-mailadres gebruiken',
  'sso.failed':
    'Inloggen via uw organisatie is niet gelukt. Probeer het opnieuw; lukt het weer niet, neem dan contact op met de beheerder van uw organisatie.',
  'sso.noAccount':
    'Uw organisatie heeft u herkend, maar u hebt geen actief Schakel-account. Vraag de beheerder van uw organisatie om u uit te nodigen.',
  'sso.unavailable':
    'Inloggen via uw organisatie is nu niet mogelijk. Probeer het later opnieuw of neem contact op met de beheerder van uw organisatie.',
  'sso.throttled':
    'Te veel mislukte pogingen om via uw organisatie in te loggen vanaf dit adres. Wacht een paar minuten en probeer het dan opnieuw.',
  'sso.loggedOutAtProvider': 'U bent uitgelogd bij Schakel en bij uw organisatie.',

  'sso.settings.title': 'Inloggen via de eigen organisatie (single sign-on)',
  'sso.settings.nav': 'Single sign-on',
  'sso.settings.intro':
    'Koppel een organisatie aan haar eigen OpenID Connect-inlogdienst. Medewerkers met een e-mailadres in de genoemde domeinen loggen dan in bij hun eigen organisatie. Het clientgeheim wordt versleuteld bewaard en nooit meer getoond.',
  'sso.settings.bindingHeading': 'Koppeling per organisatie',
  'sso.settings.chooseAgency': 'Kies een organisatie',
  'sso.settings.notSaved': 'De koppeling is niet opgeslagen.',
  'sso.settings.agency': 'Organisatie',
  'sso.settings.issuer': 'Issuer (adres van de inlogdienst)',
  'sso.settings.issuerHint': 'Bijvoorbeeld https://login.politie.nl. Alleen https.',
  'sso.settings.clientId': 'Client-ID',
  'sso.settings.clientAuth': 'Hoe Schakel zich aanmeldt bij de inlogdienst',
  'sso.settings.clientAuth.client_secret_basic': 'Met een clientgeheim',
  'sso.settings.clientAuth.private_key_jwt':
    'Met de sleutel van Schakel (private_key_jwt; publieke sleutel op /auth/sso/jwks.json)',
  'sso.settings.clientSecret': 'Clientgeheim',
  'sso.settings.clientSecretKeep': 'Er is een geheim opgeslagen. Laat leeg om het te houden.',
  'sso.settings.domains': 'E-maildomeinen (één per regel)',
  'sso.settings.domainsHint': 'Bijvoorbeeld politie.nl',
  'sso.settings.redirectUri': 'Terugkeeradres om bij de inlogdienst te registreren: {uri}',
  'sso.settings.jit': 'Nieuwe medewerkers automatisch aanmaken (just-in-time): {state}',
  'sso.settings.jitOn': 'aan',
  'sso.settings.jitOff': 'uit',
  'sso.settings.save': 'Koppeling opslaan',
  'sso.settings.saved': 'De koppeling is opgeslagen en gecontroleerd bij de inlogdienst.',
  'sso.settings.none': 'Deze organisatie logt nog in met wachtwoorden.',
  'sso.settings.loading': 'Gegevens worden geladen…',
  'sso.settings.required': 'Vul dit veld in.',

  'sso.jit.title': 'Automatisch aanmaken van accounts',
  'sso.jit.intro':
    'Staat dit aan, dan krijgt een medewerker die via de inlogdienst van uw organisatie inlogt en nog geen Schakel-account heeft, automatisch een account met alleen de rol Medewerker. Staat het uit, dan moet u iedereen eerst uitnodigen.',
  'sso.jit.toggle': 'Accounts automatisch aanmaken',
  'sso.jit.saved': 'Opgeslagen.',
  'sso.jit.noBinding':
    'Uw organisatie is niet gekoppeld aan een eigen inlogdienst. De functioneel beheerder van de regio stelt dat in.',

  'error.SSO_ISSUER_UNREACHABLE':
    'De inlogdienst op dit adres antwoordt niet, of noemt een ander adres als issuer. Controleer het adres.',
  'error.SSO_DOMAIN_TAKEN': 'Een van deze e-maildomeinen hoort al bij een andere organisatie.',
  'error.SSO_SECRET_KEY_MISSING':
    'Schakel kan geen clientgeheim bewaren: de sleutel SSO_SECRET_KEY is niet ingesteld. Kies de sleutel van Schakel of vraag de systeembeheerder de sleutel in te stellen.',
};
