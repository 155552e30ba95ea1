import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../features/i18n/hooks/useT';
import { MonitoringDashboard } from '../features/monitoring/components/MonitoringDashboard';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

export function DashboardPage() {
  const t = useT();
  useDocumentTitle(t('dashboard.title'));
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('dashboard.title')}</Heading>
      <Paragraph>{t('dashboard.intro')}</Paragraph>
      <MonitoringDashboard />
    </div>
  );
}
