import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef } from 'react';
import { useT } from '../../i18n/hooks/useT';
import './RecoveryCodes.css';

interface RecoveryCodesProps {
  codes: string[];
  onDone: () => void;
}

/** Recovery codes, shown once; the heading takes focus so a screen reader announces them. */
export function RecoveryCodes({ codes, onDone }: RecoveryCodesProps) {
  const t = useT();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="schakel-flow" aria-labelledby={headingId}>
      <Heading level={2} id={headingId} ref={headingRef} tabIndex={-1}>
        {t('mfa.recovery.heading')}
      </Heading>
      <Paragraph>{t('mfa.recovery.intro')}</Paragraph>
      <ul className="schakel-recovery-codes" aria-label={t('mfa.recovery.heading')}>
        {codes.map((code) => (
          <li key={code} translate="no">
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <Button type="button" appearance="primary-action-button" onClick={onDone}>
        {t('mfa.recovery.done')}
      </Button>
    </section>
  );
}
