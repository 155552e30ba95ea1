import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../features/i18n/hooks/useT';
import { RegionSettingsForm } from '../features/region-settings/components/RegionSettingsForm';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

/** /beheer/instellingen: the functional administrator's settings of the region (no case content). */
export function RegionSettingsPage() {
  const t = useT();
  useDocumentTitle(t('regionSettings.title'));
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('regionSettings.title')}</Heading>
      <Paragraph>{t('regionSettings.intro')}</Paragraph>
      <RegionSettingsForm />
    </div>
  );
}
