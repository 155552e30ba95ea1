import { Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/hooks/useT';
import './case-team.css';

interface WithdrawControlProps {
  /** The button's accessible name, e.g. "Toestemming voor GGZ (Zorg) intrekken". */
  label: string;
  /** What withdrawing does, asked before it happens. */
  question: string;
  pending: boolean;
  onConfirm: () => void;
}

/** "Intrekken", then a short confirmation: withdrawing narrows access at once. */
export function WithdrawControl({ label, question, pending, onConfirm }: WithdrawControlProps) {
  const t = useT();
  const questionId = useId();
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <Button
        ref={start}
        type="button"
        appearance="subtle-button"
        aria-label={label}
        onClick={() => setAsking(true)}
      >
        {t('team.consent.withdraw')}
      </Button>
    );
  }
  return (
    <div className="schakel-team-confirm" role="group" aria-labelledby={questionId}>
      <Paragraph id={questionId}>{question}</Paragraph>
      <div className="schakel-team-form__buttons">
        <Button
          ref={yes}
          type="button"
          appearance="primary-action-button"
          busy={pending}
          onClick={onConfirm}
        >
          {t('team.consent.withdrawYes')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={() => setAsking(false)}>
          {t('team.consent.withdrawNo')}
        </Button>
      </div>
    </div>
  );
}
