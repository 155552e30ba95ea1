import { Alert, Button, Paragraph, Textarea } from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { SAVE_MEETING_ITEM_MINUTES_MUTATION } from '../graphql/meetingDocuments';
import { useMeetingMutation } from '../hooks/useMeetingMutation';
import type { MeetingItem } from '../utils/meetingTypes';

const MAX = { minutes: 20_000, decisions: 10_000 } as const;
type Field = keyof typeof MAX;

type State =
  | { kind: 'idle' }
  | { kind: 'saved' }
  | { kind: 'tooLong'; fields: Field[] }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; reloaded: boolean };

interface MinutesEditorProps {
  item: Pick<MeetingItem, 'id' | 'minutes' | 'decisions' | 'revision'>;
  /** Loads the meeting again; resolves to this item's newest revision (null: not found). */
  reload: () => Promise<number | null>;
}

/**
 * The chair's minutes and decisions for one item. The text being typed is never replaced: a
 * newer save by someone else (another tab, a co-chair) only shows up as a conflict, with the
 * newest version to compare, and the next save goes on from there.
 */
export function MinutesEditor({ item, reload }: MinutesEditorProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const id = useId();
  const [text, setText] = useState({
    minutes: item.minutes ?? '',
    decisions: item.decisions ?? '',
  });
  const [dirty, setDirty] = useState(false);
  const [revision, setRevision] = useState(item.revision);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const feedback = useRef<HTMLDivElement>(null);
  const save = useMeetingMutation(SAVE_MEETING_ITEM_MINUTES_MUTATION);

  // Follow newer saves made elsewhere while nothing is being typed here (state adjusted during
  // render, as React advises for state derived from props).
  if (!dirty && state.kind !== 'conflict' && item.revision > revision) {
    setText({ minutes: item.minutes ?? '', decisions: item.decisions ?? '' });
    setRevision(item.revision);
  }

  function report(next: State) {
    flushSync(() => setState(next));
    feedback.current?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.loading) return;
    const tooLong = (Object.keys(MAX) as Field[]).filter(
      (field) => [...text[field].trim()].length > MAX[field],
    );
    if (tooLong.length > 0) return report({ kind: 'tooLong', fields: tooLong });
    const result = await save.run({
      input: { itemId: item.id, revision, minutes: text.minutes, decisions: text.decisions },
    });
    if (result.ok) {
      const saved = result.data.saveMeetingItemMinutes.agenda.find((e) => e.item?.id === item.id);
      if (saved?.item) setRevision(saved.item.revision);
      setDirty(false);
      return report({ kind: 'saved' });
    }
    if (result.code === 'CONFLICT') return report({ kind: 'conflict', reloaded: false });
    report({ kind: 'failed', message: errorMessage(result.code) });
  }

  async function handleReload() {
    const newest = await reload();
    if (newest !== null) setRevision(newest);
    report({ kind: 'conflict', reloaded: true });
  }

  const fieldError = (field: Field) =>
    state.kind === 'tooLong' && state.fields.includes(field) ? t('meetings.item.tooLong') : null;

  return (
    <form noValidate className="schakel-flow" onSubmit={(event) => void handleSubmit(event)}>
      <div ref={feedback} tabIndex={-1} className="schakel-meeting-minutes__feedback">
        {state.kind === 'saved' && <Paragraph role="status">{t('meetings.item.saved')}</Paragraph>}
        {(state.kind === 'failed' || state.kind === 'tooLong') && (
          <Alert type="error">
            <Paragraph>{t('meetings.item.notSaved')}</Paragraph>
            {state.kind === 'failed' && <Paragraph>{state.message}</Paragraph>}
          </Alert>
        )}
        {state.kind === 'conflict' && (
          <Alert type="warning">
            <Paragraph>{t('meetings.item.conflict')}</Paragraph>
            {state.reloaded ? (
              <>
                <Paragraph role="status">{t('meetings.item.reloaded')}</Paragraph>
                <div className="schakel-meeting-minutes__latest">
                  <Paragraph>
                    <strong>{t('meetings.item.latest')}</strong>
                  </Paragraph>
                  <Paragraph className="schakel-meeting-text">
                    {t('meetings.item.minutes')}: {item.minutes ?? '—'}
                  </Paragraph>
                  <Paragraph className="schakel-meeting-text">
                    {t('meetings.item.decisions')}: {item.decisions ?? '—'}
                  </Paragraph>
                </div>
              </>
            ) : (
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() => void handleReload()}
              >
                {t('meetings.item.reload')}
              </Button>
            )}
          </Alert>
        )}
      </div>
      {(['minutes', 'decisions'] as const).map((field) => (
        <LabelledField
          key={field}
          id={`${id}-${field}`}
          label={t(`meetings.item.${field}`)}
          description={t(`meetings.item.${field}Hint`)}
          error={fieldError(field)}
        >
          {({ describedBy, invalid }) => (
            <Textarea
              id={`${id}-${field}`}
              name={field}
              rows={field === 'minutes' ? 8 : 4}
              invalid={invalid}
              aria-describedby={describedBy}
              value={text[field]}
              onChange={(event) => {
                const value = event.target.value;
                setText((previous) => ({ ...previous, [field]: value }));
                setDirty(true);
                if (state.kind === 'saved') setState({ kind: 'idle' });
              }}
            />
          )}
        </LabelledField>
      ))}
      <div>
        <Button type="submit" appearance="primary-action-button" busy={save.loading}>
          {t('meetings.item.save')}
        </Button>
      </div>
    </form>
  );
}
