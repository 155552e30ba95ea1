import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useT } from '../../i18n/hooks/useT';
import type { ReferralFormState } from '../hooks/useReferralForm';

interface ReferralSentProps {
  form: ReferralFormState;
  sent: { caseId: string; reference: string };
}

/** The receipt of a sent referral, with the way to its case and to the next referral. */
export function ReferralSent({ form, sent }: ReferralSentProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  // Whoever pressed "send" hears the result first.
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="schakel-flow" role="status">
      <Alert type="ok" role="none">
        <Heading level={2}>{t('referral.sentTitle')}</Heading>
        <Paragraph>{t('referral.sent', { reference: sent.reference })}</Paragraph>
        <Paragraph>{t('referral.next')}</Paragraph>
      </Alert>
      <Paragraph>
        <RouterLink className="utrecht-link" to={`/dossiers/${sent.caseId}`}>
          {t('referral.toCase', { reference: sent.reference })}
        </RouterLink>
      </Paragraph>
      <Button appearance="secondary-action-button" onClick={form.startOver}>
        {t('referral.another')}
      </Button>
    </div>
  );
}
