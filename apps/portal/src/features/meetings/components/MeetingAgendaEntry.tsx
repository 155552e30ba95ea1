import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useT } from '../../i18n/hooks/useT';
import type { MeetingChair } from '../hooks/useMeetingChair';
import type { AgendaEntry, Meeting } from '../utils/meetingTypes';
import { AgendaEntryText } from './AgendaEntryText';

interface MeetingAgendaEntryProps {
  meeting: Pick<Meeting, 'isChair' | 'status'>;
  entry: AgendaEntry;
  /** 1-based, hidden slots included. */
  number: number;
  /** This entry's item is the one shown next to the agenda. */
  shown: boolean;
  onShow: (itemId: string) => void;
  chair: MeetingChair;
  /** The chair may still change the agenda. */
  editable: boolean;
}

/** One agenda line: its number, time and case (or only a time slot), and what can be done with it. */
export function MeetingAgendaEntry({
  meeting,
  entry,
  number,
  shown,
  onShow,
  chair,
  editable,
}: MeetingAgendaEntryProps) {
  const t = useT();
  const item = entry.item;
  return (
    <li
      className={`schakel-meeting-entry${entry.current ? ' schakel-meeting-entry--current' : ''}`}
      aria-current={entry.current ? 'step' : undefined}
    >
      <span className="schakel-meeting-entry__number">{t('meetings.itemNumber', { number })}</span>{' '}
      <AgendaEntryText entry={entry} />
      {entry.current && (
        <span className="schakel-meeting-current-marker">{t('meetings.current')}</span>
      )}
      {item && (
        <ButtonGroup>
          <Button appearance="subtle-button" aria-pressed={shown} onClick={() => onShow(item.id)}>
            {t('meetings.show', { number })}
          </Button>
          {meeting.isChair && meeting.status === 'IN_PROGRESS' && !entry.current && (
            <Button appearance="subtle-button" onClick={() => chair.moveTo(item.id)}>
              {t('meetings.makeCurrent', { number })}
            </Button>
          )}
          {editable && (
            <Button appearance="subtle-button" onClick={() => chair.remove(item.id)}>
              {t('meetings.remove', { number })}
            </Button>
          )}
        </ButtonGroup>
      )}
    </li>
  );
}
