import { useQuery } from '@apollo/client/react';
import { INFORMATION_CATEGORIES } from '@schakel/domain';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { lazy, Suspense } from 'react';
import { useLocation } from 'react-router-dom';
import { CaseAgreedApproach } from '../../agreed-approach/components/CaseAgreedApproach';
import { CaseSupervision } from '../../supervision/components/CaseSupervision';
import { CasePersonInformed } from '../../transparency/components/CasePersonInformed';
import { CaseVolunteerCouplings } from '../../volunteer-couplings/components/CaseVolunteerCouplings';
import { CasePlan } from '../../plans/components/CasePlan';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useMe } from '../../auth/hooks/useMe';
import {
  canBreakGlass,
  canDecideAddressProposals,
  canViewCaseAsAgency,
} from '../../auth/utils/permissions';
import { BreakGlassPanel } from '../../case-team/components/BreakGlassPanel';
import { AddressProposals } from './AddressProposals';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { CaseMonitoring } from '../../monitoring/components/CaseMonitoring';
import { useT } from '../../i18n/hooks/useT';
import { RouterLink } from '../../shell/components/RouterLink';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { CASE_QUERY } from '../graphql/caseQuery';
import { AddInformationItemSection } from './AddInformationItemSection';
import { CaseConsents } from './CaseConsents';
import { CaseContent } from './CaseContent';
import { CaseMeetings } from './CaseMeetings';
import { ViewAsForm } from './ViewAsForm';
import './cases.css';

// The life-domain section (scores, form, table, and its own lazy chart) loads when it is opened:
// the case page's first load does not carry it.
const CaseLifeDomains = lazy(() =>
  import('../../life-domain-scores/components/CaseLifeDomains').then((module) => ({
    default: module.CaseLifeDomains,
  })),
);

/** The list's query string the user came from, if any, so "back" returns to the same page. */
function listSearchFrom(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('listSearch' in state)) return '';
  const { listSearch } = state;
  return typeof listSearch === 'string' && listSearch.startsWith('?') ? listSearch : '';
}

interface CaseDetailProps {
  caseId: string;
}

/** One case in the caller's own view, with what the caller may do in it. */
export function CaseDetail({ caseId }: CaseDetailProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const me = useMe();
  const location = useLocation();
  const { data, loading, error } = useQuery(CASE_QUERY, {
    variables: { id: caseId },
    fetchPolicy: 'cache-and-network',
  });
  const caseData = data?.case;
  const notFound = !caseData && error && errorCodeOf(error) === 'NOT_FOUND';
  // The reference, not the person's name: titles end up in browser history and tab lists.
  useDocumentTitle(
    caseData
      ? t('case.title', { reference: caseData.reference })
      : t(notFound ? 'case.notFound.title' : 'case.loadingTitle'),
  );

  const back = (
    <Paragraph>
      <RouterLink to={`/dossiers${listSearchFrom(location.state)}`}>
        {t('case.backToList')}
      </RouterLink>
    </Paragraph>
  );

  if (!caseData) {
    return (
      <div className="schakel-flow">
        {back}
        {notFound ? (
          <>
            <Heading level={1}>{t('case.notFound.title')}</Heading>
            <Paragraph>{t('case.notFound.text')}</Paragraph>
            {canBreakGlass(me.roles) && <BreakGlassPanel caseId={caseId} headingLevel={2} />}
          </>
        ) : (
          <>
            <Heading level={1}>{t('case.loadingTitle')}</Heading>
            {error ? (
              <Alert type="error">
                <Paragraph>{errorMessage(errorCodeOf(error))}</Paragraph>
              </Alert>
            ) : (
              <Paragraph role="status">{loading ? t('case.loading') : ''}</Paragraph>
            )}
          </>
        )}
      </div>
    );
  }

  const writable = INFORMATION_CATEGORIES.filter((category) =>
    caseData.categoryAccess.some((entry) => entry.category === category && entry.canWrite),
  );

  return (
    <div className="schakel-flow schakel-case">
      {back}
      <Heading level={1}>{t('case.title', { reference: caseData.reference })}</Heading>
      <CaseContent
        caseData={caseData}
        informationActions={
          <>
            {canDecideAddressProposals(me.roles) && !caseData.readOnly && (
              <AddressProposals caseId={caseData.id} />
            )}
            {!caseData.readOnly && writable.length > 0 && (
              <AddInformationItemSection caseId={caseData.id} categories={writable} />
            )}
          </>
        }
        plan={
          <>
            <Paragraph className="schakel-case-print-link">
              <RouterLink to={`/dossiers/${caseData.id}/plan/afdrukken`}>
                {t('casePage.plan.print')}
              </RouterLink>
            </Paragraph>
            <CasePlan caseId={caseData.id} />
            <CaseAgreedApproach caseId={caseData.id} />
            <CaseSupervision caseId={caseData.id} readOnly={caseData.readOnly} />
          </>
        }
        lifeDomains={
          <Suspense fallback={<Paragraph role="status">{t('lifeDomains.loading')}</Paragraph>}>
            <CaseLifeDomains caseId={caseData.id} />
          </Suspense>
        }
        participantActions={
          <>
            {canViewCaseAsAgency(me.roles) && <ViewAsForm caseId={caseData.id} />}
            <CasePersonInformed caseId={caseData.id} readOnly={caseData.readOnly} />
            <CaseVolunteerCouplings caseId={caseData.id} readOnly={caseData.readOnly} />
          </>
        }
        consents={<CaseConsents caseId={caseData.id} caseData={caseData} />}
        meetings={<CaseMeetings caseId={caseData.id} />}
        timeline={<CaseMonitoring caseId={caseData.id} status={caseData.status} />}
      />
    </div>
  );
}
