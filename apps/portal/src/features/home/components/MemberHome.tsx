import type { SessionMe } from '../../auth/utils/SessionContext';
import { useT } from '../../i18n/hooks/useT';
import { canLookUpAgreedApproach } from '../../agreed-approach/utils/canLookUpAgreedApproach';
import { memberDescriptionKey } from '../utils/memberDescriptionKey';
import { SignalsToAssess } from '../../supervision/components/SignalsToAssess';
import { canCoordinateCouplings } from '../../volunteer-couplings/utils/canCoordinateCouplings';
import { HomeIntro } from './HomeIntro';

interface MemberHomeProps {
  me: SessionMe;
}

/** Professionals of every partner; the text follows what their kind of agency does in a ZVH. */
export function MemberHome({ me }: MemberHomeProps) {
  const t = useT();
  const description = t(memberDescriptionKey(me.agency.type), { agency: me.agency.name });
  const intro = (
    <HomeIntro
      me={me}
      role="MEMBER"
      description={description}
      links={[
        // First for police: looking up a card on the street is their most urgent task here.
        ...(canLookUpAgreedApproach(me.roles, me.agency.type)
          ? [{ to: '/afsprakenkaart', label: t('agreedApproach.homeLink') }]
          : []),
        // A volunteer organisation's coordinator starts with the requests to it.
        ...(canCoordinateCouplings(me.roles, me.agency.type)
          ? [{ to: '/koppelverzoeken', label: t('home.couplingsLink') }]
          : []),
        { to: '/dossiers', label: t('home.casesLink') },
      ]}
    />
  );
  // Probation's own dashboard: the reports of violations it must assess, by deadline.
  if (me.agency.type !== 'PROBATION') return intro;
  return (
    <>
      {intro}
      <SignalsToAssess />
    </>
  );
}
