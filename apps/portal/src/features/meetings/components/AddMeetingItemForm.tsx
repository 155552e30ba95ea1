import { useLazyQuery, useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import type { MessageKey } from '../../i18n/messages/nl';
import {
  ADD_MEETING_ITEM_MUTATION,
  CASE_PARTICIPANT_AGENCIES_QUERY,
  PLANNER_CASES_QUERY,
} from '../graphql/meetingDocuments';
import { useMeetingMutation } from '../hooks/useMeetingMutation';
import { toAmsterdam } from '../utils/amsterdamTime';
import type { Meeting } from '../utils/meetingTypes';
import {
  checkItem,
  firstProblem,
  ITEM_FIELDS,
  type ItemField,
  type ItemProblems,
  type ItemValues,
} from '../utils/meetingValidation';

const EMPTY: ItemValues = { caseId: '', startTime: '', endTime: '', invitedAgencyIds: [] };
const LABELS: Record<ItemField, MessageKey> = {
  caseId: 'meetings.planner.case',
  startTime: 'meetings.planner.startTime',
  endTime: 'meetings.planner.endTime',
  invitedAgencyIds: 'meetings.planner.invitees',
};

function fieldOfApi(field: string | null): ItemField | null {
  if (field === 'startsAt') return 'startTime';
  if (field === 'endsAt') return 'endTime';
  if (field?.startsWith('invitedAgencyIds')) return 'invitedAgencyIds';
  return field === 'caseId' ? 'caseId' : null;
}

interface AddMeetingItemFormProps {
  meeting: Pick<Meeting, 'id' | 'startsAt' | 'endsAt' | 'agenda'>;
}

/** Puts a case on the agenda: a slot, and the case's participants invited unless unticked. */
export function AddMeetingItemForm({ meeting }: AddMeetingItemFormProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const id = useId();
  const fieldId = (field: ItemField) => `${id}-${field}`;
  const [values, setValues] = useState<ItemValues>(EMPTY);
  const [problems, setProblems] = useState<ItemProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [added, setAdded] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const cases = useQuery(PLANNER_CASES_QUERY, { variables: { first: 100 } });
  const [loadParticipants, participants] = useLazyQuery(CASE_PARTICIPANT_AGENCIES_QUERY);
  const add = useMeetingMutation(ADD_MEETING_ITEM_MUTATION);

  const onAgenda = new Set(meeting.agenda.map((entry) => entry.item?.caseId).filter(Boolean));
  const choices = (cases.data?.cases.nodes ?? []).filter((c) => !onAgenda.has(c.id));
  const agencies =
    participants.data?.case.id === values.caseId
      ? participants.data.case.participants.filter((p) => p.active).map((p) => p.agency)
      : [];

  async function chooseCase(caseId: string) {
    setValues((previous) => ({ ...previous, caseId, invitedAgencyIds: [] }));
    if (!caseId) return;
    const { data } = await loadParticipants({ variables: { id: caseId } });
    // Default: every agency that takes part now.
    const ids = (data?.case.participants ?? []).filter((p) => p.active).map((p) => p.agency.id);
    setValues((previous) =>
      previous.caseId === caseId ? { ...previous, invitedAgencyIds: ids } : previous,
    );
  }

  function show(found: ItemProblems, message: string | null = null) {
    flushSync(() => {
      setProblems(found);
      setFailure(message);
      setAdded(false);
      setAttempts((count) => count + 1);
    });
    summaryRef.current?.focus();
  }

  function messageFor(field: ItemField): string | null {
    const problem = problems[field];
    if (!problem) return null;
    if (field === 'caseId' && problem === 'REQUIRED') return t('meetings.problem.caseRequired');
    return t(`meetings.problem.${problem}`, { field: t(LABELS[field]).toLowerCase() });
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.loading) return;
    const date = toAmsterdam(meeting.startsAt).date;
    const { problems: found, slot } = checkItem(values, {
      date,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
    });
    if (firstProblem(ITEM_FIELDS, found) || !slot) return show(found);
    const result = await add.run({
      input: {
        meetingId: meeting.id,
        caseId: values.caseId,
        startsAt: slot.startsAt.toISOString(),
        endsAt: slot.endsAt.toISOString(),
        invitedAgencyIds: values.invitedAgencyIds,
      },
    });
    if (!result.ok) {
      const field = fieldOfApi(result.field);
      if (result.code === 'BAD_USER_INPUT' && field) return show({ [field]: 'INVALID' });
      return show({}, errorMessage(result.code));
    }
    flushSync(() => {
      setValues(EMPTY);
      setProblems({});
      setFailure(null);
      setAdded(true);
    });
    summaryRef.current?.focus();
  }

  const invalid = ITEM_FIELDS.flatMap((field) => {
    const message = messageFor(field);
    return message ? [{ fieldId: fieldId(field), message }] : [];
  });
  const inviteesError = messageFor('invitedAgencyIds');

  return (
    <form noValidate className="schakel-flow" onSubmit={(event) => void handleSubmit(event)}>
      <Heading level={3}>{t('meetings.planner.addItem')}</Heading>
      <div ref={summaryRef} tabIndex={-1}>
        {(invalid.length > 0 || failure) && (
          <ErrorSummary
            key={attempts}
            title={t('meetings.planner.notAdded')}
            failure={failure}
            problems={invalid}
            onSelect={(target) => document.getElementById(target)?.focus()}
          />
        )}
        {added && <Paragraph role="status">{t('meetings.planner.added')}</Paragraph>}
      </div>
      <LabelledField
        id={fieldId('caseId')}
        label={t('meetings.planner.case')}
        error={messageFor('caseId')}
      >
        {({ describedBy, invalid: isInvalid }) => (
          <Select
            id={fieldId('caseId')}
            name="caseId"
            invalid={isInvalid}
            aria-describedby={describedBy}
            value={values.caseId}
            onChange={(event) => void chooseCase(event.target.value)}
          >
            <SelectOption value="">{t('meetings.planner.chooseCase')}</SelectOption>
            {choices.map((c) => (
              <SelectOption key={c.id} value={c.id}>
                {c.reference}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      {(['startTime', 'endTime'] as const).map((field) => (
        <LabelledField
          key={field}
          id={fieldId(field)}
          label={t(LABELS[field])}
          description={t('meetings.planner.itemTimeHint')}
          error={messageFor(field)}
        >
          {({ describedBy, invalid: isInvalid }) => (
            <Textbox
              id={fieldId(field)}
              name={field}
              type="time"
              invalid={isInvalid}
              aria-describedby={describedBy}
              value={values[field]}
              onChange={(event) =>
                setValues((previous) => ({ ...previous, [field]: event.target.value }))
              }
            />
          )}
        </LabelledField>
      ))}
      {values.caseId !== '' && (
        <Fieldset
          id={fieldId('invitedAgencyIds')}
          tabIndex={-1}
          invalid={inviteesError !== null}
          aria-describedby={`${fieldId('invitedAgencyIds')}-hint`}
        >
          <FieldsetLegend>{t('meetings.planner.invitees')}</FieldsetLegend>
          <FormFieldDescription id={`${fieldId('invitedAgencyIds')}-hint`}>
            {t('meetings.planner.inviteesHint')}
          </FormFieldDescription>
          {inviteesError && <FormFieldErrorMessage>{inviteesError}</FormFieldErrorMessage>}
          {participants.loading && (
            <Paragraph role="status">{t('meetings.planner.inviteesLoading')}</Paragraph>
          )}
          {agencies.map((agency) => (
            <FormField
              key={agency.id}
              type="checkbox"
              label={<FormLabel htmlFor={`${id}-agency-${agency.id}`}>{agency.name}</FormLabel>}
              input={
                <Checkbox
                  id={`${id}-agency-${agency.id}`}
                  checked={values.invitedAgencyIds.includes(agency.id)}
                  onChange={(event) => {
                    const checked = event.target.checked;
                    setValues((previous) => ({
                      ...previous,
                      invitedAgencyIds: checked
                        ? [...previous.invitedAgencyIds, agency.id]
                        : previous.invitedAgencyIds.filter((a) => a !== agency.id),
                    }));
                  }}
                />
              }
            />
          ))}
        </Fieldset>
      )}
      <div>
        <Button type="submit" appearance="secondary-action-button" busy={add.loading}>
          {t('meetings.planner.addSubmit')}
        </Button>
      </div>
    </form>
  );
}
