/** Dutch texts of the agency admin's access review, role changes and move-out (issue 15). */
export const agencyAdminNl = {
  'users.reviewedAt': 'Laatst beoordeeld',
  'users.reviewDue': 'Beoordeling nodig',
  'users.manage': '{name} beheren',
  'users.manage.close': 'Sluiten',
  'users.manage.heading': '{name} beheren',
  'users.invite.ssoMailed':
    'De uitnodiging is naar {email} verstuurd. Je collega logt in via de eigen organisatie (single sign-on) en heeft geen apart wachtwoord nodig.',
  'users.invite.otherProvider':
    'Dit e-mailadres logt in bij een andere organisatie. Laat de beheerder van die organisatie de uitnodiging versturen.',

  'review.heading': 'Toegangscontrole',
  'review.intro':
    '{months, plural, one {Elke maand} other {Elke # maanden}} bevestigt u of iedere collega Schakel nog nodig heeft. Wie het niet meer nodig heeft, schakelt u uit.',
  'review.count':
    '{count, plural, one {# account wacht} other {# accounts wachten}} op beoordeling.',
  'review.none': 'Er wachten geen accounts op beoordeling.',
  'review.lastReviewed': 'Laatst beoordeeld op {date}',
  'review.question': 'Heeft {name} nog toegang nodig?',
  'review.yes': 'Ja, nog nodig',
  'review.no': 'Nee, niet meer nodig',
  'review.confirmNo':
    'Het account van {name} wordt uitgeschakeld: de volgende handeling van {name} in Schakel lukt niet meer. Je kunt het later weer inschakelen.',
  'review.confirmNoButton': '{name} uitschakelen',
  'review.cancel': 'Annuleren',
  'review.confirmed': 'Toegang van {name} bevestigd. De volgende beoordeling is op {date}.',
  'review.disabled': 'Het account van {name} is uitgeschakeld.',
  'review.homeDue':
    '{count, plural, one {# account wacht} other {# accounts wachten}} op toegangscontrole',

  'roles.heading': 'Rollen',
  'roles.legend': 'Rollen van {name}',
  'roles.kept': 'Ook: {roles}. Die rollen wijzigt alleen de functioneel beheerder.',
  'roles.ownAdmin': 'Je eigen beheerdersrol kan alleen een andere beheerder afnemen.',
  'roles.submit': 'Rollen wijzigen',
  'roles.confirm': 'Rollen van {name} wijzigen in: {roles}?',
  'roles.confirmButton': 'Ja, rollen wijzigen',
  'roles.cancel': 'Annuleren',
  'roles.saved': 'De rollen van {name} zijn gewijzigd in: {roles}.',
  'roles.required': 'Kies minstens één rol.',
  'roles.unchanged': 'Je hebt niets gewijzigd.',
  'roles.notSaved': 'De rollen zijn niet gewijzigd.',

  'moveOut.heading': 'Uit dienst',
  'moveOut.intro':
    'Gaat {name} weg bij je organisatie? De lopende casussen waarvan {name} casusregisseur is, de acties in conceptplannen en de overleggen die {name} voorzit gaan naar een collega. Daarna wordt het account uitgeschakeld.',
  'moveOut.successor': 'Wie neemt het werk over?',
  'moveOut.choose': 'Kies een collega',
  'moveOut.noColleague': 'Er is geen actieve collega die het werk kan overnemen.',
  'moveOut.submit': '{name} uit dienst melden',
  'moveOut.confirm':
    '{name} gaat uit dienst. Het lopende werk gaat naar {successor} en het account van {name} wordt uitgeschakeld. Doorgaan?',
  'moveOut.confirmButton': 'Ja, uit dienst melden',
  'moveOut.cancel': 'Annuleren',
  'moveOut.done': '{name} is uit dienst gemeld. Overgedragen aan {successor}:',
  'moveOut.cases': 'Casussen als casusregisseur: {count}',
  'moveOut.actions': 'Acties in conceptplannen: {count}',
  'moveOut.meetings': 'Overleggen als voorzitter: {count}',
  'moveOut.adopted':
    'Acties in vastgestelde plannen die {name} nog noemen: {count}. Een vastgesteld plan verandert niet; de volgende versie noemt de nieuwe eigenaar.',
  'moveOut.successorRequired': 'Kies wie het werk overneemt.',
  'moveOut.successorInvalid': 'Kies een actieve collega van je eigen organisatie.',
  'moveOut.needsChair': '{name} zit overleggen voor. Kies een collega met de rol procesregisseur.',
  'moveOut.notDone': '{name} is niet uit dienst gemeld.',
};
