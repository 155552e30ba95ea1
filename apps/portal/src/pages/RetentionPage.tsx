import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../features/i18n/hooks/useT';
import { RetentionOverview } from '../features/retention/components/RetentionOverview';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

export function RetentionPage() {
  const t = useT();
  useDocumentTitle(t('retention.title'));
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('retention.title')}</Heading>
      <Paragraph>{t('retention.intro')}</Paragraph>
      <RetentionOverview />
    </div>
  );
}
