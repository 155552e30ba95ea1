import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/hooks/useSession';
import { LOGIN_PATH } from '../../auth/utils/safeReturnPath';
import { onIdleExpiry, reportIdleExpiry } from '../utils/idleExpiry';
import type { IdleWarningDialog as IdleWarningDialogComponent } from './IdleWarningDialog';

/** How long before the idle timeout the warning appears (WCAG 2.2.1: at least 20 seconds). */
export const WARN_BEFORE_MS = 2 * 60 * 1000;

/** The dialog (its texts, buttons and the extend mutation) is a chunk of its own. */
const loadDialog = () => import('./IdleWarningDialog').then((module) => module.IdleWarningDialog);

/**
 * Warns two minutes before the session ends for lack of activity, with "Blijf ingelogd" (WCAG
 * 2.2.1 Timing Adjustable; the dialog is IdleWarningDialog.tsx). When the time runs out the user
 * is signed out here too, with a notice on the login page that says why. The dialog's chunk is
 * fetched as soon as the expiry is known, minutes before it can be needed; if it cannot be
 * fetched then, it is asked again when the warning is due (without it the sign-out still comes).
 */
export function IdleWarning() {
  const { session, signOut } = useSession();
  const navigate = useNavigate();
  const [expiresAt, setExpiresAt] = useState<number | null>(null);
  /** The expiry the warning is shown for, and the time left when it appeared. */
  const [warned, setWarned] = useState<{ expiresAt: number; left: number } | null>(null);
  const [Dialog, setDialog] = useState<typeof IdleWarningDialogComponent | null>(null);

  const fromMe = session.status === 'authenticated' ? session.me.sessionIdleExpiresAt : null;
  useEffect(() => {
    const off = onIdleExpiry(setExpiresAt);
    if (fromMe) reportIdleExpiry(Date.parse(fromMe));
    return () => {
      off();
    };
  }, [fromMe]);

  // A moved expiry (an answer renewed the session, or "Blijf ingelogd") closes the warning.
  const open = warned !== null && warned.expiresAt === expiresAt;

  useEffect(() => {
    if (Dialog || (expiresAt === null && !open)) return;
    let current = true;
    loadDialog().then(
      (dialog) => current && setDialog(() => dialog),
      () => undefined, // asked again when the warning opens
    );
    return () => {
      current = false;
    };
  }, [Dialog, expiresAt, open]);

  useEffect(() => {
    if (expiresAt === null) return;
    const now = Date.now();
    const warn = setTimeout(
      () => setWarned({ expiresAt, left: expiresAt - Date.now() }),
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

  if (!open || !warned || !Dialog) return null;
  // Keyed by the expiry: a new warning is a new dialog (focus taken again, no old error shown).
  return <Dialog key={warned.expiresAt} left={warned.left} />;
}
