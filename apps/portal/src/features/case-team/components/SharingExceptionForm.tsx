import {
  Alert,
  Button,
  Checkbox,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import type { InformationCategory } from '../../../gql/graphql';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import {
  useSharingExceptionForm,
  type Recipient,
  type SharingExceptionKind,
} from '../hooks/useSharingExceptionForm';
import './case-team.css';

interface SharingExceptionFormProps {
  kind: SharingExceptionKind;
  caseId: string;
  /** The categories the caller's agency holds (may write) in this case. */
  categories: readonly InformationCategory[];
  recipients: readonly Recipient[];
}

/** A consent or a conflict-of-duties decision: one category, one recipient, and its grounds. */
export function SharingExceptionForm({
  kind,
  caseId,
  categories,
  recipients,
}: SharingExceptionFormProps) {
  const t = useT();
  const form = useSharingExceptionForm(kind, caseId, recipients);
  const { fieldId, message, values } = form;
  return (
    <form noValidate className="schakel-flow schakel-team-form" onSubmit={form.submit}>
      {form.failure && (
        <Alert type="error">
          <Paragraph>{form.failure}</Paragraph>
        </Alert>
      )}
      <div role="status">{form.done && <Paragraph>{form.done}</Paragraph>}</div>
      <LabelledField
        id={fieldId('category')}
        label={t('team.consent.category')}
        description={t('team.consent.categoryHint')}
        error={message('category')}
      >
        {({ describedBy, invalid }) => (
          <Select
            id={fieldId('category')}
            invalid={invalid}
            aria-describedby={describedBy}
            value={values.category}
            onChange={(event) => form.setCategory(event.target.value as InformationCategory | '')}
          >
            <SelectOption value="">{t('team.consent.chooseCategory')}</SelectOption>
            {categories.map((category) => (
              <SelectOption key={category} value={category}>
                {t(`category.${category}`)}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      <LabelledField
        id={fieldId('recipientAgencyId')}
        label={t('team.consent.recipient')}
        description={t('team.consent.recipientHint')}
        error={message('recipientAgencyId')}
      >
        {({ describedBy, invalid }) => (
          <Select
            id={fieldId('recipientAgencyId')}
            invalid={invalid}
            aria-describedby={describedBy}
            value={values.recipientAgencyId}
            onChange={(event) => form.setRecipient(event.target.value)}
          >
            <SelectOption value="">{t('team.consent.chooseRecipient')}</SelectOption>
            {recipients.map((agency) => (
              <SelectOption key={agency.id} value={agency.id}>
                {agency.name}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      {kind === 'consent' ? (
        <>
          <LabelledField
            id={fieldId('evidence')}
            label={t('team.consent.evidence')}
            description={t('team.consent.evidenceHint')}
            error={message('evidence')}
          >
            {({ describedBy, invalid }) => (
              <Textarea
                id={fieldId('evidence')}
                rows={2}
                invalid={invalid}
                aria-describedby={describedBy}
                value={values.evidence}
                onChange={(event) => form.setEvidence(event.target.value)}
              />
            )}
          </LabelledField>
          <div className="schakel-team-form__check">
            <Checkbox
              id={fieldId('scope')}
              checked={values.allCasesOfPerson}
              onChange={(event) => form.setAllCasesOfPerson(event.target.checked)}
            />
            <FormLabel htmlFor={fieldId('scope')} type="checkbox">
              {t('team.consent.scopePerson')}
            </FormLabel>
          </div>
          <LabelledField
            id={fieldId('validUntil')}
            label={t('team.consent.validUntil')}
            description={t('team.consent.validUntilHint')}
            error={message('validUntil')}
          >
            {({ describedBy, invalid }) => (
              <Textbox
                id={fieldId('validUntil')}
                type="date"
                invalid={invalid}
                aria-describedby={describedBy}
                value={values.validUntil}
                onChange={(event) => form.setValidUntil(event.target.value)}
              />
            )}
          </LabelledField>
        </>
      ) : (
        <LabelledField
          id={fieldId('reasoning')}
          label={t('team.decision.reasoning')}
          description={t('team.decision.reasoningHint')}
          error={message('reasoning')}
        >
          {({ describedBy, invalid }) => (
            <Textarea
              id={fieldId('reasoning')}
              rows={4}
              invalid={invalid}
              aria-describedby={describedBy}
              value={values.reasoning}
              onChange={(event) => form.setReasoning(event.target.value)}
            />
          )}
        </LabelledField>
      )}
      <div>
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t(kind === 'consent' ? 'team.consent.submit' : 'team.decision.submit')}
        </Button>
      </div>
    </form>
  );
}
