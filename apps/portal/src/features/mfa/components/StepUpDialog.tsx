import { useEffect, useRef, useState } from 'react';
import type { SessionBridge } from '../../auth/utils/SessionBridge';
import type { StepUpPrompt as StepUpPromptComponent } from './StepUpPrompt';
import './StepUpDialog.css';

/** The prompt (its form, passkey documents and texts) is a chunk of its own: few users need it. */
const loadPrompt = () => import('./StepUpPrompt').then((module) => module.StepUpPrompt);

interface StepUpDialogProps {
  bridge: SessionBridge;
}

/**
 * The step-up prompt for any operation the API refused with STEP_UP_REQUIRED (covenant changes,
 * break-the-glass, …): a modal dialog asking for a code or passkey; the operation is then sent
 * again by the Apollo link (createApolloClient.ts). Escape or "Annuleren" gives up.
 */
export function StepUpDialog({ bridge }: StepUpDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState<((proven: boolean) => void) | null>(null);
  const [StepUpPrompt, setStepUpPrompt] = useState<typeof StepUpPromptComponent | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(
    () =>
      bridge.onStepUp(
        () =>
          new Promise<boolean>((resolve) => {
            returnFocus.current = document.activeElement as HTMLElement | null;
            loadPrompt().then(
              (prompt) => {
                setStepUpPrompt(() => prompt);
                setPending(() => resolve);
              },
              // Without the prompt the factor cannot be proven: the operation keeps its error.
              () => resolve(false),
            );
          }),
      ),
    [bridge],
  );

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !pending) return;
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    else dialog.setAttribute('open', '');
    // React does not focus inside a dialog opened after its children mounted.
    dialog.querySelector<HTMLInputElement>('input')?.focus();
  }, [pending]);

  function finish(proven: boolean) {
    const dialog = dialogRef.current;
    if (dialog?.open && typeof dialog.close === 'function') dialog.close();
    else dialog?.removeAttribute('open');
    pending?.(proven);
    setPending(null);
    returnFocus.current?.focus();
  }

  if (!pending || !StepUpPrompt) return null;
  return (
    <dialog
      ref={dialogRef}
      className="schakel-step-up-dialog"
      aria-labelledby="step-up-dialog-heading"
      onCancel={(event) => {
        event.preventDefault();
        finish(false);
      }}
    >
      <StepUpPrompt
        headingId="step-up-dialog-heading"
        onConfirmed={() => finish(true)}
        onCancel={() => finish(false)}
      />
    </dialog>
  );
}
