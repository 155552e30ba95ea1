import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { RouterLink } from '../../shell/components/RouterLink';
import { useMeetingView } from '../hooks/useMeetingView';
import { formatTime } from '../utils/amsterdamTime';
import { MeetingAgenda } from './MeetingAgenda';
import { MeetingFacts } from './MeetingFacts';
import { MeetingItemPanel } from './MeetingItemPanel';
import { MeetingModeControls } from './MeetingModeControls';
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
  const {
    meeting,
    error,
    loading,
    announcement,
    reconnecting,
    chair,
    shown,
    shownNumber,
    next,
    show,
    reload,
  } = useMeetingView(meetingId);

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
      {/* Shown while the live connection is being restored: the page may be behind meanwhile. */}
      <div aria-live="polite">
        {reconnecting && (
          // Seen, not only heard: the page may show an older state until the line is back. A
          // status, not an alert: the surrounding polite region announces it without interrupting.
          <Alert type="warning" role="status">
            <Paragraph>{t('meetings.live.reconnecting')}</Paragraph>
          </Alert>
        )}
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

      {editable && <MeetingModeControls meeting={meeting} chair={chair} next={next} />}

      <div className="schakel-meeting__layout">
        <MeetingAgenda
          meeting={meeting}
          shownItemId={shown?.item?.id}
          onShow={show}
          chair={chair}
          editable={editable}
        />

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
