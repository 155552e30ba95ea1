import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useMe } from '../features/auth/hooks/useMe';
import { useT } from '../features/i18n/hooks/useT';
import { MonitoringDashboard } from '../features/monitoring/components/MonitoringDashboard';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';
import { CouplingFigures } from '../features/volunteer-couplings/components/CouplingFigures';
import { canSeeCouplingFigures } from '../features/volunteer-couplings/utils/canCoordinateCouplings';

export function DashboardPage() {
  const t = useT();
  const { roles, agency } = useMe();
  useDocumentTitle(t('dashboard.title'));
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('dashboard.title')}</Heading>
      <Paragraph>{t('dashboard.intro')}</Paragraph>
      <MonitoringDashboard />
      {canSeeCouplingFigures(roles, agency.type) && <CouplingFigures />}
    </div>
  );
}
