import { Heading, Paragraph } from '@utrecht/component-library-react';
import { DataSubjectRequestList } from '../features/data-subject-requests/components/DataSubjectRequestList';
import { useT } from '../features/i18n/hooks/useT';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

export function DataSubjectRequestsPage() {
  const t = useT();
  useDocumentTitle(t('dsr.title'));
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('dsr.title')}</Heading>
      <Paragraph>{t('dsr.intro')}</Paragraph>
      <DataSubjectRequestList />
    </div>
  );
}
