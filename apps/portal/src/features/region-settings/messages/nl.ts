/** Dutch texts of the region's settings (/beheer/instellingen); the source of truth. */
export const regionSettingsNl = {
  'regionSettings.nav': 'Instellingen',
  'regionSettings.title': 'Instellingen van de regio',
  'regionSettings.intro':
    'Deze instellingen gelden voor alle organisaties in de regio. Elke wijziging komt in de audittrail, met de oude en de nieuwe waarde.',
  'regionSettings.loading': 'Instellingen laden…',
  'regionSettings.loadFailed':
    'De instellingen konden niet worden geladen. Probeer het later opnieuw.',
  'regionSettings.name': 'Naam van de regio',
  'regionSettings.name.invalid': 'Vul een naam in van 2 tot 200 tekens.',
  'regionSettings.contactEmail': 'Contact e-mailadres van het Zorg- en Veiligheidshuis',
  'regionSettings.contactEmail.invalid': 'Vul een geldig e-mailadres in, zoals info@zvh.nl.',
  'regionSettings.contactHint':
    'Dit contact ziet een medewerker van wie de organisatie het convenant niet (meer) heeft ondertekend.',
  'regionSettings.contactPhone': 'Contact telefoon',
  'regionSettings.contactPhone.invalid':
    'Vul een telefoonnummer in van 3 tot 40 tekens, of laat het leeg.',
  'regionSettings.accessReviewMonths': 'Toegangscontrole, elke … maanden',
  'regionSettings.accessReviewMonths.hint':
    'Zo vaak bevestigt de beheerder van elke organisatie dat haar accounts nog toegang nodig hebben ({min} tot {max}).',
  'regionSettings.accessReviewMonths.invalid':
    'Vul een heel aantal maanden in van {min} tot {max}.',
  'regionSettings.covenantGraceDays': 'Overgangstermijn nieuw convenant, in dagen',
  'regionSettings.covenantGraceDays.hint':
    'Zo lang houdt een organisatie die een eerdere versie ondertekende toegang nadat een nieuwe versie is vastgesteld ({min} tot {max}; 0 is meteen).',
  'regionSettings.covenantGraceDays.invalid': 'Vul een heel aantal dagen in van {min} tot {max}.',
  'regionSettings.closingGraceDays': 'Inzage na afschalen, in dagen',
  'regionSettings.closingGraceDays.hint':
    'Zo lang lezen deelnemers een afgesloten casus nog ({min} tot {max}; 0 is meteen).',
  'regionSettings.closingGraceDays.invalid': 'Vul een heel aantal dagen in van {min} tot {max}.',
  'regionSettings.wgs.legend': 'Contactpunt voor betrokkenen (WGS)',
  'regionSettings.wgs.intro':
    'Dit contactpunt staat in de brief aan betrokkene: hier kan een persoon terecht om zijn rechten te gebruiken. Laat u het leeg, dan noemt de brief het contact van het Zorg- en Veiligheidshuis.',
  'regionSettings.wgsContactEmail': 'E-mailadres van het contactpunt',
  'regionSettings.wgsContactEmail.invalid':
    'Vul een geldig e-mailadres in, zoals privacy@zvh.nl, of laat het leeg.',
  'regionSettings.wgsContactPhone': 'Telefoon van het contactpunt',
  'regionSettings.wgsContactPhone.invalid':
    'Vul een telefoonnummer in van 3 tot 40 tekens, of laat het leeg.',
  'regionSettings.wgsContactAddress': 'Postadres van het contactpunt',
  'regionSettings.wgsContactAddress.hint': 'Bijvoorbeeld: Postbus 1, 1234 AA Demostad.',
  'regionSettings.wgsContactAddress.invalid':
    'Vul een postadres in van 3 tot 200 tekens, of laat het leeg.',
  'regionSettings.volunteer.legend': 'Vrijwillige inzet',
  'regionSettings.volunteer.intro':
    'Het doel uit het convenant: zoveel koppelingen met een vrijwilliger per jaar in de regio. De coördinatoren en de procesregisseur zien hun jaarcijfers tegen dit doel.',
  'regionSettings.volunteerGoalMin': 'Doel koppelingen per jaar, minimaal',
  'regionSettings.volunteerGoal.hint':
    'Hele aantallen van {min} tot {max}; het maximum is minstens het minimum.',
  'regionSettings.volunteerGoalMin.invalid': 'Vul een heel aantal in van {min} tot {max}.',
  'regionSettings.volunteerGoalMax': 'Doel koppelingen per jaar, maximaal',
  'regionSettings.volunteerGoalMax.invalid': 'Vul een heel aantal in van {min} tot {max}.',
  'regionSettings.volunteerGoalMax.range':
    'Het maximum moet minstens even groot zijn als het minimum.',
  'regionSettings.save': 'Instellingen opslaan',
  'regionSettings.saved': 'De instellingen zijn opgeslagen.',
  'regionSettings.notSaved': 'De instellingen zijn niet opgeslagen',
  'regionSettings.conflict':
    'Iemand anders heeft de instellingen intussen gewijzigd. Laad de huidige instellingen en voer uw wijziging opnieuw in.',
  'regionSettings.reload': 'Huidige instellingen laden',
};
