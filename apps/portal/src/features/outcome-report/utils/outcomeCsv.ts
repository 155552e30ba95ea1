import { CLOSE_OUTCOMES, LIFE_DOMAINS } from '@schakel/domain';
import type { OutcomeFigureFieldsFragment } from '../../../gql/graphql';
import type { Translate } from '../../i18n/utils/I18nContext';
import { quarterParts } from './quarters';
import { totalCount, type HiddenParts } from './totals';

/** A figure as the report shows it: a withheld one ("< 5") never becomes a number. */
export function figure(value: number | null | undefined, withheld: string): string {
  return value === null || value === undefined ? withheld : String(value);
}

const field = (value: string) =>
  /[;"\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * The report as CSV (semicolons, as Dutch spreadsheets expect): the quarters' totals and every
 * cell, with exactly the figures the page shows — a withheld figure stays "afgeschermd", and a
 * total that leaves out withheld cells reads as on the page ("12 + afgeschermd").
 */
export function outcomeCsv(
  rows: readonly {
    kind: 'quarter' | 'cell';
    figures: OutcomeFigureFieldsFragment;
    /** For a total: which of its figures leave out withheld cells (see totals.ts). */
    hidden?: HiddenParts;
  }[],
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
  const lines = rows.map(({ kind, figures: f, hidden: h }) => {
    const q = quarterParts(f.quarter);
    // A count: plain in a cell; in a total, marked where it leaves out withheld cells.
    const count = (v: number | null | undefined, hidden: boolean | undefined) =>
      h ? totalCount(v, hidden ?? false, t) : figure(v, withheld);
    // A mean over no shown case is no figure (""), unless withheld cells hold cases.
    const mean = (
      v: number | null | undefined,
      cases: number | null,
      hidden: boolean | undefined,
    ) => (cases === 0 ? (hidden ? withheld : '') : figure(v, withheld));
    return [
      kind === 'quarter' ? t('outcomeReport.csv.total') : t('outcomeReport.csv.cell'),
      t('outcomeReport.quarterLabel', q),
      kind === 'quarter' ? '' : (f.areaName ?? t('outcomeReport.noWijk')),
      kind === 'quarter' || !f.theme ? '' : t(`caseTheme.${f.theme}`),
      count(f.referred, h?.referred),
      count(f.triaged, h?.triaged),
      mean(f.averageDaysToTriage, f.triaged, h?.triaged),
      count(f.planned, h?.planned),
      mean(f.averageDaysToPlan, f.planned, h?.planned),
      count(f.actionsDue, h?.actions),
      count(f.actionsOnTime, h?.actions),
      count(f.closed, h?.closed),
      ...CLOSE_OUTCOMES.map((o) =>
        count(f.outcomes.find((x) => x.outcome === o)?.cases, h?.outcomes[o]),
      ),
      ...LIFE_DOMAINS.map((d) => {
        const change = f.lifeDomains.find((x) => x.domain === d);
        if (change?.cases === 0) return h?.lifeDomains[d] ? withheld : '';
        return figure(change?.averageChange, withheld);
      }),
      count(f.signals, h?.signals),
      count(f.couplings, h?.couplings),
    ];
  });
  return [header, ...lines].map((line) => line.map(field).join(';')).join('\r\n') + '\r\n';
}
