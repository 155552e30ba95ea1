import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../i18n/hooks/useT';
import type { MeetingChair } from '../hooks/useMeetingChair';
import type { Meeting } from '../utils/meetingTypes';
import { AddMeetingItemForm } from './AddMeetingItemForm';
import { MeetingAgendaEntry } from './MeetingAgendaEntry';

interface MeetingAgendaProps {
  meeting: Meeting;
  /** The item shown next to the agenda, if any. */
  shownItemId: string | undefined;
  onShow: (itemId: string) => void;
  chair: MeetingChair;
  /** The chair may still change the agenda. */
  editable: boolean;
}

/** The agenda as this user may see it; the chair adds and removes items here. */
export function MeetingAgenda({
  meeting,
  shownItemId,
  onShow,
  chair,
  editable,
}: MeetingAgendaProps) {
  const t = useT();
  return (
    <section aria-labelledby="meeting-agenda-heading" className="schakel-meeting__agenda">
      <Heading level={2} id="meeting-agenda-heading">
        {t('meetings.agenda')}
      </Heading>
      {meeting.agenda.length === 0 ? (
        <Paragraph>{t('meetings.agendaEmpty')}</Paragraph>
      ) : (
        <ol className="schakel-meeting-agenda">
          {meeting.agenda.map((entry, index) => (
            <MeetingAgendaEntry
              key={entry.item?.id ?? entry.startsAt}
              meeting={meeting}
              entry={entry}
              number={index + 1}
              shown={!!entry.item && entry.item.id === shownItemId}
              onShow={onShow}
              chair={chair}
              editable={editable}
            />
          ))}
        </ol>
      )}
      {editable && <AddMeetingItemForm meeting={meeting} />}
    </section>
  );
}
