import { useQuery } from '@apollo/client/react';
import { Button, Fieldset, FieldsetLegend, Textarea } from '@utrecht/component-library-react';
import { AGENCIES_QUERY } from '../../cases/graphql/agenciesQuery';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { localDate } from '../../forms/utils/localDate';
import { useT } from '../../i18n/hooks/useT';
import {
  useAgreedApproachForm,
  type AgreedApproachFormProps,
} from '../hooks/useAgreedApproachForm';
import { CONTACTS_MAX, INSTRUCTIONS_MAX } from '../utils/cardProblems';
import { AgreedApproachContactFields } from './AgreedApproachContactFields';
import './agreed-approach.css';
import { DateInput } from '../../forms/components/DateInput';

/** Edits the whole card; on any failure the input stays, so nothing typed is lost. */
export function AgreedApproachForm(props: AgreedApproachFormProps) {
  const t = useT();
  const { data: agencies } = useQuery(AGENCIES_QUERY);
  const form = useAgreedApproachForm(props);
  const { fieldId, errorOf, values } = form;

  return (
    <form className="schakel-flow" noValidate onSubmit={form.submit}>
      {(form.summary.length > 0 || form.failure) && (
        <div id={form.summaryId} tabIndex={-1}>
          <ErrorSummary
            key={form.attempts}
            title={t('agreedApproach.form.notSaved')}
            failure={form.failure}
            problems={form.summary}
            onSelect={(target) => document.getElementById(target)?.focus()}
          />
        </div>
      )}

      <LabelledField
        id={fieldId('instructions')}
        label={t('agreedApproach.form.instructions')}
        description={t('agreedApproach.form.instructionsHint', { max: INSTRUCTIONS_MAX })}
        error={errorOf('instructions')}
      >
        {({ describedBy, invalid }) => (
          <Textarea
            id={fieldId('instructions')}
            rows={6}
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={values.instructions}
            onChange={(event) => form.set('instructions', event.target.value)}
          />
        )}
      </LabelledField>

      <LabelledField
        id={fieldId('validUntil')}
        label={t('agreedApproach.form.validUntil')}
        error={errorOf('validUntil')}
      >
        {({ describedBy, invalid }) => (
          <DateInput
            label={t('agreedApproach.form.validUntil')}
            id={fieldId('validUntil')}
            min={localDate()}
            invalid={invalid}
            describedBy={describedBy}
            value={values.validUntil}
            onChange={(value) => form.set('validUntil', value)}
          />
        )}
      </LabelledField>

      <Fieldset>
        <FieldsetLegend>{t('agreedApproach.form.contacts')}</FieldsetLegend>
        <div className="schakel-flow">
          {values.contacts.map((contact, index) => (
            <AgreedApproachContactFields
              key={contact.key}
              form={form}
              contact={contact}
              index={index}
              agencies={agencies?.agencies ?? []}
            />
          ))}
          {values.contacts.length < CONTACTS_MAX && (
            <div>
              <Button
                id={fieldId('add-contact')}
                type="button"
                appearance="secondary-action-button"
                onClick={form.addContact}
              >
                {t('agreedApproach.form.addContact')}
              </Button>
            </div>
          )}
        </div>
      </Fieldset>

      <div>
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t('agreedApproach.form.submit')}
        </Button>
      </div>
    </form>
  );
}
