import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { CaseDetailFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../i18n/hooks/useT';
import { BreakGlassBanner } from './BreakGlassBanner';
import { CaseInformation } from './CaseInformation';
import { CaseMeta } from './CaseMeta';
import { CaseParticipants } from './CaseParticipants';
import { CasePerson } from './CasePerson';
import './cases.css';

interface CaseContentProps {
  caseData: CaseDetailFieldsFragment;
  /** Shown after the person and case details, e.g. "view as". */
  tools?: ReactNode;
  /** Shown under the information heading, e.g. the form to add information. */
  informationActions?: ReactNode;
  /** Shown at the end, e.g. consents. */
  footer?: ReactNode;
}

/** A case as the API returned it (the own view or a "view as" preview), below its h1. */
export function CaseContent({ caseData, tools, informationActions, footer }: CaseContentProps) {
  const t = useT();
  return (
    <>
      {caseData.accessBasis === 'BREAK_GLASS' && <BreakGlassBanner />}
      {caseData.status === 'CLOSED' && <Paragraph>{t('case.closed')}</Paragraph>}
      <div className="schakel-case-panels">
        <CasePerson person={caseData.subject} />
        <CaseMeta caseData={caseData} />
      </div>
      {tools}
      <CaseInformation caseData={caseData} actions={informationActions} />
      <CaseParticipants participants={caseData.participants} caseData={caseData} />
      {footer}
    </>
  );
}
