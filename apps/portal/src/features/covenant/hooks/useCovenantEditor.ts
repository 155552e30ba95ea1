import {
  COVENANT_NOTE_MAX,
  COVENANT_NOTE_MIN,
  covenantNoteSchema,
  INFORMATION_CATEGORIES,
  parseWith,
  type AgencyType,
  type InformationCategory,
} from '@schakel/domain';
import { useCallback, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { ClientErrorCode } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import {
  ceilingLevel,
  entryIndexOf,
  isSensitive,
  type LegalCeilingRow,
} from '../utils/covenantCeiling';
import {
  changedCellCount,
  entriesForSave,
  withCell,
  type CovenantEntry,
  type CovenantMatrix as Matrix,
} from '../utils/covenantMatrix';
import type { CovenantLevel } from '../utils/covenantLevel';
import { useProposeCovenantChange } from './useProposeCovenantChange';

/** What is wrong with the note: missing, or too short or too long (worded as one). */
type CovenantNoteProblem = 'REQUIRED' | 'LENGTH';

function checkCovenantNote(note: string): CovenantNoteProblem | null {
  const result = parseWith(covenantNoteSchema(), { note });
  if (result.ok) return null;
  return result.problems[0]?.code === 'REQUIRED' ? 'REQUIRED' : 'LENGTH';
}

/** Why proposing failed, when it is not (only) the note. */
type Failure =
  | 'NO_CHANGES'
  | 'CONFLICT'
  | 'INVALID_ENTRY'
  | { aboveCeiling: { party: string; category: InformationCategory } | null }
  | { code: ClientErrorCode };

export interface CovenantEditorSource {
  /** The version the edit starts from (0 when there is none yet). */
  baseVersion: number;
  baseline: Matrix;
  overrides: readonly CovenantEntry[];
  /** The legal ceiling: choices above it cannot be picked, and the API refuses them anyway. */
  ceiling: readonly LegalCeilingRow[];
  onProposed: () => void;
}

/**
 * The state and submit of a covenant edit: the matrix as changed so far, the note that explains
 * it, the sensitive categories touched, and why proposing failed, worded.
 */
export function useCovenantEditor({
  baseVersion,
  baseline,
  overrides,
  ceiling,
  onProposed,
}: CovenantEditorSource) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { propose, loading } = useProposeCovenantChange();
  const id = useId();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [matrix, setMatrix] = useState<Matrix>(baseline);
  const [note, setNote] = useState('');
  const [noteProblem, setNoteProblem] = useState<CovenantNoteProblem | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [attempts, setAttempts] = useState(0);

  const changed = changedCellCount(baseline, matrix);
  const onChange = useCallback(
    (agencyType: AgencyType, category: InformationCategory, level: CovenantLevel) =>
      setMatrix((previous) => withCell(previous, agencyType, category, level)),
    [],
  );
  const limit = useCallback(
    (agencyType: AgencyType, category: InformationCategory) =>
      ceilingLevel(ceiling, agencyType, category),
    [ceiling],
  );
  const edit = useMemo(() => ({ baseline, onChange, ceiling: limit }), [baseline, onChange, limit]);
  // Changes to medical, BSN, police or justice data are flagged before they are proposed.
  const sensitive = INFORMATION_CATEGORIES.filter(
    (category) =>
      isSensitive(category) &&
      Object.keys(matrix).some(
        (agencyType) =>
          baseline[agencyType as AgencyType][category] !==
          matrix[agencyType as AgencyType][category],
      ),
  );

  function show(problem: CovenantNoteProblem | null, nextFailure: Failure | null) {
    flushSync(() => {
      setNoteProblem(problem);
      setFailure(nextFailure);
      setAttempts((count) => count + 1);
    });
    if (problem) noteRef.current?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const problem = checkCovenantNote(note);
    if (problem || changed === 0) {
      show(problem, changed === 0 ? 'NO_CHANGES' : null);
      return;
    }
    setNoteProblem(null);
    setFailure(null);
    // The matrix and note stay on failure, so nothing has to be done twice.
    const entries = entriesForSave(matrix, overrides);
    const result = await propose({ baseVersion, note: note.trim(), entries });
    if (result.ok) {
      onProposed();
      return;
    }
    if (result.code === 'CONFLICT') show(null, 'CONFLICT');
    else if (result.code === 'COVENANT_ABOVE_CEILING') {
      const index = entryIndexOf(result.field);
      const entry = index === null ? undefined : entries[index];
      const named = entry?.agencyId
        ? overrides.find((override) => override.agency?.id === entry.agencyId)?.agency?.name
        : undefined;
      const party = entry?.agencyType ? t(`agencyType.${entry.agencyType}`) : named;
      show(null, {
        aboveCeiling: entry && party ? { party, category: entry.category } : null,
      });
    } else if (result.code === 'BAD_USER_INPUT' && result.field === 'note') show('LENGTH', null);
    else if (result.code === 'BAD_USER_INPUT' && result.field?.startsWith('entries')) {
      show(null, 'INVALID_ENTRY');
    } else show(null, { code: result.code });
  }

  function wordFailure(): string | null {
    if (failure === 'NO_CHANGES') return t('covenant.edit.noChanges');
    if (failure === 'CONFLICT') return t('covenant.edit.conflict');
    if (failure === 'INVALID_ENTRY') return t('covenant.edit.invalidEntry');
    if (failure && 'aboveCeiling' in failure) {
      const cell = failure.aboveCeiling;
      const regime = cell && ceiling.find((row) => row.category === cell.category)?.regime;
      return cell && regime
        ? t('covenant.ceiling.aboveLaw', {
            category: t(`category.${cell.category}`),
            agencyType: cell.party,
            regime: t(`covenant.regime.${regime}`),
          })
        : errorMessage('COVENANT_ABOVE_CEILING');
    }
    return failure ? errorMessage(failure.code) : null;
  }

  const noteError =
    noteProblem === 'REQUIRED'
      ? t('covenant.edit.noteRequired')
      : noteProblem === 'LENGTH'
        ? t('covenant.edit.noteLength', { min: COVENANT_NOTE_MIN, max: COVENANT_NOTE_MAX })
        : null;

  return {
    id,
    noteId: `${id}-note`,
    warningId: `${id}-warning`,
    noteRef,
    matrix,
    edit,
    changed,
    sensitive,
    note,
    setNote,
    noteError,
    failureText: wordFailure(),
    conflict: failure === 'CONFLICT',
    attempts,
    pending: loading,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}
