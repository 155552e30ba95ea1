import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../../i18n/hooks/useT';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { DATA_SUBJECT_REQUEST_QUERY } from '../graphql/dataSubjectRequestQueries';

/**
 * One request with the page's one result line: what the last save did, focused so it is read out.
 * A save that lost a race reloads the request and says so.
 */
export function useDataSubjectRequestDetail(requestId: string) {
  const t = useT();
  const resultRef = useRef<HTMLParagraphElement>(null);
  const [result, setResult] = useState<{ text: string; failed: boolean } | null>(null);
  const { data, loading, error, refetch } = useQuery(DATA_SUBJECT_REQUEST_QUERY, {
    variables: { id: requestId },
  });
  const request = data?.dataSubjectRequest;
  const title = request
    ? t('dsr.detail.title', {
        type: t(`dsr.type.${request.type}`),
        name: `${request.givenNames} ${request.familyName}`,
      })
    : t('dsr.title');
  useDocumentTitle(title);

  const show = (text: string, failed = false) => {
    flushSync(() => setResult({ text, failed }));
    resultRef.current?.focus();
  };
  const conflict = () => {
    void refetch();
    show(t('dsr.conflict'), true);
  };

  return {
    request,
    loading,
    error,
    title,
    result,
    resultRef,
    show,
    conflict,
    /** Parts, status and deadline can still change. */
    open: !!request && request.status !== 'COMPLETED' && request.status !== 'REJECTED',
  };
}
