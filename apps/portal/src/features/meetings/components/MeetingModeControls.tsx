import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../i18n/hooks/useT';
import type { MeetingChair } from '../hooks/useMeetingChair';
import type { Meeting } from '../utils/meetingTypes';

interface MeetingModeControlsProps {
  meeting: Pick<Meeting, 'status'>;
  chair: MeetingChair;
  /** The item after the current one; no "next" button without it. */
  next: string | null;
}

/** The chair's controls: start, next item, and close with a confirmation. */
export function MeetingModeControls({ meeting, chair, next }: MeetingModeControlsProps) {
  const t = useT();
  return (
    <section aria-label={t('meetings.mode.heading')} className="schakel-flow">
      <Heading level={2}>{t('meetings.mode.heading')}</Heading>
      {chair.failure && (
        <Alert type="error">
          <Paragraph>{t('meetings.mode.failed')}</Paragraph>
          <Paragraph>{chair.failure}</Paragraph>
        </Alert>
      )}
      <ButtonGroup>
        {meeting.status === 'PLANNED' && (
          <Button appearance="primary-action-button" busy={chair.starting} onClick={chair.start}>
            {t('meetings.mode.start')}
          </Button>
        )}
        {meeting.status === 'IN_PROGRESS' && next && (
          <Button
            appearance="primary-action-button"
            busy={chair.moving}
            onClick={() => chair.moveTo(next)}
          >
            {t('meetings.mode.next')}
          </Button>
        )}
        {!chair.confirmingClose && (
          <Button appearance="secondary-action-button" onClick={chair.askClose}>
            {t('meetings.mode.close')}
          </Button>
        )}
      </ButtonGroup>
      {chair.confirmingClose && (
        <Alert type="warning">
          <Paragraph>{t('meetings.mode.closeConfirm')}</Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" busy={chair.closing} onClick={chair.close}>
              {t('meetings.mode.closeYes')}
            </Button>
            <Button appearance="secondary-action-button" onClick={chair.cancelClose}>
              {t('meetings.mode.closeNo')}
            </Button>
          </ButtonGroup>
        </Alert>
      )}
    </section>
  );
}
