import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
} from '@utrecht/component-library-react';
import { useT } from '../../i18n/hooks/useT';
import type { AddMeetingItemFormState } from '../hooks/useAddMeetingItemForm';

interface MeetingInviteesFieldsetProps {
  form: AddMeetingItemFormState;
}

/** The case's participating agencies, each invited to the agenda item unless unticked. */
export function MeetingInviteesFieldset({ form }: MeetingInviteesFieldsetProps) {
  const t = useT();
  const fieldsetId = form.fieldId('invitedAgencyIds');
  const error = form.messageFor('invitedAgencyIds');
  return (
    <Fieldset
      id={fieldsetId}
      tabIndex={-1}
      invalid={error !== null}
      aria-describedby={`${fieldsetId}-hint`}
    >
      <FieldsetLegend>{t('meetings.planner.invitees')}</FieldsetLegend>
      <FormFieldDescription id={`${fieldsetId}-hint`}>
        {t('meetings.planner.inviteesHint')}
      </FormFieldDescription>
      {error && <FormFieldErrorMessage>{error}</FormFieldErrorMessage>}
      {form.agenciesLoading && (
        <Paragraph role="status">{t('meetings.planner.inviteesLoading')}</Paragraph>
      )}
      {form.agencies.map((agency) => (
        <FormField
          key={agency.id}
          type="checkbox"
          label={<FormLabel htmlFor={`${form.id}-agency-${agency.id}`}>{agency.name}</FormLabel>}
          input={
            <Checkbox
              id={`${form.id}-agency-${agency.id}`}
              checked={form.values.invitedAgencyIds.includes(agency.id)}
              onChange={(event) => form.setInvited(agency.id, event.target.checked)}
            />
          }
        />
      ))}
    </Fieldset>
  );
}
