import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useLogout } from '../../auth/hooks/useLogout';
import { useSession } from '../../auth/hooks/useSession';
import { LOGIN_PATH } from '../../auth/utils/safeReturnPath';
import { useT } from '../../i18n/hooks/useT';
import { EXTEND_SESSION_MUTATION } from '../graphql/sessionsQueries';
import { onIdleExpiry, reportIdleExpiry } from '../utils/idleExpiry';
import './IdleWarning.css';

/** How long before the idle timeout the warning appears (WCAG 2.2.1: at least 20 seconds). */
export const WARN_BEFORE_MS = 2 * 60 * 1000;

/**
 * Warns two minutes before the session ends for lack of activity, with "Blijf ingelogd" (WCAG
 * 2.2.1 Timing Adjustable): a modal alert dialog that announces itself, takes the focus and
 * keeps it, and extends the session with one key press (Enter, or Escape). When the time runs
 * out the user is signed out here too, with a notice on the login page that says why.
 */
export function IdleWarning() {
  const t = useT();
  const { session, signOut } = useSession();
  const navigate = useNavigate();
  const { logout } = useLogout();
  const [extend, { loading }] = useMutation(EXTEND_SESSION_MUTATION);
  const [expiresAt, setExpiresAt] = useState<number | null>(null);
  /** The expiry the warning is shown for, and the time left when it appeared. */
  const [warned, setWarned] = useState<{ expiresAt: number; left: number } | null>(null);
  const [failed, setFailed] = useState(false);
  const headingId = useId();
  const textId = useId();
  const stayRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  const fromMe = session.status === 'authenticated' ? session.me.sessionIdleExpiresAt : null;
  useEffect(() => {
    const off = onIdleExpiry(setExpiresAt);
    if (fromMe) reportIdleExpiry(Date.parse(fromMe));
    return () => {
      off();
    };
  }, [fromMe]);

  useEffect(() => {
    if (expiresAt === null) return;
    const now = Date.now();
    const warn = setTimeout(
      () => {
        setFailed(false);
        setWarned({ expiresAt, left: expiresAt - Date.now() });
      },
      Math.max(0, expiresAt - WARN_BEFORE_MS - now),
    );
    const lapse = setTimeout(
      () => {
        reportIdleExpiry(null);
        void signOut({ kind: 'IDLE_TIMEOUT' }).then(() => navigate(LOGIN_PATH, { replace: true }));
      },
      Math.max(0, expiresAt - now),
    );
    return () => {
      clearTimeout(warn);
      clearTimeout(lapse);
    };
  }, [expiresAt, navigate, signOut]);

  // A moved expiry (an answer renewed the session, or "Blijf ingelogd") closes the warning.
  const open = warned !== null && warned.expiresAt === expiresAt;

  useEffect(() => {
    if (open) {
      returnFocus.current = document.activeElement as HTMLElement | null;
      stayRef.current?.focus();
      return;
    }
    returnFocus.current?.focus?.();
    returnFocus.current = null;
  }, [open]);

  const stay = useCallback(async () => {
    setFailed(false);
    try {
      const { data } = await extend();
      if (data) reportIdleExpiry(Date.parse(String(data.extendSession)));
    } catch {
      setFailed(true);
    }
  }, [extend]);

  if (!open) return null;

  // The focus stays inside the dialog: Tab and Shift+Tab go round its buttons.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      void stay();
      return;
    }
    if (event.key !== 'Tab') return;
    const buttons = [...(dialogRef.current?.querySelectorAll('button') ?? [])];
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  const left = warned?.left ?? 0;
  return (
    <div className="schakel-idle__backdrop">
      <div
        ref={dialogRef}
        className="schakel-idle"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={headingId}
        aria-describedby={textId}
        onKeyDown={onKeyDown}
      >
        <Heading level={2} id={headingId}>
          {t('idle.heading')}
        </Heading>
        <Paragraph id={textId}>
          {t('idle.text', { minutes: left > 60_000 ? t('idle.minutes') : t('idle.soon') })}
        </Paragraph>
        {failed && <Paragraph role="alert">{t('idle.extendFailed')}</Paragraph>}
        <ButtonGroup>
          <Button
            ref={stayRef}
            type="button"
            appearance="primary-action-button"
            busy={loading}
            onClick={() => void stay()}
          >
            {t('idle.stay')}
          </Button>
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => {
              reportIdleExpiry(null);
              void logout();
            }}
          >
            {t('idle.logout')}
          </Button>
        </ButtonGroup>
      </div>
    </div>
  );
}
