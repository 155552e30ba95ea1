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
import { DATA_SUBJECT_REQUEST_PART_TASKS_QUERY } from '../graphql/dataSubjectRequestPartQueries';
import { deadlineNote } from '../utils/dsrFormat';
import './dsr.css';

/** The requests concerning the own agency: parts still to release first, soonest deadline first. */
export function DataSubjectRequestPartTaskList() {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const { data, loading, error } = useQuery(DATA_SUBJECT_REQUEST_PART_TASKS_QUERY, {
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
  const tasks = data?.dataSubjectRequestPartTasks ?? [];
  if (tasks.length === 0) return <Paragraph>{t('dsrPart.empty')}</Paragraph>;
  return (
    <div className="schakel-dsr__table-wrap">
      <Table>
        <TableCaption>{t('dsrPart.list.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('dsr.list.person')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('dsr.list.type')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('dsr.list.deadline')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('dsrPart.list.review')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tasks.map((task) => {
            const note = deadlineNote({
              status: task.requestStatus,
              overdue: task.daysLeft < 0,
              daysLeft: task.daysLeft,
            });
            return (
              <TableRow key={task.id}>
                <TableHeaderCell scope="row">
                  <RouterLink to={`/privacy/mijn-verzoeken/${task.id}`}>
                    {`${task.givenNames} ${task.familyName}`}
                  </RouterLink>
                </TableHeaderCell>
                <TableCell>{t(`dsr.type.${task.requestType}`)}</TableCell>
                <TableCell>
                  {formatDate(task.deadline, locale)}
                  {note && (
                    <>
                      {' '}
                      <span className={task.daysLeft < 0 ? 'schakel-dsr__overdue' : undefined}>
                        ({t(note.key, { days: note.days ?? 0 })})
                      </span>
                    </>
                  )}
                </TableCell>
                <TableCell>{t(`dsr.reviewStatus.${task.reviewStatus}`)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
