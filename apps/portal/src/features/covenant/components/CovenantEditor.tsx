import { COVENANT_NOTE_MAX, COVENANT_NOTE_MIN } from '@schakel/domain';
import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import { useCovenantEditor, type CovenantEditorSource } from '../hooks/useCovenantEditor';
import { CovenantMatrix } from './CovenantMatrix';
import { CovenantSensitiveWarning } from './CovenantSensitiveWarning';
import './covenant.css';

interface CovenantEditorProps extends CovenantEditorSource {
  onCancel: () => void;
  /** Throws the edit away and loads the version someone else saved in between. */
  onReload: () => void;
}

export function CovenantEditor({ onCancel, onReload, ...source }: CovenantEditorProps) {
  const t = useT();
  const form = useCovenantEditor(source);
  const { id, noteId, noteError, failureText } = form;
  const { baseVersion } = source;

  return (
    <section aria-labelledby={`${id}-heading`} className="schakel-flow">
      <Heading level={2} id={`${id}-heading`}>
        {t('covenant.edit.heading')}
      </Heading>
      <Paragraph>{t('covenant.edit.intro', { version: baseVersion + 1 })}</Paragraph>
      <form className="schakel-covenant-editor" noValidate onSubmit={form.submit}>
        {(noteError || failureText) && (
          <ErrorSummary
            key={form.attempts}
            title={t('covenant.edit.notSaved')}
            failure={failureText}
            problems={noteError ? [{ fieldId: noteId, message: noteError }] : []}
            onSelect={() => form.noteRef.current?.focus()}
          />
        )}
        {form.conflict && (
          <div>
            <Button type="button" appearance="secondary-action-button" onClick={onReload}>
              {t('covenant.edit.reload')}
            </Button>
          </div>
        )}
        <CovenantMatrix
          matrix={form.matrix}
          caption={t('covenant.matrix.caption', { version: baseVersion + 1 })}
          edit={form.edit}
        />
        <Paragraph role="status">
          {t('covenant.edit.changedCount', { count: form.changed })}
        </Paragraph>
        <CovenantSensitiveWarning id={form.warningId} sensitive={form.sensitive} />
        <LabelledField
          id={noteId}
          label={t('covenant.edit.note')}
          description={t('covenant.edit.noteHint', {
            min: COVENANT_NOTE_MIN,
            max: COVENANT_NOTE_MAX,
          })}
          error={noteError}
          className="schakel-covenant-editor__note"
        >
          {({ describedBy, invalid }) => (
            <Textarea
              ref={form.noteRef}
              id={noteId}
              name="note"
              rows={3}
              required
              invalid={invalid}
              aria-describedby={describedBy}
              value={form.note}
              onChange={(event) => form.setNote(event.target.value)}
            />
          )}
        </LabelledField>
        <ButtonGroup>
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={form.pending}
            aria-describedby={form.sensitive.length > 0 ? form.warningId : undefined}
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
