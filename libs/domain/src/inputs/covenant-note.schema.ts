import { z } from 'zod';
import { text } from './input-problem';

/** The bounds on the note that explains a proposed covenant version (and on a decision's reason). */
export const COVENANT_NOTE_MIN = 3;
export const COVENANT_NOTE_MAX = 1000;

/**
 * The note of a proposed covenant version. The entries are checked by the API against the legal
 * ceiling and the current version (COVENANT_ABOVE_CEILING, CONFLICT).
 */
export function covenantNoteSchema() {
  return z.object({ note: text(COVENANT_NOTE_MIN, COVENANT_NOTE_MAX) });
}
export type CovenantNoteInput = z.output<ReturnType<typeof covenantNoteSchema>>;
