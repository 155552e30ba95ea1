/** The parts of the case page, in the order of its navigation; `?sectie=` in the address. */
export const CASE_SECTIONS = [
  'informatie',
  'plan',
  'leefgebieden',
  'deelnemers',
  'toestemmingen',
  'overleggen',
  'tijdlijn',
] as const;

export type CaseSection = (typeof CASE_SECTIONS)[number];

export const CASE_SECTION_PARAM = 'sectie';

/** The section named in the address, or null (only the summary and the navigation). */
export function caseSectionOf(search: URLSearchParams): CaseSection | null {
  const value = search.get(CASE_SECTION_PARAM);
  return CASE_SECTIONS.find((section) => section === value) ?? null;
}
