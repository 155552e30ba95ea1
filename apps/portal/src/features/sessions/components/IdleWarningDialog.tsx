import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLogout } from '../../auth/hooks/useLogout';
import { useT } from '../../i18n/hooks/useT';
import { EXTEND_SESSION_MUTATION } from '../graphql/extendSessionMutation';
import { reportIdleExpiry } from '../utils/idleExpiry';
import './IdleWarning.css';

interface IdleWarningDialogProps {
  /** The time left (ms) when the warning appeared. */
  left: number;
}

/**
 * The idle warning's dialog (IdleWarning.tsx decides when it shows): a modal alert dialog that
 * announces itself, takes the focus and keeps it, and extends the session with one key press
 * (Enter, or Escape). A chunk of its own, loaded once the session's expiry is known.
 */
export function IdleWarningDialog({ left }: IdleWarningDialogProps) {
  const t = useT();
  const { logout } = useLogout();
  const [extend, { loading }] = useMutation(EXTEND_SESSION_MUTATION);
  const [failed, setFailed] = useState(false);
  const headingId = useId();
  const textId = useId();
  const stayRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);

  // Shown while the warning is open: the focus comes here and goes back when it closes.
  useEffect(() => {
    const returnFocus = document.activeElement as HTMLElement | null;
    stayRef.current?.focus();
    return () => returnFocus?.focus?.();
  }, []);

  const stay = useCallback(async () => {
    setFailed(false);
    try {
      const { data } = await extend();
      if (data) reportIdleExpiry(Date.parse(String(data.extendSession)));
    } catch {
      setFailed(true);
    }
  }, [extend]);

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
