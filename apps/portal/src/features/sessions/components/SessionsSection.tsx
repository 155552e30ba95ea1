import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { formatShortDateTime } from '../../i18n/utils/formatDate';
import { useI18n } from '../../i18n/hooks/useI18n';
import { useT } from '../../i18n/hooks/useT';
import { useMySessions } from '../hooks/useMySessions';
import { describeUserAgent } from '../utils/describeUserAgent';
import './SessionsSection.css';

/** The account page's list of one's active sessions, with "end this session" and "log out everywhere". */
export function SessionsSection() {
  const t = useT();
  const { locale } = useI18n();
  const headingId = useId();
  const everywhereId = useId();
  const state = useMySessions();

  const device = (ua: string | null) => {
    const known = describeUserAgent(ua);
    return known ? t('sessions.device', known) : t('sessions.unknownDevice');
  };
  const method = (m: string) => (m === 'password' ? t('sessions.method.password') : m);

  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('sessions.heading')}
      </Heading>
      <Paragraph>{t('sessions.intro')}</Paragraph>
      <div aria-live="polite">
        {state.message === 'ended' && <Paragraph>{t('sessions.ended')}</Paragraph>}
      </div>
      {(state.message === 'endFailed' || state.message === 'everywhereFailed') && (
        <Alert type="error" role="alert">
          <Paragraph>{t(`sessions.${state.message}`)}</Paragraph>
        </Alert>
      )}
      {state.loading && !state.sessions && <Paragraph>{t('sessions.loading')}</Paragraph>}
      {state.failed && <Paragraph>{t('sessions.loadFailed')}</Paragraph>}
      {state.sessions && (
        <ul className="schakel-sessions">
          {state.sessions.map((s) => {
            const name = device(s.userAgent);
            const started = formatShortDateTime(String(s.startedAt), locale);
            return (
              <li key={s.id} className="schakel-sessions__item">
                <Paragraph>
                  <strong>{name}</strong>
                  {s.current && <> — {t('sessions.current')}</>}
                </Paragraph>
                <dl className="schakel-sessions__facts">
                  <dt>{t('sessions.address')}</dt>
                  <dd>{s.originAddress ?? '—'}</dd>
                  <dt>{t('sessions.started')}</dt>
                  <dd>
                    <time dateTime={String(s.startedAt)}>{started}</time>
                  </dd>
                  <dt>{t('sessions.lastSeen')}</dt>
                  <dd>
                    <time dateTime={String(s.lastSeenAt)}>
                      {formatShortDateTime(String(s.lastSeenAt), locale)}
                    </time>
                  </dd>
                  <dt>{t('sessions.method')}</dt>
                  <dd>{method(s.method)}</dd>
                </dl>
                {!s.current && (
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    aria-label={t('sessions.endLabel', { device: name, started })}
                    disabled={state.ending}
                    onClick={() => void state.end(s.id)}
                  >
                    {t('sessions.end')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {state.sessions && state.sessions.every((s) => s.current) && (
        <Paragraph>{t('sessions.none')}</Paragraph>
      )}
      <Paragraph id={everywhereId}>{t('sessions.everywhereIntro')}</Paragraph>
      <Button
        type="button"
        appearance="secondary-action-button"
        aria-describedby={everywhereId}
        busy={state.leaving}
        onClick={() => void state.logOutEverywhere()}
      >
        {t('sessions.everywhere')}
      </Button>
    </section>
  );
}
