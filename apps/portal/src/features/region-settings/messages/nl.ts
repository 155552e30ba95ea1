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
  'regionSettings.save': 'Instellingen opslaan',
  'regionSettings.saved': 'De instellingen zijn opgeslagen.',
  'regionSettings.notSaved': 'De instellingen zijn niet opgeslagen',
  'regionSettings.conflict':
    'Iemand anders heeft de instellingen intussen gewijzigd. Laad de huidige instellingen en voer uw wijziging opnieuw in.',
  'regionSettings.reload': 'Huidige instellingen laden',
};
