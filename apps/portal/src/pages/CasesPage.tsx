import { Heading, Paragraph } from '@utrecht/component-library-react';
import { CaseList } from '../features/cases/components/CaseList';
import { useT } from '../features/i18n/hooks/useT';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

export function CasesPage() {
  const t = useT();
  useDocumentTitle(t('cases.title'));
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('cases.title')}</Heading>
      <Paragraph>{t('cases.intro')}</Paragraph>
      <CaseList />
    </div>
  );
}
