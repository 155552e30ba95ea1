import { Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../i18n/hooks/useT';

/** Shown in the main area while a page's code arrives (each page is loaded when first opened). */
export function PageLoading() {
  const t = useT();
  return <Paragraph role="status">{t('common.pageLoading')}</Paragraph>;
}
