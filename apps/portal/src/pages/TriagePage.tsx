import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../features/i18n/hooks/useT';
import { TriageBoard } from '../features/referrals/components/TriageBoard';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

export function TriagePage() {
  const t = useT();
  useDocumentTitle(t('triage.title'));
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('triage.title')}</Heading>
      <Paragraph>{t('triage.intro')}</Paragraph>
      <TriageBoard />
    </div>
  );
}
