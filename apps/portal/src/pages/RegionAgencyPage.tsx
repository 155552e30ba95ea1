import { useParams } from 'react-router-dom';
import { RegionAgencyDetail } from '../features/administration/components/RegionAgencyDetail';

/** /beheer/organisaties/:agencyId: one agency of the region. */
export function RegionAgencyPage() {
  const { agencyId = '' } = useParams();
  return <RegionAgencyDetail agencyId={agencyId} />;
}
