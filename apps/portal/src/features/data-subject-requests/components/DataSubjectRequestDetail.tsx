import { Heading, Paragraph } from '@utrecht/component-library-react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { RouterLink } from '../../shell/components/RouterLink';
import { useDataSubjectRequestDetail } from '../hooks/useDataSubjectRequestDetail';
import { DataSubjectRequestDownloads } from './DataSubjectRequestDownloads';
import { DataSubjectRequestExtendForm } from './DataSubjectRequestExtendForm';
import { DataSubjectRequestFacts } from './DataSubjectRequestFacts';
import { DataSubjectRequestParts } from './DataSubjectRequestParts';
import { DataSubjectRequestStatusForm } from './DataSubjectRequestStatusForm';
import './dsr.css';

interface DataSubjectRequestDetailProps {
  requestId: string;
}

/** One request: its facts, the partners' parts, status and extension, and the access export. */
export function DataSubjectRequestDetail({ requestId }: DataSubjectRequestDetailProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { request, loading, error, title, result, resultRef, show, conflict, open } =
    useDataSubjectRequestDetail(requestId);

  if (loading && !request) return <Paragraph role="status">{t('dsr.detail.loading')}</Paragraph>;
  if (!request) {
    const code = errorCodeOf(error);
    return (
      <div className="schakel-flow">
        <Heading level={1}>{t('dsr.title')}</Heading>
        <Paragraph role="alert">
          {code === 'NOT_FOUND' ? t('dsr.detail.notFound') : errorMessage(code)}
        </Paragraph>
        <RouterLink to="/privacy/verzoeken">{t('dsr.detail.back')}</RouterLink>
      </div>
    );
  }

  return (
    <div className="schakel-flow">
      <RouterLink to="/privacy/verzoeken">{t('dsr.detail.back')}</RouterLink>
      <Heading level={1}>{title}</Heading>
      <p
        ref={resultRef}
        tabIndex={-1}
        aria-live="polite"
        role={result?.failed ? 'alert' : undefined}
        className="utrecht-paragraph"
      >
        {result?.text}
      </p>

      <DataSubjectRequestFacts request={request} />
      {request.type === 'ACCESS' && <DataSubjectRequestDownloads requestId={request.id} />}
      <DataSubjectRequestParts
        parts={request.parts}
        editable={open}
        onDone={show}
        onConflict={conflict}
      />

      {open ? (
        <>
          <DataSubjectRequestStatusForm
            key={`status-${request.revision}`}
            request={request}
            onDone={(text) => show(text)}
            onConflict={conflict}
          />
          {!request.extendedDeadline && (
            <DataSubjectRequestExtendForm
              key={`extend-${request.revision}`}
              request={request}
              onDone={(text) => show(text)}
              onConflict={conflict}
            />
          )}
        </>
      ) : (
        <Paragraph>{t('dsr.status.final')}</Paragraph>
      )}
    </div>
  );
}
