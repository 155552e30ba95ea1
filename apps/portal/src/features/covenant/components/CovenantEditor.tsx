import { INFORMATION_CATEGORIES, type AgencyType, type InformationCategory } from '@schakel/domain';
import {
  Alert,
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
import { useProposeCovenantChange } from '../hooks/useProposeCovenantChange';
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
  /** The legal ceiling: choices above it cannot be picked, and the API refuses them anyway. */
  ceiling: readonly LegalCeilingRow[];
  onProposed: () => void;
  onCancel: () => void;
  /** Throws the edit away and loads the version someone else saved in between. */
  onReload: () => void;
}

/** Why proposing failed, when it is not (only) the note. */
type Failure =
  | 'NO_CHANGES'
  | 'CONFLICT'
  | 'INVALID_ENTRY'
  | { aboveCeiling: { party: string; category: InformationCategory } | null }
  | { code: ClientErrorCode };

export function CovenantEditor({
  baseVersion,
  baseline,
  overrides,
  ceiling,
  onProposed,
  onCancel,
  onReload,
}: CovenantEditorProps) {
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
  const noteId = `${id}-note`;
  const warningId = `${id}-warning`;
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
  else if (failure && 'aboveCeiling' in failure) {
    const cell = failure.aboveCeiling;
    const regime = cell && ceiling.find((row) => row.category === cell.category)?.regime;
    failureText =
      cell && regime
        ? t('covenant.ceiling.aboveLaw', {
            category: t(`category.${cell.category}`),
            agencyType: cell.party,
            regime: t(`covenant.regime.${regime}`),
          })
        : errorMessage('COVENANT_ABOVE_CEILING');
  } else if (failure) failureText = errorMessage(failure.code);

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
        {/* Always present, so the warning is announced when a change first touches these data. */}
        <div role="status" id={warningId}>
          {sensitive.length > 0 && (
            <Alert type="warning" role="none">
              <Heading level={3}>{t('covenant.warning.heading')}</Heading>
              <Paragraph>
                {t('covenant.warning.text', {
                  categories: sensitive.map((category) => t(`category.${category}`)).join(', '),
                })}
              </Paragraph>
            </Alert>
          )}
        </div>
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
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={loading}
            aria-describedby={sensitive.length > 0 ? warningId : undefined}
          >
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
