import { Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../i18n/hooks/useT';
import './shell.css';

/** Shown for the moment it takes to ask the API whether there is a session. */
export function LoadingScreen() {
  const t = useT();
  return (
    <main className="schakel-loading">
      <Paragraph role="status">{t('common.loading')}</Paragraph>
    </main>
  );
}
