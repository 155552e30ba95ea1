import { Heading, Paragraph } from '@utrecht/component-library-react';
import { DataSubjectRequestPartTaskList } from '../features/data-subject-requests/components/DataSubjectRequestPartTaskList';
import { useT } from '../features/i18n/hooks/useT';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

export function DataSubjectRequestPartTasksPage() {
  const t = useT();
  useDocumentTitle(t('dsrPart.pageTitle'));
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('dsrPart.pageTitle')}</Heading>
      <Paragraph>{t('dsrPart.listIntro')}</Paragraph>
      <DataSubjectRequestPartTaskList />
    </div>
  );
}
