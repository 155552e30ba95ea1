import { useQuery } from '@apollo/client/react';
import {
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { RouterLink } from '../../shell/components/RouterLink';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { DATA_SUBJECT_REQUEST_QUERY } from '../graphql/dataSubjectRequestQueries';
import { deadlineNote, dutchDate, exportUrl } from '../utils/dsrFormat';
import { DataSubjectRequestExtendForm } from './DataSubjectRequestExtendForm';
import { DataSubjectRequestPartRow } from './DataSubjectRequestPartRow';
import { DataSubjectRequestStatusForm } from './DataSubjectRequestStatusForm';
import './dsr.css';

interface DataSubjectRequestDetailProps {
  requestId: string;
}

/** One request: its facts, the partners' parts, status and extension, and the access export. */
export function DataSubjectRequestDetail({ requestId }: DataSubjectRequestDetailProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
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

  const show = (text: string, failed = false) => {
    flushSync(() => setResult({ text, failed }));
    resultRef.current?.focus();
  };
  const conflict = () => {
    void refetch();
    show(t('dsr.conflict'), true);
  };
  const open = request.status !== 'COMPLETED' && request.status !== 'REJECTED';
  const note = deadlineNote(request);

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

      <section aria-labelledby="dsr-facts" className="schakel-flow">
        <Heading level={2} id="dsr-facts">
          {t('dsr.detail.facts')}
        </Heading>
        <dl className="schakel-dsr__facts">
          <dt>{t('dsr.detail.person')}</dt>
          <dd>
            {`${request.givenNames} ${request.familyName}`}
            {!request.personId && <> — {t('dsr.detail.noPerson')}</>}
          </dd>
          <dt>{t('dsr.detail.dateOfBirth')}</dt>
          <dd>{dutchDate(request.dateOfBirth)}</dd>
          {request.bsn && (
            <>
              <dt>{t('dsr.detail.bsn')}</dt>
              <dd>{request.bsn}</dd>
            </>
          )}
          <dt>{t('dsr.detail.received')}</dt>
          <dd>{dutchDate(request.receivedOn)}</dd>
          <dt>{t('dsr.detail.identity')}</dt>
          <dd>{request.identityVerification}</dd>
          <dt>{t('dsr.detail.deadline')}</dt>
          <dd>
            {dutchDate(request.deadline)}
            {note && (
              <span className={request.overdue ? 'schakel-dsr__overdue' : undefined}>
                {' '}
                ({t(note.key, { days: note.days ?? 0 })})
              </span>
            )}
            {request.extendedDeadline && request.extensionReason && (
              <>
                {' — '}
                {t('dsr.detail.extended', {
                  original: dutchDate(request.originalDeadline),
                  reason: request.extensionReason,
                })}
              </>
            )}
          </dd>
          <dt>{t('dsr.detail.status')}</dt>
          <dd>{t(`dsr.status.${request.status}`)}</dd>
          {request.outcome && (
            <>
              <dt>{t('dsr.detail.outcome')}</dt>
              <dd>{request.outcome}</dd>
            </>
          )}
          <dt>{t('dsr.detail.employeeNames')}</dt>
          <dd>{request.includeEmployeeNames ? t('dsr.detail.yes') : t('dsr.detail.no')}</dd>
        </dl>
      </section>

      {request.type === 'ACCESS' && (
        <section aria-labelledby="dsr-downloads" className="schakel-flow">
          <Heading level={2} id="dsr-downloads">
            {t('dsr.detail.downloads')}
          </Heading>
          <Paragraph>{t('dsr.detail.downloadsHint')}</Paragraph>
          <ul>
            <li>
              <Link href={exportUrl(request.id, 'pdf')} download>
                {t('dsr.detail.pdf')}
              </Link>
            </li>
            <li>
              <Link href={exportUrl(request.id, 'json')} download>
                {t('dsr.detail.json')}
              </Link>
            </li>
          </ul>
        </section>
      )}

      <section aria-labelledby="dsr-parts" className="schakel-flow">
        <Heading level={2} id="dsr-parts">
          {t('dsr.parts.title')}
        </Heading>
        {request.parts.length === 0 ? (
          <Paragraph>{t('dsr.parts.none')}</Paragraph>
        ) : (
          <div className="schakel-dsr__table-wrap">
            <Table>
              <TableCaption>{t('dsr.parts.caption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('dsr.parts.agency')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('dsr.parts.status')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('dsr.parts.review')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('dsr.parts.updated')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {request.parts.map((part) => (
                  <DataSubjectRequestPartRow
                    key={`${part.id}-${part.revision}`}
                    part={part}
                    editable={open}
                    onDone={(text, failed) => show(text, failed)}
                    onConflict={conflict}
                  />
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>

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
