import { useQuery } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useState } from 'react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { RouterLink } from '../../shell/components/RouterLink';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import {
  CLOSE_MEETING_MUTATION,
  MEETING_QUERY,
  REMOVE_MEETING_ITEM_MUTATION,
  SET_CURRENT_MEETING_ITEM_MUTATION,
  START_MEETING_MUTATION,
} from '../graphql/meetingDocuments';
import { useMeetingLive, type MeetingUpdate } from '../hooks/useMeetingLive';
import { useMeetingMutation, type MeetingMutationResult } from '../hooks/useMeetingMutation';
import { formatTime } from '../utils/amsterdamTime';
import type { Meeting } from '../utils/meetingTypes';
import { AddMeetingItemForm } from './AddMeetingItemForm';
import { AgendaEntryText } from './AgendaEntryText';
import { MeetingFacts } from './MeetingFacts';
import { MeetingItemPanel } from './MeetingItemPanel';
import './meetings.css';

interface MeetingViewProps {
  meetingId: string;
}

/**
 * The meeting page and meeting mode: the agenda as this user may see it on the left, the item
 * being looked at on the right; the chair runs the meeting from here. Everything follows live.
 */
export function MeetingView({ meetingId }: MeetingViewProps) {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const { data, error, loading, refetch } = useQuery(MEETING_QUERY, {
    variables: { id: meetingId },
    fetchPolicy: 'cache-and-network',
  });
  const meeting = data?.meeting;
  const [announcement, setAnnouncement] = useState('');
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmClose, setConfirmClose] = useState(false);
  const start = useMeetingMutation(START_MEETING_MUTATION);
  const setCurrent = useMeetingMutation(SET_CURRENT_MEETING_ITEM_MUTATION);
  const close = useMeetingMutation(CLOSE_MEETING_MUTATION);
  const remove = useMeetingMutation(REMOVE_MEETING_ITEM_MUTATION);
  useDocumentTitle(
    meeting
      ? t('meetings.page.title', { date: formatDate(meeting.startsAt, locale) })
      : t('meetings.page.loading'),
  );

  const announce = useCallback(
    (update: MeetingUpdate) => {
      const agenda = update.meeting.agenda;
      const currentIndex = agenda.findIndex((entry) => entry.current);
      const text = {
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
      setAnnouncement(text);
    },
    [t],
  );
  // Only from the server's answer: a cached copy (from Mijn overleggen) may be older.
  useMeetingLive(
    meetingId,
    meeting && !loading ? (meeting.lastEventId ?? null) : undefined,
    announce,
  );

  const reload = useCallback(
    async (itemId: string) => {
      const result = await refetch();
      const entry = result.data?.meeting.agenda.find((e) => e.item?.id === itemId);
      return entry?.item?.revision ?? null;
    },
    [refetch],
  );

  if (!meeting) {
    return (
      <div className="schakel-flow">
        <Heading level={1}>{t('meetings.page.loading')}</Heading>
        {error ? (
          <Paragraph role="alert">{errorMessage(errorCodeOf(error))}</Paragraph>
        ) : (
          <Paragraph role="status">{loading ? t('meetings.page.loading') : ''}</Paragraph>
        )}
      </div>
    );
  }

  const visible = meeting.agenda.filter((entry) => entry.item !== null && entry.item !== undefined);
  const currentEntry = meeting.agenda.find((entry) => entry.current);
  const shown =
    visible.find((entry) => entry.item?.id === chosenId) ??
    (currentEntry?.item ? currentEntry : undefined);
  const shownNumber = shown ? meeting.agenda.indexOf(shown) + 1 : 0;

  async function act<T>(promise: Promise<MeetingMutationResult<T>>) {
    setFailure(null);
    const result = await promise;
    if (!result.ok) setFailure(errorMessage(result.code));
    return result.ok;
  }

  function nextItem(m: Meeting): string | null {
    const items = m.agenda.filter((e) => e.item);
    const index = items.findIndex((e) => e.current);
    return items[index + 1]?.item?.id ?? null;
  }
  const next = nextItem(meeting);
  const editable = meeting.isChair && meeting.status !== 'CLOSED';
  const date = formatDate(meeting.startsAt, locale);

  return (
    <div className="schakel-flow schakel-meeting">
      <Heading level={1}>{t('meetings.page.title', { date })}</Heading>
      <Paragraph>
        <RouterLink to="/overleggen">{t('meetings.page.back')}</RouterLink>
      </Paragraph>
      {/* Read out what changed, also when the chair changed it on another screen. */}
      <div aria-live="polite" role="status" className="schakel-visually-hidden">
        {announcement}
      </div>

      <section aria-label={t('meetings.page.details')} className="schakel-flow">
        <MeetingFacts
          meeting={meeting}
          leading={
            <div>
              <dt>{t('meetings.page.time')}</dt>
              <dd>
                {formatTime(meeting.startsAt)}–{formatTime(meeting.endsAt)}
              </dd>
            </div>
          }
        />
      </section>

      {meeting.isChair && meeting.status !== 'CLOSED' && (
        <section aria-label={t('meetings.mode.heading')} className="schakel-flow">
          <Heading level={2}>{t('meetings.mode.heading')}</Heading>
          {failure && (
            <Alert type="error">
              <Paragraph>{t('meetings.mode.failed')}</Paragraph>
              <Paragraph>{failure}</Paragraph>
            </Alert>
          )}
          <ButtonGroup>
            {meeting.status === 'PLANNED' && (
              <Button
                appearance="primary-action-button"
                busy={start.loading}
                onClick={() => void act(start.run({ meetingId: meeting.id }))}
              >
                {t('meetings.mode.start')}
              </Button>
            )}
            {meeting.status === 'IN_PROGRESS' && next && (
              <Button
                appearance="primary-action-button"
                busy={setCurrent.loading}
                onClick={() =>
                  void act(setCurrent.run({ input: { meetingId: meeting.id, itemId: next } })).then(
                    (ok) => ok && setChosenId(null),
                  )
                }
              >
                {t('meetings.mode.next')}
              </Button>
            )}
            {!confirmClose && (
              <Button appearance="secondary-action-button" onClick={() => setConfirmClose(true)}>
                {t('meetings.mode.close')}
              </Button>
            )}
          </ButtonGroup>
          {confirmClose && (
            <Alert type="warning">
              <Paragraph>{t('meetings.mode.closeConfirm')}</Paragraph>
              <ButtonGroup>
                <Button
                  appearance="primary-action-button"
                  busy={close.loading}
                  onClick={() =>
                    void act(close.run({ meetingId: meeting.id })).then(() =>
                      setConfirmClose(false),
                    )
                  }
                >
                  {t('meetings.mode.closeYes')}
                </Button>
                <Button appearance="secondary-action-button" onClick={() => setConfirmClose(false)}>
                  {t('meetings.mode.closeNo')}
                </Button>
              </ButtonGroup>
            </Alert>
          )}
        </section>
      )}

      <div className="schakel-meeting__layout">
        <section aria-labelledby="meeting-agenda-heading" className="schakel-meeting__agenda">
          <Heading level={2} id="meeting-agenda-heading">
            {t('meetings.agenda')}
          </Heading>
          {meeting.agenda.length === 0 ? (
            <Paragraph>{t('meetings.agendaEmpty')}</Paragraph>
          ) : (
            <ol className="schakel-meeting-agenda">
              {meeting.agenda.map((entry, index) => {
                const number = index + 1;
                const item = entry.item;
                return (
                  <li
                    key={item?.id ?? entry.startsAt}
                    className={`schakel-meeting-entry${entry.current ? ' schakel-meeting-entry--current' : ''}`}
                    aria-current={entry.current ? 'step' : undefined}
                  >
                    <span className="schakel-meeting-entry__number">
                      {t('meetings.itemNumber', { number })}
                    </span>{' '}
                    <AgendaEntryText entry={entry} />
                    {entry.current && (
                      <span className="schakel-meeting-current-marker">
                        {t('meetings.current')}
                      </span>
                    )}
                    {item && (
                      <ButtonGroup>
                        <Button
                          appearance="subtle-button"
                          aria-pressed={shown?.item?.id === item.id}
                          onClick={() => setChosenId(item.id)}
                        >
                          {t('meetings.show', { number })}
                        </Button>
                        {meeting.isChair && meeting.status === 'IN_PROGRESS' && !entry.current && (
                          <Button
                            appearance="subtle-button"
                            onClick={() =>
                              void act(
                                setCurrent.run({
                                  input: { meetingId: meeting.id, itemId: item.id },
                                }),
                              ).then((ok) => ok && setChosenId(null))
                            }
                          >
                            {t('meetings.makeCurrent', { number })}
                          </Button>
                        )}
                        {editable && (
                          <Button
                            appearance="subtle-button"
                            onClick={() => void act(remove.run({ itemId: item.id }))}
                          >
                            {t('meetings.remove', { number })}
                          </Button>
                        )}
                      </ButtonGroup>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
          {editable && <AddMeetingItemForm meeting={meeting} />}
        </section>

        <div className="schakel-meeting__item">
          {shown?.item ? (
            <MeetingItemPanel
              key={shown.item.id}
              meeting={meeting}
              item={shown.item}
              number={shownNumber}
              current={shown.current}
              reload={() => reload(shown.item!.id)}
            />
          ) : (
            <Paragraph>{t('meetings.page.noItem')}</Paragraph>
          )}
        </div>
      </div>
    </div>
  );
}
