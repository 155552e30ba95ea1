import { primaryRole } from '@schakel/domain';
import { useMe } from '../../auth/hooks/useMe';
import { AgencyAdminHome } from './AgencyAdminHome';
import { FunctionalAdminHome } from './FunctionalAdminHome';
import { MemberHome } from './MemberHome';
import { PrivacyContactHome } from './PrivacyContactHome';
import { PrivacyOfficerHome } from './PrivacyOfficerHome';
import { ProcesregisseurHome } from './ProcesregisseurHome';

/** Each user lands on the home of their most significant role (precedence lives in @schakel/domain). */
export function RoleHome() {
  const me = useMe();
  switch (primaryRole(me.roles)) {
    case 'PROCESREGISSEUR':
      return <ProcesregisseurHome me={me} />;
    case 'PRIVACY_OFFICER':
      return <PrivacyOfficerHome me={me} />;
    case 'PRIVACY_CONTACT':
      return <PrivacyContactHome me={me} />;
    case 'FUNCTIONAL_ADMIN':
      return <FunctionalAdminHome me={me} />;
    case 'AGENCY_ADMIN':
      return <AgencyAdminHome me={me} />;
    case 'MEMBER':
      return <MemberHome me={me} />;
  }
}
