import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../features/i18n/hooks/useT';
import { OutcomeReport } from '../features/outcome-report/components/OutcomeReport';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

export function OutcomeReportPage() {
  const t = useT();
  useDocumentTitle(t('outcomeReport.title'));
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('outcomeReport.title')}</Heading>
      <Paragraph>{t('outcomeReport.intro')}</Paragraph>
      <OutcomeReport />
    </div>
  );
}
