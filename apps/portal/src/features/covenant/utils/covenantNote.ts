/** The API's bounds on the note of a new covenant version. */
export const NOTE_MIN = 3;
export const NOTE_MAX = 1000;

export type CovenantNoteProblem = 'REQUIRED' | 'LENGTH';

export function checkCovenantNote(note: string): CovenantNoteProblem | null {
  const length = [...note.trim()].length;
  if (length === 0) return 'REQUIRED';
  return length < NOTE_MIN || length > NOTE_MAX ? 'LENGTH' : null;
}
