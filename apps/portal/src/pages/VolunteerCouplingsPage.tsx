import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useMe } from '../features/auth/hooks/useMe';
import { useT } from '../features/i18n/hooks/useT';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';
import { CouplingFigures } from '../features/volunteer-couplings/components/CouplingFigures';
import { CouplingRequestList } from '../features/volunteer-couplings/components/CouplingRequestList';
import { canCoordinateCouplings } from '../features/volunteer-couplings/utils/canCoordinateCouplings';

/** /koppelverzoeken: the coordinator's requests and its organisation's year figures. */
export function VolunteerCouplingsPage() {
  const t = useT();
  const { roles, agency } = useMe();
  useDocumentTitle(t('couplings.pageTitle'));
  if (!canCoordinateCouplings(roles, agency.type)) {
    return (
      <div className="schakel-flow">
        <Heading level={1}>{t('couplings.pageTitle')}</Heading>
        <Paragraph>{t('couplings.notForYou')}</Paragraph>
      </div>
    );
  }
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('couplings.pageTitle')}</Heading>
      <Paragraph>{t('couplings.intro')}</Paragraph>
      <CouplingRequestList />
      <CouplingFigures />
    </div>
  );
}
