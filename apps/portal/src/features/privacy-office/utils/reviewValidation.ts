import type { BreakGlassVerdict } from '../../../gql/graphql';

export type ReviewField = 'verdict' | 'note';
export type ReviewProblem = 'VERDICT' | 'NOTE_SHORT' | 'NOTE_LONG';
export type ReviewProblems = Partial<Record<ReviewField, ReviewProblem>>;

/** The same bounds as the API: a verdict, and a note of 10–2000 characters. */
export function checkReview(verdict: BreakGlassVerdict | null, note: string): ReviewProblems {
  const problems: ReviewProblems = {};
  if (!verdict) problems.verdict = 'VERDICT';
  const length = [...note.trim()].length;
  if (length < 10) problems.note = 'NOTE_SHORT';
  else if (length > 2000) problems.note = 'NOTE_LONG';
  return problems;
}
