import { useCallback, useState } from 'react';
import { useT } from '../../i18n/hooks/useT';
import type { Translate } from '../../i18n/utils/I18nContext';
import { useMeetingLive, type MeetingUpdate } from './useMeetingLive';

/** The sentence a screen reader hears for a live change, whoever made it and on which screen. */
function announcementOf(update: MeetingUpdate, t: Translate): string {
  const currentIndex = update.meeting.agenda.findIndex((entry) => entry.current);
  return {
    CURRENT_ITEM_CHANGED:
      currentIndex < 0
        ? t('meetings.live.noCurrent')
        : t('meetings.live.current', { number: currentIndex + 1 }),
    MINUTES_SAVED: t('meetings.live.minutes'),
    MEETING_STARTED: t('meetings.live.started'),
    MEETING_CLOSED: t('meetings.live.closed'),
    ITEM_ADDED: t('meetings.live.agenda'),
    ITEM_REMOVED: t('meetings.live.agenda'),
    ITEM_UPDATED: t('meetings.live.agenda'),
    ATTENDANCE_RECORDED: t('meetings.live.attendance'),
    MEETING_UPDATED: t('meetings.live.details'),
  }[update.kind];
}

/**
 * Follows a meeting live and returns what changed last, as a sentence for a polite live region,
 * and whether the live connection is being restored (see useMeetingLive).
 * `loadedEventId` as in useMeetingLive: undefined until the server has answered.
 */
export function useMeetingAnnouncement(
  meetingId: string,
  loadedEventId: string | null | undefined,
): { announcement: string; reconnecting: boolean } {
  const t = useT();
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback(
    (update: MeetingUpdate) => setAnnouncement(announcementOf(update, t)),
    [t],
  );
  const { reconnecting } = useMeetingLive(meetingId, loadedEventId, announce);
  return { announcement, reconnecting };
}
