import { Heading, Paragraph } from '@utrecht/component-library-react';
import { RegionAgenciesOverview } from '../features/administration/components/RegionAgenciesOverview';
import { useMe } from '../features/auth/hooks/useMe';
import { useT } from '../features/i18n/hooks/useT';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

/** /beheer/organisaties: the functional administrator's agencies of the region (no case content). */
export function RegionAgenciesPage() {
  const t = useT();
  const me = useMe();
  useDocumentTitle(t('regionAgencies.title'));
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('regionAgencies.title')}</Heading>
      <Paragraph>{t('regionAgencies.intro', { region: me.region.name })}</Paragraph>
      <RegionAgenciesOverview />
    </div>
  );
}
