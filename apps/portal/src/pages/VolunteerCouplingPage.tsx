import { useParams } from 'react-router-dom';
import { useT } from '../features/i18n/hooks/useT';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';
import { CouplingRequestDetail } from '../features/volunteer-couplings/components/CouplingRequestDetail';

/** /koppelverzoeken/:couplingId: one request to the coordinator's organisation. */
export function VolunteerCouplingPage() {
  const t = useT();
  const { couplingId } = useParams();
  useDocumentTitle(t('couplings.pageTitle'));
  return <CouplingRequestDetail id={couplingId ?? ''} />;
}
