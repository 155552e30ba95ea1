import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { RouterLink } from '../../shell/components/RouterLink';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { CASE_AS_AGENCY_QUERY } from '../graphql/caseAsAgencyQuery';
import { CasePreviewCategories } from './CasePreviewCategories';
import { CasePreviewPerson } from './CasePreviewPerson';
import { ViewAsForm } from './ViewAsForm';
import './cases.css';

interface CaseAsAgencyViewProps {
  caseId: string;
  agencyId: string;
}

/**
 * "Bekijk als": what another agency would get of the case, as shape (visible, summary only,
 * withheld, and why), with content only where the caller's own view shows it. Read-only.
 */
export function CaseAsAgencyView({ caseId, agencyId }: CaseAsAgencyViewProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { data, loading, error } = useQuery(CASE_AS_AGENCY_QUERY, {
    variables: { caseId, agencyId },
    // Never cached: the preview of one agency must not be mistaken for another's.
    fetchPolicy: 'no-cache',
  });
  const preview = data?.caseAsAgency;
  useDocumentTitle(
    preview ? t('viewAs.title', { agency: preview.agency.name }) : t('viewAs.loadingTitle'),
  );

  // Whoever cannot read the case itself (privacy officer, administrator) goes back home.
  const back = (
    <Paragraph>
      {preview && !preview.viewerCanReadCase ? (
        <RouterLink to="/">{t('viewAs.backHome')}</RouterLink>
      ) : (
        <RouterLink to={`/dossiers/${caseId}`}>{t('viewAs.back')}</RouterLink>
      )}
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

  const agency = preview.agency.name;
  return (
    <div className="schakel-flow schakel-case">
      {back}
      <Heading level={1}>{t('viewAs.title', { agency })}</Heading>
      <Paragraph>{t('viewAs.reference', { reference: preview.reference })}</Paragraph>
      <Alert type="info" className="schakel-view-as-banner">
        <Paragraph className="schakel-view-as-banner__title">
          {t('viewAs.banner', { agency })}
        </Paragraph>
        <Paragraph>{t('viewAs.bannerText', { agency })}</Paragraph>
        {!preview.viewerCanReadCase && <Paragraph>{t('viewAs.shapeOnly')}</Paragraph>}
      </Alert>
      <ViewAsForm key={agencyId} caseId={caseId} currentAgencyId={agencyId} />
      {preview.canReadCase ? (
        <>
          <CasePreviewPerson fields={preview.subject} agency={agency} />
          <CasePreviewCategories
            categories={preview.categories}
            items={preview.items}
            agency={agency}
          />
        </>
      ) : (
        <Paragraph>{t('viewAs.cannotRead', { agency })}</Paragraph>
      )}
    </div>
  );
}
