import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import type { RetentionQuery } from '../../../gql/graphql';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import './retention.css';

interface DeletionRecordTableProps {
  records: RetentionQuery['deletionRecords'];
}

/** What the retention job deleted lately: dates, scope, categories and counts only. */
export function DeletionRecordTable({ records }: DeletionRecordTableProps) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const captionId = useId();
  return (
    <section aria-labelledby={headingId} className="schakel-flow">
      <Heading level={2} id={headingId}>
        {t('retention.records.heading')}
      </Heading>
      <Paragraph>{t('retention.records.intro')}</Paragraph>
      {records.length === 0 ? (
        <Paragraph>{t('retention.records.none')}</Paragraph>
      ) : (
        <div
          className="schakel-retention__scroll"
          role="region"
          aria-labelledby={captionId}
          tabIndex={0}
        >
          <Table>
            <caption id={captionId}>{t('retention.records.caption')}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('retention.records.deletedAt')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('retention.records.scope')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('retention.records.closedOn')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('retention.records.categories')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('retention.records.count')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {records.map((record) => (
                <TableRow key={record.id}>
                  <TableCell>{formatDate(record.deletedAt, locale)}</TableCell>
                  <TableCell>
                    {t(
                      record.scope === 'ITEMS'
                        ? 'retention.records.scope.ITEMS'
                        : 'retention.records.scope.CASE',
                    )}
                  </TableCell>
                  <TableCell>{formatDate(record.closedOn, locale)}</TableCell>
                  <TableCell>
                    {record.categories.map((c) => t(`category.${c}`)).join(', ')}
                  </TableCell>
                  <TableCell>{record.rowCount}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
