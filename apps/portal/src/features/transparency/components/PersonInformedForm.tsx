import { NOT_INFORMED_REASONS, type NotInformedReason } from '@schakel/domain';
import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
} from '@utrecht/component-library-react';
import type { CasePersonInformedFieldsFragment } from '../../../gql/graphql';
import { DateInput } from '../../forms/components/DateInput';
import { FormProblemSummary } from '../../forms/components/FormProblemSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import { usePersonInformedForm } from '../hooks/usePersonInformedForm';

/** Informed on a date by an agency, or not, and why not: the case lead's record. */
export function PersonInformedForm({
  view,
  onRecorded,
  onCancel,
}: {
  view: CasePersonInformedFieldsFragment;
  onRecorded: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const form = usePersonInformedForm(view, onRecorded);
  const { fieldId, controlId, messageFor, problems } = form.problems;
  const informedError = messageFor('informed');
  return (
    <form className="schakel-flow schakel-informed-form" noValidate onSubmit={form.submit}>
      <FormProblemSummary title={t('informed.notRecorded')} form={form.problems} />
      {!view.record && view.referralAnswer && <Paragraph>{t('informed.prefilled')}</Paragraph>}
      <Fieldset
        invalid={Boolean(problems.informed)}
        aria-describedby={informedError ? controlId('informed-error') : undefined}
      >
        <FieldsetLegend>{t('informed.field.informed')}</FieldsetLegend>
        {informedError && (
          <Paragraph id={controlId('informed-error')} className="schakel-informed__error">
            {informedError}
          </Paragraph>
        )}
        {(['yes', 'no'] as const).map((answer, index) => {
          const radioId = index === 0 ? fieldId('informed') : controlId(`informed-${answer}`);
          return (
            <div key={answer} className="schakel-informed__choice">
              <RadioButton
                id={radioId}
                name="informed"
                value={answer}
                checked={form.values.informed === answer}
                onChange={() => form.set('informed')(answer)}
              />
              <FormLabel htmlFor={radioId} type="radio">
                {t(`informed.answer.${answer}`)}
              </FormLabel>
            </div>
          );
        })}
      </Fieldset>
      {form.values.informed === 'yes' && (
        <>
          <LabelledField
            id={fieldId('informedOn')}
            label={t('informed.field.informedOn')}
            error={messageFor('informedOn')}
          >
            {({ describedBy, invalid }) => (
              <DateInput
                id={fieldId('informedOn')}
                label={t('informed.field.informedOn')}
                value={form.values.informedOn}
                onChange={form.set('informedOn')}
                invalid={invalid}
                describedBy={describedBy}
              />
            )}
          </LabelledField>
          <LabelledField
            id={fieldId('informedByAgencyId')}
            label={t('informed.field.informedBy')}
            error={messageFor('informedByAgencyId')}
          >
            {({ describedBy, invalid }) => (
              <Select
                id={fieldId('informedByAgencyId')}
                invalid={invalid}
                aria-describedby={describedBy}
                value={form.values.informedByAgencyId}
                onChange={(event) => form.set('informedByAgencyId')(event.target.value)}
              >
                <SelectOption value="">{t('informed.field.chooseAgency')}</SelectOption>
                {view.agencies.map((agency) => (
                  <SelectOption key={agency.id} value={agency.id}>
                    {agency.name}
                  </SelectOption>
                ))}
              </Select>
            )}
          </LabelledField>
        </>
      )}
      {form.values.informed === 'no' && (
        <LabelledField
          id={fieldId('notInformedReason')}
          label={t('informed.field.reason')}
          error={messageFor('notInformedReason')}
        >
          {({ describedBy, invalid }) => (
            <Select
              id={fieldId('notInformedReason')}
              invalid={invalid}
              aria-describedby={describedBy}
              value={form.values.notInformedReason}
              onChange={(event) =>
                form.set('notInformedReason')(event.target.value as NotInformedReason | '')
              }
            >
              <SelectOption value="">{t('informed.field.chooseReason')}</SelectOption>
              {NOT_INFORMED_REASONS.map((reason) => (
                <SelectOption key={reason} value={reason}>
                  {t(`informed.reason.${reason}`)}
                </SelectOption>
              ))}
            </Select>
          )}
        </LabelledField>
      )}
      {form.values.informed !== '' && (
        <LabelledField
          id={fieldId('explanation')}
          label={t('informed.field.explanation')}
          description={t('informed.field.explanationHint')}
          error={messageFor('explanation')}
        >
          {({ describedBy, invalid }) => (
            <Textarea
              id={fieldId('explanation')}
              rows={2}
              invalid={invalid}
              aria-describedby={describedBy}
              value={form.values.explanation}
              onChange={(event) => form.set('explanation')(event.target.value)}
            />
          )}
        </LabelledField>
      )}
      <div className="schakel-informed__actions">
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t('informed.submit')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('informed.cancel')}
        </Button>
      </div>
    </form>
  );
}
