/** Dutch texts of the wijkindeling (/beheer/wijken, ADR 0026); the source of truth. */
export const areasNl = {
  'areas.nav': 'Wijken',
  'areas.title': 'Wijkindeling',
  'areas.intro':
    'De wijken van uw regio met hun postcodes. De wijk van een persoon volgt uit de postcode van het adres; een postcode die in geen wijk valt, wordt gemarkeerd en niet geraden. Elke wijziging komt in de audittrail.',
  'areas.loading': 'Wijken laden…',
  'areas.loadFailed': 'De wijken konden niet worden geladen. Probeer het later opnieuw.',
  'areas.listHeading': 'Wijken',
  'areas.none': 'Er zijn nog geen wijken. Voeg ze toe of importeer ze uit een CSV-bestand.',
  'areas.postcodes': 'Postcodes',
  'areas.noPostcodes': 'geen postcodes',
  'areas.inactive': 'Niet actief',
  'areas.edit': '{name} wijzigen',
  'areas.cancel': 'Annuleren',
  'areas.addHeading': 'Wijk toevoegen',
  'areas.name': 'Naam van de wijk',
  'areas.rangesLabel': 'Postcodes',
  'areas.rangesHint':
    'Postcodegebieden van vier cijfers, of losse postcodes, gescheiden door komma’s. Bijvoorbeeld: 1230-1233, 1270 AB',
  'areas.active': 'Actief (nieuwe adressen in deze postcodes krijgen deze wijk)',
  'areas.add': 'Wijk toevoegen',
  'areas.save': 'Wijziging opslaan',
  'areas.added': 'Wijk {name} is toegevoegd.',
  'areas.saved': 'Wijk {name} is opgeslagen.',
  'areas.notSaved': 'De wijk is niet opgeslagen',
  'areas.name.invalid': 'Vul een naam in van 1 tot 100 tekens.',
  'areas.ranges.invalid':
    'Controleer de postcodes: vier cijfers (1230) of een postcode (1270 AB), een gebied als 1230-1233, gescheiden door komma’s.',
  'areas.conflict':
    'Iemand anders heeft deze wijk intussen gewijzigd. Sluit het formulier en open het opnieuw.',
  'areas.importHeading': 'Importeren uit CSV',
  'areas.importIntro':
    'Een CSV-bestand met de kolommen wijk, postcode_van en postcode_tot (puntkomma of komma als scheidingsteken). Een wijk in het bestand krijgt precies de postcodes uit het bestand; wijken die er niet in staan blijven zoals ze zijn. U ziet eerst een voorbeeld.',
  'areas.importFile': 'CSV-bestand',
  'areas.preview': 'Voorbeeld bekijken',
  'areas.previewHeading': 'Voorbeeld van de import',
  'areas.previewSummary':
    '{newAreas, plural, one {# nieuwe wijk} other {# nieuwe wijken}}, {changedAreas, plural, one {# gewijzigde wijk} other {# gewijzigde wijken}}, {unchangedAreas, plural, one {# wijk} other {# wijken}} ongewijzigd.',
  'areas.previewErrors':
    '{count, plural, one {# regel bevat een fout} other {# regels bevatten een fout}}. Herstel het bestand en bekijk het voorbeeld opnieuw; er wordt niets geïmporteerd zolang er fouten zijn.',
  'areas.fileProblem.HEADER':
    'De eerste regel moet de kolomnamen bevatten: wijk, postcode_van en (optioneel) postcode_tot.',
  'areas.fileProblem.TOO_LONG': 'Het bestand is te groot (meer dan 1 MB).',
  'areas.fileProblem.TOO_MANY': 'Het bestand heeft te veel regels (meer dan 5.000).',
  'areas.fileEmpty': 'Kies eerst een CSV-bestand.',
  'areas.line': 'Regel',
  'areas.lineWijk': 'Wijk',
  'areas.lineRange': 'Postcodes',
  'areas.lineStatus': 'Resultaat',
  'areas.status.NEW': 'Nieuwe wijk',
  'areas.status.CHANGED': 'Wijk gewijzigd',
  'areas.status.UNCHANGED': 'Ongewijzigd',
  'areas.status.ERROR': 'Fout',
  'areas.problem.REQUIRED': '{column}: niet ingevuld.',
  'areas.problem.TOO_LONG': '{column}: te lang.',
  'areas.problem.NUL': '{column}: bevat een ongeldig teken.',
  'areas.problem.POSTCODE':
    '{column}: geen postcode (vier cijfers, of vier cijfers en twee letters).',
  'areas.problem.RANGE':
    '{column}: het gebied eindigt vóór het begint, of een losse postcode heeft een ander einde.',
  'areas.problem.OVERLAP': 'Deze postcodes horen al bij wijk {otherArea}.',
  'areas.problem.INVALID': '{column}: ongeldige waarde.',
  'areas.import': 'Importeren',
  'areas.imported':
    'Geïmporteerd: {newAreas, plural, one {# nieuwe wijk} other {# nieuwe wijken}}, {changedAreas, plural, one {# gewijzigde wijk} other {# gewijzigde wijken}}. {persons, plural, =0 {Bij geen enkele persoon veranderde de wijk.} one {Bij # persoon veranderde de wijk.} other {Bij # personen veranderde de wijk.}}',
  'areas.derived': 'Wijk: {name}',
  'areas.outside': 'Postcode niet in de wijkindeling',
  'areas.outsideHint':
    'Deze postcode valt in geen wijk van uw regio. De wijk blijft leeg; de functioneel beheerder kan de wijkindeling aanvullen.',
};
