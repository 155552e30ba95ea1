import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { RouterLink } from '../../shell/components/RouterLink';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { CASE_AS_AGENCY_QUERY } from '../graphql/caseAsAgencyQuery';
import { CaseContent } from './CaseContent';
import { ViewAsForm } from './ViewAsForm';
import './cases.css';

interface CaseAsAgencyViewProps {
  caseId: string;
  agencyId: string;
}

/** "View as": the case exactly as the API computes it for another agency. Read-only. */
export function CaseAsAgencyView({ caseId, agencyId }: CaseAsAgencyViewProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { data, loading, error } = useQuery(CASE_AS_AGENCY_QUERY, {
    variables: { caseId, agencyId },
    // Never cached: the preview carries the same ids as the caller's own view of the case, and
    // normalising it would overwrite what the caller sees with what the other agency sees.
    fetchPolicy: 'no-cache',
  });
  const preview = data?.caseAsAgency;
  useDocumentTitle(
    preview ? t('viewAs.title', { agency: preview.agency.name }) : t('viewAs.loadingTitle'),
  );

  const back = (
    <Paragraph>
      <RouterLink to={`/dossiers/${caseId}`}>{t('viewAs.back')}</RouterLink>
    </Paragraph>
  );

  if (!preview) {
    return (
      <div className="schakel-flow">
        {back}
        <Heading level={1}>{t('viewAs.loadingTitle')}</Heading>
        {error ? (
          <Alert type="error">
            <Paragraph>{errorMessage(errorCodeOf(error))}</Paragraph>
          </Alert>
        ) : (
          <Paragraph role="status">{loading ? t('viewAs.loading') : ''}</Paragraph>
        )}
      </div>
    );
  }

  const caseData = preview.canReadCase ? preview.case : null;
  return (
    <div className="schakel-flow schakel-case">
      {back}
      <Heading level={1}>
        {caseData
          ? t('case.title', { reference: caseData.reference })
          : t('viewAs.title', { agency: preview.agency.name })}
      </Heading>
      <Alert type="info" className="schakel-view-as-banner">
        <Paragraph className="schakel-view-as-banner__title">
          {t('viewAs.banner', { agency: preview.agency.name })}
        </Paragraph>
        <Paragraph>{caseData ? t('viewAs.bannerText') : t('viewAs.cannotRead')}</Paragraph>
      </Alert>
      <ViewAsForm key={agencyId} caseId={caseId} currentAgencyId={agencyId} />
      {caseData && <CaseContent caseData={caseData} />}
    </div>
  );
}
