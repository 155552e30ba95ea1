import {
  Button,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
} from '@utrecht/component-library-react';
import { CLOSE_OUTCOMES, CLOSE_REASON_MIN } from '@schakel/domain';
import { FormProblemSummary } from '../../forms/components/FormProblemSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import { useCloseCaseForm, type CloseCaseFormProps } from '../hooks/useCloseCaseForm';
import './monitoring.css';

export function CloseCaseForm(props: CloseCaseFormProps) {
  const t = useT();
  const form = useCloseCaseForm(props);
  const { fieldId, messageFor } = form.problems;
  const { graceDays } = props;
  return (
    <form className="schakel-flow" noValidate onSubmit={form.submit}>
      <FormProblemSummary title={t('closing.notClosed')} form={form.problems} />
      <Paragraph>
        {graceDays === null
          ? t('closing.intro')
          : `${t('closing.intro')} ${
              graceDays === 0 ? t('closing.graceNone') : t('closing.grace', { days: graceDays })
            }`}
      </Paragraph>
      <LabelledField
        id={fieldId('outcome')}
        label={t('closing.outcome')}
        error={messageFor('outcome')}
      >
        {({ describedBy, invalid }) => (
          <Select
            id={fieldId('outcome')}
            name="outcome"
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.outcome}
            onChange={(event) => form.set('outcome', event.target.value)}
          >
            <SelectOption value="">{t('closing.outcome')}…</SelectOption>
            {CLOSE_OUTCOMES.map((outcome) => (
              <SelectOption key={outcome} value={outcome}>
                {t(`closing.outcome.${outcome}`)}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      <LabelledField
        id={fieldId('reason')}
        label={t('closing.reason')}
        description={t('closing.reasonHint', { min: CLOSE_REASON_MIN })}
        error={messageFor('reason')}
      >
        {({ describedBy, invalid }) => (
          <Textarea
            id={fieldId('reason')}
            name="reason"
            rows={4}
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.reason}
            onChange={(event) => form.set('reason', event.target.value)}
          />
        )}
      </LabelledField>
      <div>
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t('closing.submit')}
        </Button>
      </div>
    </form>
  );
}
