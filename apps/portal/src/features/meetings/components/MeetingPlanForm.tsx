import { Button, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useNavigate } from 'react-router-dom';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { DateInput } from '../../forms/components/DateInput';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import type { MessageKey } from '../../i18n/messages/nl';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { PLAN_MEETING_MUTATION } from '../graphql/meetingDocuments';
import { useMeetingMutation } from '../hooks/useMeetingMutation';
import {
  checkMeeting,
  EMPTY_MEETING,
  firstProblem,
  MEETING_FIELDS,
  type MeetingField,
  type MeetingProblem,
  type MeetingProblems,
  type MeetingValues,
} from '../utils/meetingValidation';
import './meetings.css';

const LABELS: Record<MeetingField, MessageKey> = {
  date: 'meetings.planner.date',
  startTime: 'meetings.planner.startTime',
  endTime: 'meetings.planner.endTime',
  location: 'meetings.planner.location',
  onlineUrl: 'meetings.planner.onlineUrl',
};
const HINTS: Record<MeetingField, MessageKey> = {
  date: 'meetings.planner.dateHint',
  startTime: 'meetings.planner.timeHint',
  endTime: 'meetings.planner.timeHint',
  location: 'meetings.planner.locationHint',
  onlineUrl: 'meetings.planner.onlineUrlHint',
};
const TYPES: Record<MeetingField, string> = {
  date: 'date',
  startTime: 'time',
  endTime: 'time',
  location: 'text',
  onlineUrl: 'url',
};

const API_PROBLEM: Record<MeetingField, MeetingProblem> = {
  date: 'DATE',
  startTime: 'TIME',
  endTime: 'END_BEFORE_START',
  location: 'LOCATION_LENGTH',
  onlineUrl: 'URL',
};

/** The API names startsAt/endsAt; the form has a date and two times. */
function fieldOfApi(field: string | null): MeetingField | null {
  if (field === 'startsAt') return 'startTime';
  if (field === 'endsAt') return 'endTime';
  return (MEETING_FIELDS as readonly string[]).includes(field ?? '')
    ? (field as MeetingField)
    : null;
}

/** The planner: a date, a time slot and a place or link; the agenda follows on the meeting page. */
export function MeetingPlanForm() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const id = useId();
  useDocumentTitle(t('meetings.planner.title'));
  const fieldId = (field: MeetingField) => `${id}-${field}`;
  const [values, setValues] = useState<MeetingValues>(EMPTY_MEETING);
  const [problems, setProblems] = useState<MeetingProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const plan = useMeetingMutation(PLAN_MEETING_MUTATION);

  function show(found: MeetingProblems, message: string | null = null) {
    flushSync(() => {
      setProblems(found);
      setFailure(message);
      setAttempts((count) => count + 1);
    });
    document.getElementById(`${id}-summary`)?.focus();
  }

  function messageFor(field: MeetingField): string | null {
    const problem = problems[field];
    if (!problem) return null;
    return t(`meetings.problem.${problem}`, { field: t(LABELS[field]).toLowerCase() });
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (plan.loading) return;
    const { problems: found, slot } = checkMeeting(values);
    if (firstProblem(MEETING_FIELDS, found) || !slot) return show(found);
    const result = await plan.run({
      input: {
        startsAt: slot.startsAt.toISOString(),
        endsAt: slot.endsAt.toISOString(),
        location: values.location.trim() || null,
        onlineUrl: values.onlineUrl.trim() || null,
      },
    });
    if (result.ok) {
      void navigate(`/overleggen/${result.data.planMeeting.id}`);
      return;
    }
    // Everything typed stays: only what is wrong needs correcting.
    const field = fieldOfApi(result.field);
    if (result.code === 'BAD_USER_INPUT' && field) show({ [field]: API_PROBLEM[field] });
    else show({}, errorMessage(result.code));
  }

  const invalid = MEETING_FIELDS.flatMap((field) => {
    const message = messageFor(field);
    return message ? [{ fieldId: fieldId(field), message }] : [];
  });

  return (
    <form noValidate className="schakel-flow" onSubmit={(event) => void handleSubmit(event)}>
      <Heading level={1}>{t('meetings.planner.title')}</Heading>
      <Paragraph>{t('meetings.planner.intro')}</Paragraph>
      {(invalid.length > 0 || failure) && (
        <div id={`${id}-summary`} tabIndex={-1}>
          <ErrorSummary
            key={attempts}
            title={t('meetings.planner.notPlanned')}
            failure={failure}
            problems={invalid}
            onSelect={(target) => document.getElementById(target)?.focus()}
          />
        </div>
      )}
      {MEETING_FIELDS.map((field) => (
        <LabelledField
          key={field}
          id={fieldId(field)}
          label={t(LABELS[field])}
          description={t(HINTS[field])}
          error={messageFor(field)}
        >
          {({ describedBy, invalid: isInvalid }) =>
            field === 'date' ? (
              <DateInput
                id={fieldId(field)}
                name={field}
                label={t(LABELS[field])}
                invalid={isInvalid}
                describedBy={describedBy}
                value={values[field]}
                onChange={(value) => setValues((previous) => ({ ...previous, [field]: value }))}
              />
            ) : (
              <Textbox
                id={fieldId(field)}
                name={field}
                type={TYPES[field]}
                invalid={isInvalid}
                aria-describedby={describedBy}
                autoComplete="off"
                value={values[field]}
                onChange={(event) =>
                  setValues((previous) => ({ ...previous, [field]: event.target.value }))
                }
              />
            )
          }
        </LabelledField>
      ))}
      <div>
        <Button type="submit" appearance="primary-action-button" busy={plan.loading}>
          {t('meetings.planner.submit')}
        </Button>
      </div>
    </form>
  );
}
