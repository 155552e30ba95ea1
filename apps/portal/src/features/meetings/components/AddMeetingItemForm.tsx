import {
  Button,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { personNameText } from '../../cases/utils/personNameText';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import {
  ITEM_LABELS,
  useAddMeetingItemForm,
  type MeetingForItem,
} from '../hooks/useAddMeetingItemForm';
import { MeetingInviteesFieldset } from './MeetingInviteesFieldset';

interface AddMeetingItemFormProps {
  meeting: MeetingForItem;
}

/** Puts a case on the agenda: a slot, and the case's participants invited unless unticked. */
export function AddMeetingItemForm({ meeting }: AddMeetingItemFormProps) {
  const t = useT();
  const form = useAddMeetingItemForm(meeting);
  const { fieldId, messageFor, values } = form;

  return (
    <form noValidate className="schakel-flow" onSubmit={form.submit}>
      <Heading level={3}>{t('meetings.planner.addItem')}</Heading>
      <div id={form.summaryId} tabIndex={-1}>
        {(form.summary.length > 0 || form.failure) && (
          <ErrorSummary
            key={form.attempts}
            title={t('meetings.planner.notAdded')}
            failure={form.failure}
            problems={form.summary}
            onSelect={(target) => document.getElementById(target)?.focus()}
          />
        )}
        {form.added && <Paragraph role="status">{t('meetings.planner.added')}</Paragraph>}
      </div>
      <LabelledField
        id={fieldId('caseId')}
        label={t('meetings.planner.case')}
        error={messageFor('caseId')}
      >
        {({ describedBy, invalid }) => (
          <Select
            id={fieldId('caseId')}
            name="caseId"
            invalid={invalid}
            aria-describedby={describedBy}
            value={values.caseId}
            onChange={(event) => form.chooseCase(event.target.value)}
          >
            <SelectOption value="">{t('meetings.planner.chooseCase')}</SelectOption>
            {form.choices.map((c) => (
              <SelectOption key={c.id} value={c.id}>
                {`${c.reference} — ${personNameText(c.subject, t('protected.withheld'))}`}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      {(['startTime', 'endTime'] as const).map((field) => (
        <LabelledField
          key={field}
          id={fieldId(field)}
          label={t(ITEM_LABELS[field])}
          description={t('meetings.planner.itemTimeHint')}
          error={messageFor(field)}
        >
          {({ describedBy, invalid }) => (
            <Textbox
              id={fieldId(field)}
              name={field}
              type="time"
              invalid={invalid}
              aria-describedby={describedBy}
              value={values[field]}
              onChange={(event) => form.setTime(field, event.target.value)}
            />
          )}
        </LabelledField>
      ))}
      {values.caseId !== '' && <MeetingInviteesFieldset form={form} />}
      <div>
        <Button type="submit" appearance="secondary-action-button" busy={form.pending}>
          {t('meetings.planner.addSubmit')}
        </Button>
      </div>
    </form>
  );
}
