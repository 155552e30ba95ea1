import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../i18n/hooks/useT';

/** Shown on a case opened outside the covenant: the viewer must know this access is exceptional. */
export function BreakGlassBanner() {
  const t = useT();
  return (
    <Alert type="warning" className="schakel-break-glass">
      <Heading level={2}>{t('case.breakGlass.title')}</Heading>
      <Paragraph>{t('case.breakGlass.text')}</Paragraph>
    </Alert>
  );
}
