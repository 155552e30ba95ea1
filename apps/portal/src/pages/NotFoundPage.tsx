import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../features/i18n/hooks/useT';
import { RouterLink } from '../features/shell/components/RouterLink';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

export function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('notFound.title')}</Heading>
      <Paragraph>{t('notFound.text')}</Paragraph>
      <Paragraph>
        <RouterLink to="/">{t('notFound.homeLink')}</RouterLink>
      </Paragraph>
    </div>
  );
}
