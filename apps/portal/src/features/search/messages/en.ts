import type { searchNl } from './nl';

/** English texts of this feature: every Dutch key, translated. */
export const searchEn: Record<keyof typeof searchNl, string> = {
  'search.label': 'Search a case',
  'search.placeholder': 'Name, date of birth or BSN',
  'search.submit': 'Search',
  'search.headerSubmit': 'Find case',
  'search.title': 'Search',
  'search.titleFor': 'Search for “{text}”',
  'search.intro':
    'You search the cases you may see: by name, date of birth (for example 2-11-1987), BSN, case number or neighbourhood (wijk). Your search is logged.',
  'search.again': 'Search again',
  'search.empty': 'Enter a name, date of birth, BSN, case number or neighbourhood.',
  'search.loading': 'Searching…',
  'search.results.heading': 'Cases found',
  'search.results.count':
    '{count, plural, =0 {No cases found.} one {# case found.} other {# cases found.}}',
  'search.results.more':
    'More cases were found than are shown here. Make your search more specific.',
  'search.noResults.hint':
    'Check the spelling or search for another detail. You only find cases your organisation takes part in.',
  'search.noResults.breakGlassIntro':
    'Do you know the case number, and must the case be opened now although your organisation does not take part?',
  'search.noResults.breakGlassLink': 'Open a case outside participation (break-the-glass)',
};
