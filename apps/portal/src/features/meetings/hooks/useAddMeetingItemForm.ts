import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import type { MessageKey } from '../../i18n/messages/nl';
import {
  ADD_MEETING_ITEM_MUTATION,
  CASE_PARTICIPANT_AGENCIES_QUERY,
  PLANNER_CASES_QUERY,
} from '../graphql/meetingDocuments';
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
import { useMeetingMutation } from './useMeetingMutation';

const EMPTY: ItemValues = { caseId: '', startTime: '', endTime: '', invitedAgencyIds: [] };
export const ITEM_LABELS: Record<ItemField, MessageKey> = {
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

export type MeetingForItem = Pick<Meeting, 'id' | 'startsAt' | 'endsAt' | 'agenda'>;

/**
 * The state and submit of putting a case on the agenda: the cases not yet on it, the case's
 * participants (all invited by default) and the slot checked against the meeting's times.
 */
export function useAddMeetingItemForm(meeting: MeetingForItem) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const id = useId();
  const fieldId = (field: ItemField) => `${id}-${field}`;
  const [values, setValues] = useState<ItemValues>(EMPTY);
  const [problems, setProblems] = useState<ItemProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [added, setAdded] = useState(false);
  const summaryId = `${id}-summary`;
  const focusSummary = () => document.getElementById(summaryId)?.focus();
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

  function setTime(field: 'startTime' | 'endTime', value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
  }

  function setInvited(agencyId: string, checked: boolean) {
    setValues((previous) => ({
      ...previous,
      invitedAgencyIds: checked
        ? [...previous.invitedAgencyIds, agencyId]
        : previous.invitedAgencyIds.filter((a) => a !== agencyId),
    }));
  }

  function show(found: ItemProblems, message: string | null = null) {
    flushSync(() => {
      setProblems(found);
      setFailure(message);
      setAdded(false);
      setAttempts((count) => count + 1);
    });
    focusSummary();
  }

  function messageFor(field: ItemField): string | null {
    const problem = problems[field];
    if (!problem) return null;
    if (field === 'caseId' && problem === 'REQUIRED') return t('meetings.problem.caseRequired');
    return t(`meetings.problem.${problem}`, { field: t(ITEM_LABELS[field]).toLowerCase() });
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
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
    focusSummary();
  }

  const summary = ITEM_FIELDS.flatMap((field) => {
    const message = messageFor(field);
    return message ? [{ fieldId: fieldId(field), message }] : [];
  });

  return {
    /** The form's own id, for controls that are not fields (one checkbox per agency). */
    id,
    fieldId,
    values,
    choices,
    agencies,
    agenciesLoading: participants.loading,
    chooseCase: (caseId: string) => void chooseCase(caseId),
    setTime,
    setInvited,
    messageFor,
    summary,
    failure,
    attempts,
    added,
    /** The summary's wrapper, focused after each attempt. */
    summaryId,
    pending: add.loading,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}

export type AddMeetingItemFormState = ReturnType<typeof useAddMeetingItemForm>;
