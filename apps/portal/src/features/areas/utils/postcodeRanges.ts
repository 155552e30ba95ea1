/** "1230-1233, 1270 AB" → ranges as the API takes them; each part "from" or "from-to". */
export function parseRangesText(text: string): { from: string; to: string | null }[] {
  return text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [from = '', to] = part.split(/\s*[-–]\s*/);
      return { from: from.trim(), to: to?.trim() || null };
    });
}

/** Ranges as the API gives them → the text the form shows: "1230-1233, 1270AB". */
export function formatRangesText(ranges: readonly { from: string; to: string }[]): string {
  return ranges.map((r) => (r.from === r.to ? r.from : `${r.from}-${r.to}`)).join(', ');
}
