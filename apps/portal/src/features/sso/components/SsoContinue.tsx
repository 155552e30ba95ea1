import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/hooks/useT';

interface SsoContinueProps {
  onOtherEmail: () => void;
  busy?: boolean;
}

/**
 * Step two for an address whose agency signs its people in: in place of the password, a submit
 * button that goes on to the agency's provider (the login form's submit does the redirect).
 */
export function SsoContinue({ onOtherEmail, busy = false }: SsoContinueProps) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  // Screen reader and keyboard users learn that the password step was replaced.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="schakel-flow" aria-labelledby="sso-continue-heading">
      <Heading level={2} id="sso-continue-heading" ref={heading} tabIndex={-1}>
        {t('sso.continueHeading')}
      </Heading>
      <Paragraph>{t('sso.continueText')}</Paragraph>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('sso.continue')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onOtherEmail}>
          {t('sso.otherEmail')}
        </Button>
      </ButtonGroup>
    </section>
  );
}
