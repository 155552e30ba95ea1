import { useQuery } from '@apollo/client/react';
import {
  CASE_THEMES,
  CLOSE_OUTCOMES,
  LIFE_DOMAINS,
  type CaseTheme,
  type LifeDomain,
} from '@schakel/domain';
import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId, useMemo, useState } from 'react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { LabelledField } from '../../forms/components/LabelledField';
import { useI18n } from '../../i18n/hooks/useI18n';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { OUTCOME_REPORT_QUERY } from '../graphql/outcomeReportQuery';
import { formatNumber } from '../utils/formatNumber';
import { figure, outcomeCsv } from '../utils/outcomeCsv';
import { hiddenParts, totalCount } from '../utils/totals';
import { quarterParts, recentQuarters } from '../utils/quarters';
import { OutcomeChangeChart } from './OutcomeChangeChart';
import { QuarterTable } from './QuarterTable';
import { ReportTable } from './ReportTable';
import './outcomeReport.css';

const NO_WIJK = 'none';

/**
 * The region's outcome report (issue 18 item 4): anonymous figures per quarter, filterable by
 * period, wijk and theme, as tables with a chart, and as CSV with the same figures. The API
 * withholds every figure resting on fewer than five cases (ADR 0037); the page says so.
 */
export function OutcomeReport() {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const ids = {
    from: useId(),
    to: useId(),
    wijk: useId(),
    theme: useId(),
    quarters: useId(),
    change: useId(),
    outcomes: useId(),
    cells: useId(),
  };
  const quarterOptions = useMemo(() => recentQuarters(new Date(), 12), []);
  const [from, setFrom] = useState(quarterOptions[3]!);
  const [to, setTo] = useState(quarterOptions[0]!);
  const [wijk, setWijk] = useState('');
  const [theme, setTheme] = useState<CaseTheme | ''>('');
  const { data, previousData, loading, error } = useQuery(OUTCOME_REPORT_QUERY, {
    variables: {
      filter: {
        from,
        to,
        ...(wijk === NO_WIJK ? { withoutArea: true } : wijk ? { areaIds: [wijk] } : {}),
        ...(theme ? { themes: [theme] } : {}),
      },
    },
    fetchPolicy: 'cache-and-network',
  });
  const report = (data ?? previousData)?.outcomeReport;
  const withheld = t('outcomeReport.withheldShort');
  const quarterLabel = (q: string) => t('outcomeReport.quarterLabel', quarterParts(q));
  const n = (v: number | null | undefined) => figure(v, withheld);
  // The period's total leaves out withheld cells where any cell withholds the figure.
  const hidden = report ? hiddenParts(report.cells) : undefined;

  // No mean change: none scored at all, or only in withheld cells.
  const noChange = (d: LifeDomain, cases: number | null | undefined) =>
    cases === 0 && !hidden?.lifeDomains[d] ? t('outcomeReport.change.none') : withheld;

  const download = () => {
    if (!report) return;
    const csv = outcomeCsv(
      [
        ...report.quarters.map((figures) => ({
          kind: 'quarter' as const,
          figures,
          hidden: hiddenParts(report.cells, figures.quarter),
        })),
        ...report.cells.map((figures) => ({ kind: 'cell' as const, figures })),
      ],
      t,
    );
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `schakel-rapportage-${report.from}-${report.to}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  };

  return (
    <div className="schakel-flow">
      <form className="schakel-outcome-report__filters" onSubmit={(e) => e.preventDefault()}>
        <LabelledField id={ids.from} label={t('outcomeReport.filter.from')}>
          {() => (
            <Select id={ids.from} value={from} onChange={(e) => setFrom(e.target.value)}>
              {[...quarterOptions].reverse().map((q) => (
                <SelectOption key={q} value={q}>
                  {quarterLabel(q)}
                </SelectOption>
              ))}
            </Select>
          )}
        </LabelledField>
        <LabelledField id={ids.to} label={t('outcomeReport.filter.to')}>
          {() => (
            <Select id={ids.to} value={to} onChange={(e) => setTo(e.target.value)}>
              {[...quarterOptions].reverse().map((q) => (
                <SelectOption key={q} value={q}>
                  {quarterLabel(q)}
                </SelectOption>
              ))}
            </Select>
          )}
        </LabelledField>
        <LabelledField id={ids.wijk} label={t('outcomeReport.wijk')}>
          {() => (
            <Select id={ids.wijk} value={wijk} onChange={(e) => setWijk(e.target.value)}>
              <SelectOption value="">{t('outcomeReport.filter.allWijken')}</SelectOption>
              {report?.areas.map((area) => (
                <SelectOption key={area.id} value={area.id}>
                  {area.name}
                </SelectOption>
              ))}
              <SelectOption value={NO_WIJK}>{t('outcomeReport.noWijk')}</SelectOption>
            </Select>
          )}
        </LabelledField>
        <LabelledField id={ids.theme} label={t('outcomeReport.theme')}>
          {() => (
            <Select
              id={ids.theme}
              value={theme}
              onChange={(e) => setTheme(e.target.value as CaseTheme | '')}
            >
              <SelectOption value="">{t('outcomeReport.filter.allThemes')}</SelectOption>
              {CASE_THEMES.map((th) => (
                <SelectOption key={th} value={th}>
                  {t(`caseTheme.${th}`)}
                </SelectOption>
              ))}
            </Select>
          )}
        </LabelledField>
        <Button
          appearance="secondary-action-button"
          type="button"
          onClick={download}
          disabled={!report}
        >
          {t('outcomeReport.download')}
        </Button>
      </form>

      {error && (
        <Alert type="error">
          <Paragraph>{errorMessage(errorCodeOf(error))}</Paragraph>
        </Alert>
      )}
      <Paragraph role="status">{loading && !report ? t('outcomeReport.loading') : ''}</Paragraph>

      {report && (
        <>
          <Paragraph>
            {t('outcomeReport.suppression', {
              min: report.minCellSize,
              count: report.withheldCells,
            })}
          </Paragraph>

          <section aria-labelledby={ids.quarters} className="schakel-flow">
            <Heading level={2} id={ids.quarters}>
              {t('outcomeReport.quarters.heading')}
            </Heading>
            <Paragraph>{t('outcomeReport.quarters.intro')}</Paragraph>
            <QuarterTable
              quarters={report.quarters}
              cells={report.cells}
              minCellSize={report.minCellSize}
            />
          </section>

          <section aria-labelledby={ids.change} className="schakel-flow">
            <Heading level={2} id={ids.change}>
              {t('outcomeReport.change.heading')}
            </Heading>
            <Paragraph>{t('outcomeReport.change.intro')}</Paragraph>
            <div className="schakel-outcome-report__pair">
              <ReportTable caption={t('outcomeReport.change.caption')}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('outcomeReport.domain')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('outcomeReport.change.cases')}</TableHeaderCell>
                    <TableHeaderCell scope="col">
                      {t('outcomeReport.change.average')}
                    </TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {LIFE_DOMAINS.map((d) => {
                    const c = report.total.lifeDomains.find((x) => x.domain === d);
                    return (
                      <TableRow key={d}>
                        <TableHeaderCell scope="row">{t(`plan.lifeDomain.${d}`)}</TableHeaderCell>
                        <TableCell>{totalCount(c?.cases, hidden!.lifeDomains[d], t)}</TableCell>
                        <TableCell>
                          {c?.averageChange === null || c?.averageChange === undefined
                            ? noChange(d, c?.cases)
                            : formatNumber(c.averageChange, locale, true)}
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </ReportTable>
              <OutcomeChangeChart
                bars={LIFE_DOMAINS.map((d) => {
                  const c = report.total.lifeDomains.find((x) => x.domain === d);
                  return {
                    label: t(`plan.lifeDomain.${d}`),
                    value: c?.averageChange ?? null,
                    missing: noChange(d, c?.cases),
                  };
                })}
              />
            </div>
          </section>

          <section aria-labelledby={ids.outcomes} className="schakel-flow">
            <Heading level={2} id={ids.outcomes}>
              {t('outcomeReport.outcomes.heading')}
            </Heading>
            <ReportTable
              caption={
                !hidden!.closed
                  ? t('outcomeReport.outcomes.caption', { closed: n(report.total.closed) })
                  : report.total.closed
                    ? t('outcomeReport.outcomes.captionPartial', { closed: report.total.closed })
                    : t('outcomeReport.outcomes.captionWithheld')
              }
            >
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('outcomeReport.outcome')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('outcomeReport.cases')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {CLOSE_OUTCOMES.map((o) => (
                  <TableRow key={o}>
                    <TableHeaderCell scope="row">{t(`closing.outcome.${o}`)}</TableHeaderCell>
                    <TableCell>
                      {totalCount(
                        report.total.outcomes.find((x) => x.outcome === o)?.cases,
                        hidden!.outcomes[o],
                        t,
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </ReportTable>
          </section>

          <section aria-labelledby={ids.cells} className="schakel-flow">
            <Heading level={2} id={ids.cells}>
              {t('outcomeReport.cells.heading')}
            </Heading>
            {report.cells.length === 0 ? (
              <Paragraph>{t('outcomeReport.cells.none')}</Paragraph>
            ) : (
              <ReportTable caption={t('outcomeReport.cells.caption')}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('outcomeReport.quarter')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('outcomeReport.wijk')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('outcomeReport.theme')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('outcomeReport.referred')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('outcomeReport.closed')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('outcomeReport.signals')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {report.cells.map((c) => (
                    <TableRow key={`${c.quarter}-${c.areaId ?? NO_WIJK}-${c.theme ?? ''}`}>
                      <TableHeaderCell scope="row">{quarterLabel(c.quarter)}</TableHeaderCell>
                      <TableCell>{c.areaName ?? t('outcomeReport.noWijk')}</TableCell>
                      <TableCell>{c.theme ? t(`caseTheme.${c.theme}`) : ''}</TableCell>
                      <TableCell>{n(c.referred)}</TableCell>
                      <TableCell>{n(c.closed)}</TableCell>
                      <TableCell>{n(c.signals)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </ReportTable>
            )}
          </section>
        </>
      )}
    </div>
  );
}
