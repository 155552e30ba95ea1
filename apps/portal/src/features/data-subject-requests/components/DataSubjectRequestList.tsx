import { useQuery } from '@apollo/client/react';
import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { RouterLink } from '../../shell/components/RouterLink';
import { DATA_SUBJECT_REQUESTS_QUERY } from '../graphql/dataSubjectRequestQueries';
import { deadlineNote } from '../utils/dsrFormat';
import './dsr.css';

/** The region's requests, open ones first with the soonest deadline on top. */
export function DataSubjectRequestList() {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const { data, loading, error } = useQuery(DATA_SUBJECT_REQUESTS_QUERY, {
    fetchPolicy: 'cache-and-network',
  });

  if (loading && !data) return <Paragraph role="status">{t('dsr.loading')}</Paragraph>;
  if (error && !data) {
    return (
      <Paragraph role="alert">
        {t('dsr.loadFailed', { reason: errorMessage(errorCodeOf(error)) })}
      </Paragraph>
    );
  }
  const requests = data?.dataSubjectRequests ?? [];
  return (
    <div className="schakel-flow">
      <Paragraph>
        <RouterLink to="/privacy/verzoeken/nieuw">{t('dsr.new')}</RouterLink>
      </Paragraph>
      {requests.length === 0 ? (
        <Paragraph>{t('dsr.empty')}</Paragraph>
      ) : (
        <div className="schakel-dsr__table-wrap">
          <Table>
            <TableCaption>{t('dsr.list.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('dsr.list.person')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('dsr.list.type')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('dsr.list.received')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('dsr.list.deadline')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('dsr.list.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('dsr.list.parts')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {requests.map((request) => {
                const note = deadlineNote(request);
                return (
                  <TableRow key={request.id}>
                    <TableHeaderCell scope="row">
                      <RouterLink to={`/privacy/verzoeken/${request.id}`}>
                        {`${request.givenNames} ${request.familyName}`}
                      </RouterLink>
                    </TableHeaderCell>
                    <TableCell>{t(`dsr.type.${request.type}`)}</TableCell>
                    <TableCell>{formatDate(request.receivedOn, locale)}</TableCell>
                    <TableCell>
                      {formatDate(request.deadline, locale)}
                      {note && (
                        <>
                          {' '}
                          <span className={request.overdue ? 'schakel-dsr__overdue' : undefined}>
                            ({t(note.key, { days: note.days ?? 0 })})
                          </span>
                        </>
                      )}
                    </TableCell>
                    <TableCell>{t(`dsr.status.${request.status}`)}</TableCell>
                    <TableCell>
                      {t('dsr.list.partsValue', {
                        done: request.partsDone,
                        total: request.partsTotal,
                      })}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}
