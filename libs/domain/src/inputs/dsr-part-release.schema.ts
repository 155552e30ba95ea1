import { z } from 'zod';
import { optionalText } from './input-problem';

export const DSR_RELEASE_NOTE_MAX = 2000;

/**
 * Releasing an agency's part of a data subject request ("Vrijgeven"), with an optional note.
 * Whether the part exists and is the caller's agency's is the API's question against the database.
 */
export function dsrPartReleaseSchema() {
  return z.object({
    note: optionalText(1, DSR_RELEASE_NOTE_MAX),
  });
}
export type DsrPartReleaseInput = z.output<ReturnType<typeof dsrPartReleaseSchema>>;
