/** Dutch texts of this feature; merged into the app catalogue (features/i18n/messages/nl.ts). */
export const searchNl = {
  'search.label': 'Zoek een dossier',
  'search.placeholder': 'Naam, geboortedatum of BSN',
  'search.submit': 'Zoeken',
  // Not "Zoeken": a page's own search button (lookup, referral) must keep a name of its own.
  'search.headerSubmit': 'Zoek dossier',
  'search.title': 'Zoeken',
  'search.titleFor': 'Zoeken naar “{text}”',
  'search.intro':
    'U zoekt in de dossiers die u mag inzien: op naam, geboortedatum (bijvoorbeeld 2-11-1987), BSN, dossiernummer of wijk. Uw zoekopdracht wordt gelogd.',
  'search.again': 'Zoek opnieuw',
  'search.empty': 'Vul een naam, geboortedatum, BSN, dossiernummer of wijk in.',
  'search.loading': 'Bezig met zoeken…',
  'search.results.heading': 'Gevonden dossiers',
  'search.results.count':
    '{count, plural, =0 {Geen dossiers gevonden.} one {# dossier gevonden.} other {# dossiers gevonden.}}',
  'search.results.more':
    'Er zijn meer dossiers gevonden dan hier staan. Maak uw zoekopdracht specifieker.',
  'search.noResults.hint':
    'Controleer de spelling of zoek op een ander gegeven. U vindt alleen dossiers waaraan uw organisatie deelneemt.',
  'search.noResults.breakGlassIntro':
    'Weet u het dossiernummer en moet het dossier nu open, ook al neemt uw organisatie niet deel?',
  'search.noResults.breakGlassLink': 'Open een dossier buiten deelname (break-the-glass)',
} as const;
