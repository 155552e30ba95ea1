import type { ClientErrorCode } from '../../api-client/utils/errorCode';

export type MoveOutProblem = 'REQUIRED' | 'NOT_A_COLLEAGUE' | 'NEEDS_CHAIR';

/** The successor field's problem behind an API error; null: about the request as a whole. */
export function moveOutProblemForError(
  code: ClientErrorCode,
  field: string | undefined,
): MoveOutProblem | null {
  if (field !== 'handOverToUserId') return null;
  if (code === 'BAD_USER_INPUT') return 'NOT_A_COLLEAGUE';
  if (code === 'CONFLICT') return 'NEEDS_CHAIR';
  return null;
}
