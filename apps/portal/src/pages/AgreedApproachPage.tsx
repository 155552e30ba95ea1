import { AgreedApproachLookup } from '../features/agreed-approach/components/AgreedApproachLookup';
import { canLookUpAgreedApproach } from '../features/agreed-approach/utils/canLookUpAgreedApproach';
import { NoAccess } from '../features/auth/components/NoAccess';
import { useMe } from '../features/auth/hooks/useMe';
import { MyViolationSignals } from '../features/supervision/components/MyViolationSignals';

/** The police lookup of an agreed approach (afsprakenkaart), made for a phone. */
export function AgreedApproachPage() {
  const me = useMe();
  return canLookUpAgreedApproach(me.roles, me.agency.type) ? (
    <>
      <AgreedApproachLookup />
      <MyViolationSignals />
    </>
  ) : (
    <NoAccess />
  );
}
