import { VIOLATION_FOLLOW_UPS, type ViolationFollowUp } from '@schakel/domain';
import { Button, Select, SelectOption, Textarea } from '@utrecht/component-library-react';
import { FormProblemSummary } from '../../forms/components/FormProblemSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import { useAssessViolationForm } from '../hooks/useAssessViolationForm';

/** Probation records its assessment of a signal and the follow-up it chose. */
export function AssessViolationForm({
  signal,
  onAssessed,
}: {
  signal: { id: string; revision: number };
  /** The list around it says so: the signal leaves the list of those to assess. */
  onAssessed: () => void;
}) {
  const t = useT();
  const form = useAssessViolationForm(signal, onAssessed);
  const { fieldId, messageFor } = form.problems;
  return (
    <form className="schakel-flow schakel-signal-form" noValidate onSubmit={form.submit}>
      <FormProblemSummary title={t('signals.notAssessed')} form={form.problems} />
      <LabelledField
        id={fieldId('assessment')}
        label={t('signals.field.assessment')}
        error={messageFor('assessment')}
      >
        {({ describedBy, invalid }) => (
          <Textarea
            id={fieldId('assessment')}
            rows={3}
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.assessment}
            onChange={(event) => form.setAssessment(event.target.value)}
          />
        )}
      </LabelledField>
      <LabelledField
        id={fieldId('followUp')}
        label={t('signals.field.followUp')}
        error={messageFor('followUp')}
      >
        {({ describedBy, invalid }) => (
          <Select
            id={fieldId('followUp')}
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.followUp}
            onChange={(event) => form.setFollowUp(event.target.value as ViolationFollowUp | '')}
          >
            <SelectOption value="">{t('signals.field.chooseFollowUp')}</SelectOption>
            {VIOLATION_FOLLOW_UPS.map((followUp) => (
              <SelectOption key={followUp} value={followUp}>
                {t(`signals.followUp.${followUp}`)}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      <div>
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t('signals.assessSubmit')}
        </Button>
      </div>
    </form>
  );
}
