import { Heading, Paragraph } from '@utrecht/component-library-react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { RouterLink } from '../../shell/components/RouterLink';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useDataSubjectRequestPartReview } from '../hooks/useDataSubjectRequestPartReview';
import { DsrPartData } from './DsrPartData';
import { DsrPartFacts } from './DsrPartFacts';
import { DsrPartReleaseForm } from './DsrPartReleaseForm';
import './dsr.css';

interface DataSubjectRequestPartReviewProps {
  partId: string;
}

/**
 * The own agency's data on the person of a request, as the contactpunt would add it to the
 * answer, and the release ("Vrijgeven"). Nothing of other agencies is shown or loaded.
 */
export function DataSubjectRequestPartReview({ partId }: DataSubjectRequestPartReviewProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const form = useDataSubjectRequestPartReview(partId);
  const { review, result } = form;
  const part = review?.part;
  const title = part
    ? t('dsrPart.title', { name: `${part.givenNames} ${part.familyName}` })
    : t('dsrPart.pageTitle');
  useDocumentTitle(title);

  if (form.loading && !review) {
    return <Paragraph role="status">{t('dsr.detail.loading')}</Paragraph>;
  }
  if (!review || !part) {
    const code = errorCodeOf(form.error);
    return (
      <div className="schakel-flow">
        <Heading level={1}>{t('dsrPart.pageTitle')}</Heading>
        <Paragraph role="alert">
          {code === 'NOT_FOUND' ? t('dsrPart.notFound') : errorMessage(code)}
        </Paragraph>
        <RouterLink to="/privacy/mijn-verzoeken">{t('dsrPart.back')}</RouterLink>
      </div>
    );
  }
  const closed = part.requestStatus === 'COMPLETED' || part.requestStatus === 'REJECTED';

  return (
    <div className="schakel-flow">
      <RouterLink to="/privacy/mijn-verzoeken">{t('dsrPart.back')}</RouterLink>
      <Heading level={1}>{title}</Heading>
      <p
        id={form.resultId}
        tabIndex={-1}
        aria-live="polite"
        role={result?.failed ? 'alert' : undefined}
        className="utrecht-paragraph"
      >
        {result?.text}
      </p>
      <Paragraph>{t('dsrPart.intro', { agency: part.agencyName })}</Paragraph>
      <DsrPartFacts part={part} />
      <DsrPartData review={review} />
      {part.reviewStatus !== 'RELEASED' && !closed && (
        <DsrPartReleaseForm form={form} open={part.reviewStatus === 'OPEN'} />
      )}
    </div>
  );
}
