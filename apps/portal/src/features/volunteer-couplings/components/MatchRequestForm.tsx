import { HELP_KINDS } from '@schakel/domain';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { FormProblemSummary } from '../../forms/components/FormProblemSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import { useMatchRequestForm } from '../hooks/useMatchRequestForm';

interface Organisation {
  id: string;
  name: string;
  consented: boolean;
  justiceConsented: boolean;
}

/** Probation's match request: only to an organisation the client consented to. */
export function MatchRequestForm({
  caseId,
  organisations,
  onSent,
}: {
  caseId: string;
  organisations: readonly Organisation[];
  onSent: () => void;
}) {
  const t = useT();
  const form = useMatchRequestForm(caseId, onSent);
  const { fieldId, controlId, messageFor, problems } = form.problems;
  const consented = organisations.filter((o) => o.consented);
  const chosen = consented.find((o) => o.id === form.values.volunteerAgencyId);
  if (consented.length === 0) return <Paragraph>{t('couplings.case.noConsent')}</Paragraph>;
  return (
    <form className="schakel-flow" noValidate onSubmit={form.submit}>
      <FormProblemSummary title={t('couplings.case.notSent')} form={form.problems} />
      <Paragraph>{t('couplings.case.sends')}</Paragraph>
      <LabelledField
        id={fieldId('volunteerAgencyId')}
        label={t('couplings.case.organisation')}
        error={messageFor('volunteerAgencyId')}
      >
        {({ describedBy, invalid }) => (
          <Select
            id={fieldId('volunteerAgencyId')}
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.volunteerAgencyId}
            onChange={(e) => form.set('volunteerAgencyId', e.target.value)}
          >
            <SelectOption value="">{t('couplings.case.chooseOrganisation')}</SelectOption>
            {consented.map((o) => (
              <SelectOption key={o.id} value={o.id}>
                {o.name}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      <Fieldset id={fieldId('helpAsked')} tabIndex={-1} invalid={Boolean(problems.helpAsked)}>
        <FieldsetLegend>{t('couplings.field.helpAsked')}</FieldsetLegend>
        {messageFor('helpAsked') && <Paragraph>{messageFor('helpAsked')}</Paragraph>}
        {HELP_KINDS.map((kind) => (
          <div key={kind} className="schakel-referral__choice">
            <Checkbox
              id={controlId(`help-${kind}`)}
              checked={form.values.helpAsked.includes(kind)}
              onChange={(e) => form.toggleHelp(kind, e.target.checked)}
            />
            <FormLabel htmlFor={controlId(`help-${kind}`)} type="checkbox">
              {t(`couplings.help.${kind}`)}
            </FormLabel>
          </div>
        ))}
      </Fieldset>
      {form.values.helpAsked.includes('OTHER') && (
        <LabelledField
          id={fieldId('helpOther')}
          label={t('couplings.field.helpOther')}
          error={messageFor('helpOther')}
        >
          {({ describedBy, invalid }) => (
            <Textbox
              id={fieldId('helpOther')}
              invalid={invalid}
              aria-describedby={describedBy}
              value={form.values.helpOther}
              onChange={(e) => form.set('helpOther', e.target.value)}
            />
          )}
        </LabelledField>
      )}
      <LabelledField
        id={fieldId('availability')}
        label={t('couplings.field.availability')}
        error={messageFor('availability')}
      >
        {({ describedBy, invalid }) => (
          <Textbox
            id={fieldId('availability')}
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.availability}
            onChange={(e) => form.set('availability', e.target.value)}
          />
        )}
      </LabelledField>
      <LabelledField
        id={fieldId('safetyNote')}
        label={t('couplings.field.safetyNote')}
        error={messageFor('safetyNote')}
      >
        {({ describedBy, invalid }) => (
          <Textarea
            id={fieldId('safetyNote')}
            rows={2}
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.safetyNote}
            onChange={(e) => form.set('safetyNote', e.target.value)}
          />
        )}
      </LabelledField>
      {chosen?.justiceConsented ? (
        <LabelledField
          id={fieldId('offenceSummary')}
          label={t('couplings.field.offenceSummary')}
          description={t('couplings.case.offenceHint')}
          error={messageFor('offenceSummary')}
        >
          {({ describedBy, invalid }) => (
            <Textarea
              id={fieldId('offenceSummary')}
              rows={2}
              invalid={invalid}
              aria-describedby={describedBy}
              value={form.values.offenceSummary}
              onChange={(e) => form.set('offenceSummary', e.target.value)}
            />
          )}
        </LabelledField>
      ) : (
        chosen && <Paragraph>{t('couplings.case.offenceNotAllowed')}</Paragraph>
      )}
      <div>
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t('couplings.case.submit')}
        </Button>
      </div>
    </form>
  );
}
