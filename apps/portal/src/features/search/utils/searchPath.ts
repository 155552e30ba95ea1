export const SEARCH_PATH = '/zoeken';

/** The results page of a search text (trimmed; empty shows the page with its hint). */
export function searchPath(text: string): string {
  const trimmed = text.trim();
  return trimmed ? `${SEARCH_PATH}?${new URLSearchParams({ q: trimmed }).toString()}` : SEARCH_PATH;
}
