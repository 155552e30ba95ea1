import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { FormProblemSummary } from '../../forms/components/FormProblemSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import { useReportViolationForm } from '../hooks/useReportViolationForm';
import type { SignalField } from '../utils/supervisionForm';

interface ReportViolationFormProps {
  target: { conditionId: string } | { caseId: string };
  /** What the report is about, e.g. the condition's street summary. */
  about?: string;
  headingLevel: 3 | 4 | 5;
}

/** What, when, where and seen by whom: a report of a possible violation, made for a phone. */
export function ReportViolationForm({ target, about, headingLevel }: ReportViolationFormProps) {
  const t = useT();
  const headingId = useId();
  const form = useReportViolationForm(target);
  const { fieldId, messageFor } = form.problems;
  const text = (field: SignalField, rows: number) => (
    <LabelledField
      id={fieldId(field)}
      label={t(`signals.field.${field}`)}
      error={messageFor(field)}
    >
      {({ describedBy, invalid }) =>
        rows > 1 ? (
          <Textarea
            id={fieldId(field)}
            rows={rows}
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values[field]}
            onChange={(event) => form.set(field)(event.target.value)}
          />
        ) : (
          <Textbox
            id={fieldId(field)}
            type={field === 'occurredAt' ? 'datetime-local' : 'text'}
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values[field]}
            onChange={(event) => form.set(field)(event.target.value)}
          />
        )
      }
    </LabelledField>
  );
  return (
    <form
      className="schakel-flow schakel-signal-form"
      noValidate
      aria-labelledby={headingId}
      onSubmit={form.submit}
    >
      <Heading level={headingLevel} id={headingId}>
        {t('signals.reportHeading')}
      </Heading>
      {about && <Paragraph>{about}</Paragraph>}
      <Paragraph>{t('signals.reportIntro')}</Paragraph>
      <FormProblemSummary title={t('signals.notSent')} form={form.problems} />
      {text('what', 3)}
      {text('occurredAt', 1)}
      {text('location', 1)}
      {text('seenBy', 1)}
      <div>
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t('signals.submit')}
        </Button>
      </div>
      <div role="status">
        {form.sent && (
          <Alert type="ok" role="none">
            <Paragraph>{t('signals.sent')}</Paragraph>
          </Alert>
        )}
      </div>
    </form>
  );
}
