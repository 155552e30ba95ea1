import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useT } from '../../i18n/hooks/useT';
import { RouterLink } from '../../shell/components/RouterLink';

/**
 * The end of a step-up at the agency's provider, in the small window the step-up prompt opened:
 * it says how it went and closes itself, so the prompt (which waits for the window to close)
 * asks the API whether the session is fresh now. Opened without a prompt (a blocked pop-up), it
 * offers the way back.
 */
export function StepUpDone() {
  const t = useT();
  const [params] = useSearchParams();
  const failed = params.has('mislukt');

  useEffect(() => {
    if (window.opener) window.close();
  }, []);

  return (
    <div className="schakel-login-panel schakel-flow">
      <Heading level={1}>
        {failed ? t('mfa.stepUpDone.failedHeading') : t('mfa.stepUpDone.heading')}
      </Heading>
      <Paragraph>{failed ? t('mfa.stepUpDone.failedText') : t('mfa.stepUpDone.text')}</Paragraph>
      <Paragraph>
        <RouterLink to="/">{t('mfa.stepUpDone.back')}</RouterLink>
      </Paragraph>
    </div>
  );
}
