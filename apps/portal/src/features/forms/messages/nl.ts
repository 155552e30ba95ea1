/** Dutch texts of the shared form parts; merged into the app catalogue (features/i18n/messages/nl.ts). */
export const formsNl = {
  'date.hint': 'Bijvoorbeeld 2-11-1987 of 2 nov 1987.',
  'date.hintPartial':
    'Bijvoorbeeld 2-11-1987 of 2 nov 1987. Is de dag of maand onbekend? Vul in wat bekend is: nov 1987 of 1987.',
  'date.pick': 'Kalender openen',
  'date.reading': 'Gelezen als: {date}',
  'date.readingYear': 'Gelezen als: {date} (alleen het jaar bekend)',
  'date.readingMonth': 'Gelezen als: {date} (dag onbekend)',
  'date.needsDay': 'Vul een volledige datum in, met dag, maand en jaar.',
  'date.unreadable': 'Dit is geen datum. Schrijf bijvoorbeeld 2-11-1987 of 2 nov 1987.',
} as const;
