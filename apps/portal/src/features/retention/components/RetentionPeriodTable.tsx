import {
  Button,
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
import { systemText } from '../../i18n/utils/systemText';
import './retention.css';

type Period = RetentionQuery['retentionPeriods'][number];

interface RetentionPeriodTableProps {
  periods: readonly Period[];
  /** Offered to the privacy officer only; opens the form for one category. */
  onEdit?: (period: Period) => void;
}

/** The region's period per category, with its source and who last changed it. */
export function RetentionPeriodTable({ periods, onEdit }: RetentionPeriodTableProps) {
  const { t, locale } = useI18n();
  const captionId = useId();
  return (
    <div
      className="schakel-retention__scroll"
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
    >
      <Table>
        <caption id={captionId}>{t('retention.periods.caption')}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('retention.periods.category')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('retention.periods.months')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('retention.periods.source')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('retention.periods.changed')}</TableHeaderCell>
            {onEdit && (
              <TableHeaderCell scope="col">
                <span className="utrecht-visually-hidden">{t('retention.periods.edit')}</span>
              </TableHeaderCell>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {periods.map((period) => {
            const category = t(`category.${period.category}`);
            return (
              <TableRow key={period.category}>
                <TableHeaderCell scope="row">{category}</TableHeaderCell>
                <TableCell>
                  {t('retention.periods.monthsValue', { months: period.months })}
                </TableCell>
                <TableCell>{systemText(period.source, t)}</TableCell>
                <TableCell>
                  {period.updatedByName
                    ? t('retention.periods.changedBy', {
                        date: formatDate(period.updatedAt, locale),
                        name: period.updatedByName,
                      })
                    : t('retention.periods.default')}
                </TableCell>
                {onEdit && (
                  <TableCell>
                    <Button
                      appearance="subtle-button"
                      aria-label={t('retention.periods.editLabel', { category })}
                      onClick={() => onEdit(period)}
                    >
                      {t('retention.periods.edit')}
                    </Button>
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
