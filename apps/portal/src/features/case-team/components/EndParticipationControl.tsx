import { Alert, Button, Paragraph, Textarea } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState } from 'react';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import { useEndParticipationForm } from '../hooks/useEndParticipationForm';
import './case-team.css';

interface EndParticipationControlProps {
  participantId: string;
  agencyName: string;
  /** Told once the participation has ended (the list then shows it as ended). */
  onEnded: (message: string) => void;
}

/** "Deelname beëindigen" on demand: a button that unfolds the reason and the confirmation. */
export function EndParticipationControl({
  participantId,
  agencyName,
  onEnded,
}: EndParticipationControlProps) {
  const t = useT();
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <div className="schakel-team-end">
      {!open && (
        <Button
          ref={toggle}
          type="button"
          appearance="subtle-button"
          aria-expanded={false}
          aria-controls={panelId}
          aria-label={t('team.end.toggleFor', { agency: agencyName })}
          onClick={() => setOpen(true)}
        >
          {t('team.end.toggle')}
        </Button>
      )}
      <div id={panelId} hidden={!open}>
        {open && (
          <EndParticipationForm
            participantId={participantId}
            agencyName={agencyName}
            onCancel={() => {
              setOpen(false);
              requestAnimationFrame(() => toggle.current?.focus());
            }}
            onDone={() => onEnded(t('team.end.done', { agency: agencyName }))}
          />
        )}
      </div>
    </div>
  );
}

interface EndParticipationFormProps {
  participantId: string;
  agencyName: string;
  onCancel: () => void;
  onDone: () => void;
}

function EndParticipationForm({
  participantId,
  agencyName,
  onCancel,
  onDone,
}: EndParticipationFormProps) {
  const t = useT();
  const form = useEndParticipationForm(participantId, onDone);
  const { reasonId } = form;
  // Opened on purpose: the reason is what comes next.
  useEffect(() => document.getElementById(reasonId)?.focus(), [reasonId]);
  return (
    <form
      noValidate
      className="schakel-flow schakel-team-form"
      aria-label={t('team.end.toggleFor', { agency: agencyName })}
      onSubmit={form.submit}
    >
      {form.failure && (
        <Alert type="error">
          <Paragraph>{form.failure}</Paragraph>
        </Alert>
      )}
      <LabelledField
        id={form.reasonId}
        label={t('team.end.reason')}
        description={t('team.end.reasonHint')}
        error={form.problem}
      >
        {({ describedBy, invalid }) => (
          <Textarea
            id={form.reasonId}
            rows={3}
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.reason}
            onChange={(event) => form.setReason(event.target.value)}
          />
        )}
      </LabelledField>
      <div className="schakel-team-form__buttons">
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t('team.end.submit')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          {t('team.end.cancel')}
        </Button>
      </div>
    </form>
  );
}
