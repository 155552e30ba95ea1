import {
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import type { OutcomeFigureFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatNumber } from '../utils/formatNumber';
import { quarterParts } from '../utils/quarters';
import { hiddenParts, totalCount, totalText } from '../utils/totals';
import { ReportTable } from './ReportTable';

/**
 * The quarters' totals. A total sums only the figures its cells show (ADR 0037); where it leaves
 * out withheld cells it says so ("afgeschermd", or "12 + afgeschermd"), never a bare 0 that reads
 * as "none". The note under the table explains the notation and describes the table.
 */
export function QuarterTable({
  quarters,
  cells,
  minCellSize,
}: {
  quarters: readonly OutcomeFigureFieldsFragment[];
  cells: readonly OutcomeFigureFieldsFragment[];
  minCellSize: number;
}) {
  const { t, locale } = useI18n();
  const noteId = useId();
  const withheld = t('outcomeReport.withheldShort');
  // A mean over no shown case: no figure at all ("–") when no cell withholds one, else withheld.
  const days = (v: number | null | undefined, cases: number | null, hidden: boolean) =>
    cases === 0
      ? hidden
        ? withheld
        : '–'
      : v === null || v === undefined
        ? withheld
        : formatNumber(v, locale);
  const onTime = (f: OutcomeFigureFieldsFragment, hidden: boolean) => {
    if (f.actionsDue === null || f.actionsOnTime === null) return withheld;
    const share =
      f.actionsDue === 0
        ? '0'
        : t('outcomeReport.onTimeShare', {
            done: f.actionsOnTime,
            due: f.actionsDue,
            percent: Math.round((f.actionsOnTime / f.actionsDue) * 100),
          });
    return totalText(share, f.actionsDue === 0, hidden, t);
  };
  const anyHidden = quarters.some((q) => {
    const h = hiddenParts(cells, q.quarter);
    return (
      h.referred || h.triaged || h.planned || h.actions || h.closed || h.signals || h.couplings
    );
  });

  return (
    <>
      <ReportTable
        caption={t('outcomeReport.quarters.caption')}
        describedBy={anyHidden ? noteId : undefined}
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('outcomeReport.quarter')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('outcomeReport.referred')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('outcomeReport.triaged')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('outcomeReport.daysToTriage')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('outcomeReport.planned')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('outcomeReport.daysToPlan')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('outcomeReport.actionsOnTime')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('outcomeReport.closed')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('outcomeReport.signals')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('outcomeReport.couplings')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {quarters.map((q) => {
            const h = hiddenParts(cells, q.quarter);
            return (
              <TableRow key={q.quarter}>
                <TableHeaderCell scope="row">
                  {t('outcomeReport.quarterLabel', quarterParts(q.quarter))}
                </TableHeaderCell>
                <TableCell>{totalCount(q.referred, h.referred, t)}</TableCell>
                <TableCell>{totalCount(q.triaged, h.triaged, t)}</TableCell>
                <TableCell>{days(q.averageDaysToTriage, q.triaged, h.triaged)}</TableCell>
                <TableCell>{totalCount(q.planned, h.planned, t)}</TableCell>
                <TableCell>{days(q.averageDaysToPlan, q.planned, h.planned)}</TableCell>
                <TableCell>{onTime(q, h.actions)}</TableCell>
                <TableCell>{totalCount(q.closed, h.closed, t)}</TableCell>
                <TableCell>{totalCount(q.signals, h.signals, t)}</TableCell>
                <TableCell>{totalCount(q.couplings, h.couplings, t)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </ReportTable>
      {anyHidden && (
        <Paragraph id={noteId}>{t('outcomeReport.partialNote', { min: minCellSize })}</Paragraph>
      )}
    </>
  );
}
