import { CLOSE_OUTCOMES, LIFE_DOMAINS } from '@schakel/domain';
import type { OutcomeFigureFieldsFragment } from '../../../gql/graphql';
import type { Translate } from '../../i18n/utils/I18nContext';
import { quarterParts } from './quarters';

/** A figure as the report shows it: a withheld one ("< 5") never becomes a number. */
export function figure(value: number | null | undefined, withheld: string): string {
  return value === null || value === undefined ? withheld : String(value);
}

const field = (value: string) =>
  /[;"\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * The report as CSV (semicolons, as Dutch spreadsheets expect): the quarters' totals and every
 * cell, with exactly the figures the page shows — a withheld figure stays "< 5".
 */
export function outcomeCsv(
  rows: readonly { kind: 'quarter' | 'cell'; figures: OutcomeFigureFieldsFragment }[],
  t: Translate,
): string {
  const withheld = t('outcomeReport.withheldShort');
  const header = [
    t('outcomeReport.csv.row'),
    t('outcomeReport.quarter'),
    t('outcomeReport.wijk'),
    t('outcomeReport.theme'),
    t('outcomeReport.referred'),
    t('outcomeReport.triaged'),
    t('outcomeReport.daysToTriage'),
    t('outcomeReport.planned'),
    t('outcomeReport.daysToPlan'),
    t('outcomeReport.actionsDue'),
    t('outcomeReport.actionsOnTime'),
    t('outcomeReport.closed'),
    ...CLOSE_OUTCOMES.map((o) => t(`closing.outcome.${o}`)),
    ...LIFE_DOMAINS.map((d) =>
      t('outcomeReport.csv.change', { domain: t(`plan.lifeDomain.${d}`) }),
    ),
    t('outcomeReport.signals'),
    t('outcomeReport.couplings'),
  ];
  const lines = rows.map(({ kind, figures: f }) => {
    const q = quarterParts(f.quarter);
    return [
      kind === 'quarter' ? t('outcomeReport.csv.total') : t('outcomeReport.csv.cell'),
      t('outcomeReport.quarterLabel', q),
      kind === 'quarter' ? '' : (f.areaName ?? t('outcomeReport.noWijk')),
      kind === 'quarter' || !f.theme ? '' : t(`caseTheme.${f.theme}`),
      figure(f.referred, withheld),
      figure(f.triaged, withheld),
      figure(f.averageDaysToTriage, withheld),
      figure(f.planned, withheld),
      figure(f.averageDaysToPlan, withheld),
      figure(f.actionsDue, withheld),
      figure(f.actionsOnTime, withheld),
      figure(f.closed, withheld),
      ...CLOSE_OUTCOMES.map((o) =>
        figure(f.outcomes.find((x) => x.outcome === o)?.cases, withheld),
      ),
      ...LIFE_DOMAINS.map((d) => {
        const change = f.lifeDomains.find((x) => x.domain === d);
        return change?.cases === 0 ? '' : figure(change?.averageChange, withheld);
      }),
      figure(f.signals, withheld),
      figure(f.couplings, withheld),
    ];
  });
  return [header, ...lines].map((line) => line.map(field).join(';')).join('\r\n') + '\r\n';
}
