import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import type { TriageDecision } from '../../../gql/graphql';
import { useT } from '../../i18n/hooks/useT';
import { CRITERIA, type TriageDecisionFormState } from '../hooks/useTriageDecisionForm';

const DECISIONS: TriageDecision[] = ['ACCEPTED', 'REFERRED_BACK', 'REJECTED'];

/** The national criteria, then the decision itself. */
export function TriageChoices({ form }: { form: TriageDecisionFormState }) {
  const t = useT();
  const { fieldId, controlId, messageFor } = form.problems;
  const criteriaError = messageFor('criteria');
  const decisionError = messageFor('decision');
  return (
    <>
      <Fieldset id={fieldId('criteria')} tabIndex={-1} invalid={Boolean(criteriaError)}>
        <FieldsetLegend>{t('triage.criteria')}</FieldsetLegend>
        {criteriaError && (
          <Paragraph className="schakel-referral__error">{criteriaError}</Paragraph>
        )}
        {CRITERIA.map((criterion) => (
          <div key={criterion} className="schakel-referral__choice">
            <Checkbox
              id={controlId(criterion)}
              checked={form.criteria[criterion]}
              onChange={(event) => form.setCriterion(criterion, event.target.checked)}
            />
            <FormLabel htmlFor={controlId(criterion)} type="checkbox">
              {t(`triage.criterion.${criterion}`)}
            </FormLabel>
          </div>
        ))}
      </Fieldset>

      <Fieldset id={fieldId('decision')} tabIndex={-1} invalid={Boolean(decisionError)}>
        <FieldsetLegend>{t('triage.decision')}</FieldsetLegend>
        {decisionError && (
          <Paragraph className="schakel-referral__error">{decisionError}</Paragraph>
        )}
        {DECISIONS.map((value) => (
          <div key={value} className="schakel-referral__choice">
            <RadioButton
              id={controlId(`decision-${value}`)}
              name={controlId('decision')}
              checked={form.decision === value}
              onChange={() => form.setDecision(value)}
            />
            <FormLabel htmlFor={controlId(`decision-${value}`)} type="radio">
              {t(`triage.decision.${value}`)}
            </FormLabel>
          </div>
        ))}
      </Fieldset>
    </>
  );
}
