import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { MEETING_QUERY } from '../graphql/meetingDocuments';
import type { AgendaEntry, Meeting } from '../utils/meetingTypes';
import { useMeetingAnnouncement } from './useMeetingAnnouncement';
import { useMeetingChair } from './useMeetingChair';

/** The item the user chose, else the current one (if this user may see it). */
function shownEntry(meeting: Meeting, chosenId: string | null): AgendaEntry | undefined {
  const visible = meeting.agenda.filter((entry) => entry.item !== null && entry.item !== undefined);
  const currentEntry = meeting.agenda.find((entry) => entry.current);
  return (
    visible.find((entry) => entry.item?.id === chosenId) ??
    (currentEntry?.item ? currentEntry : undefined)
  );
}

/** The visible item after the current one, for the chair's "next" button. */
function nextItemId(meeting: Meeting): string | null {
  const items = meeting.agenda.filter((e) => e.item);
  const index = items.findIndex((e) => e.current);
  return items[index + 1]?.item?.id ?? null;
}

/**
 * The meeting page's data and state: the meeting (following live), which item is shown, and what
 * the chair can do.
 */
export function useMeetingView(meetingId: string) {
  const { t, locale } = useI18n();
  const { data, error, loading, refetch } = useQuery(MEETING_QUERY, {
    variables: { id: meetingId },
    fetchPolicy: 'cache-and-network',
  });
  const meeting = data?.meeting;
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chair = useMeetingChair(meetingId, () => setChosenId(null));
  useDocumentTitle(
    meeting
      ? t('meetings.page.title', { date: formatDate(meeting.startsAt, locale) })
      : t('meetings.page.loading'),
  );
  // Only from the server's answer: a cached copy (from Mijn overleggen) may be older.
  const { announcement, reconnecting } = useMeetingAnnouncement(
    meetingId,
    meeting && !loading ? (meeting.lastEventId ?? null) : undefined,
  );

  /** Reloads the meeting and returns the item's revision now (for an editor that lost a race). */
  const reload = useCallback(
    async (itemId: string) => {
      const result = await refetch();
      const entry = result.data?.meeting.agenda.find((e) => e.item?.id === itemId);
      return entry?.item?.revision ?? null;
    },
    [refetch],
  );

  const shown = meeting ? shownEntry(meeting, chosenId) : undefined;
  return {
    meeting,
    error,
    loading,
    announcement,
    reconnecting,
    chair,
    shown,
    shownNumber: meeting && shown ? meeting.agenda.indexOf(shown) + 1 : 0,
    next: meeting ? nextItemId(meeting) : null,
    show: setChosenId,
    reload,
  };
}
