import { PageFooter, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../i18n/hooks/useT';

export function SiteFooter() {
  const t = useT();
  return (
    <PageFooter className="schakel-footer">
      <div className="schakel-footer__content">
        <Paragraph small>{t('footer.text')}</Paragraph>
      </div>
    </PageFooter>
  );
}
