import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../i18n/hooks/useT';
import { RouterLink } from '../../shell/components/RouterLink';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';

export function NoAccess() {
  const t = useT();
  useDocumentTitle(t('noAccess.title'));
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('noAccess.title')}</Heading>
      <Paragraph>{t('noAccess.text')}</Paragraph>
      <Paragraph>
        <RouterLink to="/">{t('notFound.homeLink')}</RouterLink>
      </Paragraph>
    </div>
  );
}
