import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { CaseDetailFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../i18n/hooks/useT';
import { BreakGlassBanner } from './BreakGlassBanner';
import { CaseInformation } from './CaseInformation';
import { CaseMeta } from './CaseMeta';
import { CaseParticipants } from './CaseParticipants';
import { CasePerson } from './CasePerson';
import { CaseSections } from './CaseSections';
import { CaseSummary } from './CaseSummary';
import './cases.css';

interface CaseContentProps {
  caseData: CaseDetailFieldsFragment;
  /** Under the information heading, e.g. the form to add information. */
  informationActions?: ReactNode;
  /** The Plan section: plan of action and agreed approach. */
  plan: ReactNode;
  /** The Leefgebieden section: self-reliance per life domain over time. */
  lifeDomains: ReactNode;
  /** Under the participants, e.g. inviting a partner and "view as". */
  participantActions?: ReactNode;
  /** The Toestemmingen section. */
  consents: ReactNode;
  /** The Overleggen section. */
  meetings: ReactNode;
  /** The Tijdlijn section: timeline and closing. */
  timeline: ReactNode;
}

/**
 * A case below its h1: the summary, then one section at a time (see CaseSections), so the page
 * fits on a screen and every part is one click away.
 */
export function CaseContent({
  caseData,
  informationActions,
  plan,
  lifeDomains,
  participantActions,
  consents,
  meetings,
  timeline,
}: CaseContentProps) {
  const t = useT();
  return (
    <>
      {caseData.accessBasis === 'BREAK_GLASS' && <BreakGlassBanner />}
      {caseData.status === 'CLOSED' && <Paragraph>{t('case.closed')}</Paragraph>}
      <CaseSummary caseData={caseData} />
      <CaseSections
        sections={{
          informatie: () => (
            <>
              <div className="schakel-case-panels">
                <CasePerson person={caseData.subject} />
                <CaseMeta caseData={caseData} />
              </div>
              <CaseInformation caseData={caseData} actions={informationActions} />
            </>
          ),
          plan: () => plan,
          leefgebieden: () => lifeDomains,
          deelnemers: () => (
            <>
              <CaseParticipants participants={caseData.participants} caseData={caseData} />
              {participantActions}
            </>
          ),
          toestemmingen: () => consents,
          overleggen: () => meetings,
          tijdlijn: () => timeline,
        }}
      />
    </>
  );
}
