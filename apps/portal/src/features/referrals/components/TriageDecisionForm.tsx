import { Button, Textarea } from '@utrecht/component-library-react';
import { FormProblemSummary } from '../../forms/components/FormProblemSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import {
  useTriageDecisionForm,
  type TriageDecisionFormProps,
} from '../hooks/useTriageDecisionForm';
import { TriageChoices } from './TriageChoices';
import { TriagePartners } from './TriagePartners';
import { TriagePersonMatch } from './TriagePersonMatch';

/** The triage decision: person match, the national criteria, decision, reason, partners. */
export function TriageDecisionForm(props: TriageDecisionFormProps) {
  const t = useT();
  const form = useTriageDecisionForm(props);
  const { fieldId, messageFor } = form.problems;
  return (
    <form noValidate className="schakel-flow" onSubmit={form.submit}>
      <FormProblemSummary title={t('triage.notDecided')} form={form.problems} />
      {form.needsMatch && <TriagePersonMatch form={form} />}
      <TriageChoices form={form} />
      {form.decision === 'ACCEPTED' && <TriagePartners form={form} />}
      <LabelledField
        id={fieldId('reason')}
        label={t('triage.reason')}
        description={t('triage.reasonHint')}
        error={messageFor('reason')}
      >
        {({ describedBy, invalid }) => (
          <Textarea
            id={fieldId('reason')}
            rows={3}
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.reason}
            onChange={(event) => form.setReason(event.target.value)}
          />
        )}
      </LabelledField>
      <div>
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t('triage.submit')}
        </Button>
      </div>
    </form>
  );
}
