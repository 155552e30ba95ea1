import { Heading, Paragraph } from '@utrecht/component-library-react';
import { CovenantOverview } from '../features/covenant/components/CovenantOverview';
import { useT } from '../features/i18n/hooks/useT';
import { ClosingGracePeriodSetting } from '../features/monitoring/components/ClosingGracePeriodSetting';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

export function CovenantPage() {
  const t = useT();
  useDocumentTitle(t('covenant.title'));
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('covenant.title')}</Heading>
      <Paragraph>{t('covenant.intro')}</Paragraph>
      <CovenantOverview />
      <ClosingGracePeriodSetting />
    </div>
  );
}
