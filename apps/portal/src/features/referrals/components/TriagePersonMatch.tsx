import {
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { useT } from '../../i18n/hooks/useT';
import type { TriageDecisionFormState } from '../hooks/useTriageDecisionForm';

/** Is the referred person someone already known? One radio per possible match, and "no". */
export function TriagePersonMatch({ form }: { form: TriageDecisionFormState }) {
  const t = useT();
  const { fieldId, controlId, messageFor } = form.problems;
  const error = messageFor('personMatch');
  return (
    <Fieldset id={fieldId('personMatch')} tabIndex={-1} invalid={Boolean(error)}>
      <FieldsetLegend>{t('triage.matchLegend')}</FieldsetLegend>
      {error && <Paragraph className="schakel-referral__error">{error}</Paragraph>}
      {form.matches.map((m) => {
        const name = `${m.givenNames} ${m.familyName}`;
        return (
          <div key={m.personId} className="schakel-referral__choice">
            <RadioButton
              id={controlId(`match-${m.personId}`)}
              name={controlId('match')}
              checked={form.match === m.personId}
              onChange={() => form.setMatch(m.personId)}
            />
            <FormLabel htmlFor={controlId(`match-${m.personId}`)} type="radio">
              {t('triage.samePerson', { name })}
            </FormLabel>
          </div>
        );
      })}
      <div className="schakel-referral__choice">
        <RadioButton
          id={controlId('match-different')}
          name={controlId('match')}
          checked={form.match === 'DIFFERENT'}
          onChange={() => form.setMatch('DIFFERENT')}
        />
        <FormLabel htmlFor={controlId('match-different')} type="radio">
          {t('triage.differentPerson')}
        </FormLabel>
      </div>
    </Fieldset>
  );
}
