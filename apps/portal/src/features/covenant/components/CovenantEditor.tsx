import type { AgencyType, InformationCategory } from '@schakel/domain';
import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react';
import { useCallback, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { ClientErrorCode } from '../../api-client/utils/errorCode';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { useUpdateCovenant } from '../hooks/useUpdateCovenant';
import {
  changedCellCount,
  entriesForSave,
  withCell,
  type CovenantEntry,
  type CovenantMatrix as Matrix,
} from '../utils/covenantMatrix';
import type { CovenantLevel } from '../utils/covenantLevel';
import {
  checkCovenantNote,
  NOTE_MAX,
  NOTE_MIN,
  type CovenantNoteProblem,
} from '../utils/covenantNote';
import { CovenantMatrix } from './CovenantMatrix';
import './covenant.css';

interface CovenantEditorProps {
  /** The version the edit starts from (0 when there is none yet). */
  baseVersion: number;
  baseline: Matrix;
  overrides: readonly CovenantEntry[];
  onSaved: (version: number) => void;
  onCancel: () => void;
  /** Throws the edit away and loads the version someone else saved in between. */
  onReload: () => void;
}

/** Why saving failed, when it is not (only) the note. */
type Failure = 'NO_CHANGES' | 'CONFLICT' | 'INVALID_ENTRY' | { code: ClientErrorCode };

export function CovenantEditor({
  baseVersion,
  baseline,
  overrides,
  onSaved,
  onCancel,
  onReload,
}: CovenantEditorProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { updateCovenant, loading } = useUpdateCovenant();
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
  const edit = useMemo(() => ({ baseline, onChange }), [baseline, onChange]);
  const noteId = `${id}-note`;

  function show(problem: CovenantNoteProblem | null, nextFailure: Failure | null) {
    flushSync(() => {
      setNoteProblem(problem);
      setFailure(nextFailure);
      setAttempts((count) => count + 1);
    });
    if (problem) noteRef.current?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
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
    const result = await updateCovenant({
      baseVersion,
      note: note.trim(),
      entries: entriesForSave(matrix, overrides),
    });
    if (result.ok) {
      onSaved(result.version);
      return;
    }
    if (result.code === 'CONFLICT') show(null, 'CONFLICT');
    else if (result.code === 'BAD_USER_INPUT' && result.field === 'note') show('LENGTH', null);
    else if (result.code === 'BAD_USER_INPUT' && result.field?.startsWith('entries')) {
      show(null, 'INVALID_ENTRY');
    } else show(null, { code: result.code });
  }

  const noteError =
    noteProblem === 'REQUIRED'
      ? t('covenant.edit.noteRequired')
      : noteProblem === 'LENGTH'
        ? t('covenant.edit.noteLength', { min: NOTE_MIN, max: NOTE_MAX })
        : null;
  let failureText: string | null = null;
  if (failure === 'NO_CHANGES') failureText = t('covenant.edit.noChanges');
  else if (failure === 'CONFLICT') failureText = t('covenant.edit.conflict');
  else if (failure === 'INVALID_ENTRY') failureText = t('covenant.edit.invalidEntry');
  else if (failure) failureText = errorMessage(failure.code);

  return (
    <section aria-labelledby={`${id}-heading`} className="schakel-flow">
      <Heading level={2} id={`${id}-heading`}>
        {t('covenant.edit.heading')}
      </Heading>
      <Paragraph>{t('covenant.edit.intro', { version: baseVersion + 1 })}</Paragraph>
      <form
        className="schakel-covenant-editor"
        noValidate
        onSubmit={(event) => void handleSubmit(event)}
      >
        {(noteError || failureText) && (
          <ErrorSummary
            key={attempts}
            title={t('covenant.edit.notSaved')}
            failure={failureText}
            problems={noteError ? [{ fieldId: noteId, message: noteError }] : []}
            onSelect={() => noteRef.current?.focus()}
          />
        )}
        {failure === 'CONFLICT' && (
          <div>
            <Button type="button" appearance="secondary-action-button" onClick={onReload}>
              {t('covenant.edit.reload')}
            </Button>
          </div>
        )}
        <CovenantMatrix
          matrix={matrix}
          caption={t('covenant.matrix.caption', { version: baseVersion + 1 })}
          edit={edit}
        />
        <Paragraph role="status">
          {changed === 1
            ? t('covenant.edit.changedOne')
            : t('covenant.edit.changedCount', { count: changed })}
        </Paragraph>
        <LabelledField
          id={noteId}
          label={t('covenant.edit.note')}
          description={t('covenant.edit.noteHint', { min: NOTE_MIN, max: NOTE_MAX })}
          error={noteError}
          className="schakel-covenant-editor__note"
        >
          {({ describedBy, invalid }) => (
            <Textarea
              ref={noteRef}
              id={noteId}
              name="note"
              rows={3}
              required
              invalid={invalid}
              aria-describedby={describedBy}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          )}
        </LabelledField>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={loading}>
            {t('covenant.edit.save')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('covenant.edit.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
