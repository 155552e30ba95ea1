/** Dutch texts of correcting or erasing one information item (issue 16 item 8, AVG art. 16/17). */
export const itemChangesNl = {
  'itemChange.open': 'Corrigeren of verwijderen',
  'itemChange.close': 'Sluiten zonder wijziging',
  'itemChange.heading': 'Dit item corrigeren of verwijderen',
  'itemChange.intro':
    'Alleen uw organisatie heeft dit item vastgelegd en kan het corrigeren (AVG artikel 16) of verwijderen (artikel 17). De oude inhoud wordt nergens bewaard; wie, wanneer en waarom blijft vastgelegd voor de privacyfunctionaris.',
  'itemChange.kind': 'Wat wilt u doen?',
  'itemChange.kind.RECTIFY': 'Corrigeren: de tekst vervangen',
  'itemChange.kind.ERASE': 'Verwijderen: het item helemaal weghalen',
  'itemChange.text': 'Gecorrigeerde tekst',
  'itemChange.summary': 'Gecorrigeerde deelbare samenvatting (optioneel)',
  'itemChange.reason': 'Reden',
  'itemChange.reasonHint':
    'Bijvoorbeeld: "Adres onjuist, gecorrigeerd op verzoek van betrokkene via het WGS-contactpunt". Minimaal {min} tekens.',
  'itemChange.eraseWarning':
    'Verwijderen is definitief: het item verdwijnt voor alle organisaties, ook uit exports en PDF’s.',
  'itemChange.submit.RECTIFY': 'Correctie opslaan',
  'itemChange.submit.ERASE': 'Definitief verwijderen',
  'itemChange.notSaved': 'De wijziging is niet opgeslagen',
  'itemChange.textRequired': 'Vul de gecorrigeerde tekst in.',
  'itemChange.textTooLong': 'De tekst mag maximaal {max} tekens lang zijn.',
  'itemChange.summaryTooLong': 'De samenvatting mag maximaal {max} tekens lang zijn.',
  'itemChange.reasonRequired': 'Vul de reden in.',
  'itemChange.reasonLength': 'De reden moet {min} tot {max} tekens lang zijn.',
  'itemChange.invalid': 'Deze invoer is niet geldig.',
  'itemChange.conflict':
    'Iemand anders heeft dit item intussen gewijzigd of verwijderd. Laad de pagina opnieuw.',
  'itemChange.rectified': 'De correctie is opgeslagen.',
  'itemChange.erased':
    'Het item is verwijderd. De reden is vastgelegd voor de privacyfunctionaris.',
  'itemChange.rectifiedOn': 'Gecorrigeerd door de bron op {date}',
} as const;
