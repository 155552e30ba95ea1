import { CLOSE_OUTCOMES, LIFE_DOMAINS } from '@schakel/domain';
import { describe, expect, it } from 'vitest';
import type { OutcomeFigureFieldsFragment } from '../../../gql/graphql';
import { formatMessage } from '../../i18n/utils/formatMessage';
import { nl, type MessageKey } from '../../i18n/messages/nl';
import { outcomeCsv } from './outcomeCsv';
import { hiddenParts } from './totals';

const t = (key: MessageKey, params?: Record<string, string | number>) =>
  formatMessage('nl', nl[key], params);

const figures = (over: Partial<OutcomeFigureFieldsFragment>): OutcomeFigureFieldsFragment => ({
  __typename: 'OutcomeFigures',
  quarter: '2026-10-01',
  areaId: null,
  areaName: null,
  theme: 'RADICALISATION',
  referred: 5,
  triaged: 5,
  averageDaysToTriage: 3,
  planned: 0,
  averageDaysToPlan: null,
  actionCases: 0,
  actionsDue: 0,
  actionsOnTime: 0,
  closed: null,
  outcomes: CLOSE_OUTCOMES.map((outcome) => ({ __typename: 'OutcomeCount', outcome, cases: null })),
  lifeDomains: LIFE_DOMAINS.map((domain) => ({
    __typename: 'LifeDomainChange',
    domain,
    cases: domain === 'HOUSING' ? 5 : null,
    averageChange: domain === 'HOUSING' ? 2 : null,
  })),
  signalCases: 0,
  signals: 0,
  couplingCases: 0,
  couplings: 0,
  ...over,
});

describe('the outcome report as CSV', () => {
  it('holds the page’s figures, a withheld one as "afgeschermd", never a number', () => {
    const csv = outcomeCsv([{ kind: 'cell', figures: figures({ areaName: 'Noord; oost' }) }], t);
    const [header, line] = csv
      .trim()
      .split('\r\n')
      .map((l) => l.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/));
    expect(header![header!.indexOf('Verandering Wonen')]).toBe('Verandering Wonen');
    expect(line![header!.indexOf('Verandering Wonen')]).toBe('2');
    expect(line![header!.indexOf('Verandering Financiën')]).toBe('afgeschermd');
    expect(line![header!.indexOf('Afgesloten')]).toBe('afgeschermd');
    expect(line![header!.indexOf('Aangemeld')]).toBe('5');
    // A semicolon in a name is quoted, so the columns stay where they are.
    expect(line![header!.indexOf('Wijk')]).toBe('"Noord; oost"');
    expect(line![header!.indexOf('Kwartaal')]).toBe('2026 K4');
  });

  it('marks a quarter total that leaves out withheld cells, as the page does', () => {
    const shown = figures({ areaName: 'Noord', referred: 12, closed: 0 });
    const hiddenCell = figures({
      areaName: 'Zuid',
      referred: null,
      triaged: null,
      planned: null,
      closed: null,
    });
    const quarter = figures({ referred: 12, triaged: 5, closed: 0, theme: null });
    const csv = outcomeCsv(
      [
        {
          kind: 'quarter',
          figures: quarter,
          hidden: hiddenParts([shown, hiddenCell], '2026-10-01'),
        },
        { kind: 'cell', figures: shown },
        { kind: 'cell', figures: hiddenCell },
      ],
      t,
    );
    const [header, total, cell] = csv
      .trim()
      .split('\r\n')
      .map((l) => l.split(';'));
    const col = (name: string) => header!.indexOf(name);
    expect(total![col('Regel')]).toBe('Kwartaaltotaal');
    expect(total![col('Aangemeld')]).toBe('12 + afgeschermd');
    expect(total![col('Besluit na triage')]).toBe('5 + afgeschermd');
    // Nothing shown at all, yet withheld cells hold cases: never a bare 0.
    expect(total![col('Afgesloten')]).toBe('afgeschermd');
    // No cell withholds signals: a true 0.
    expect(total![col('Signalen overtreding')]).toBe('0');
    // No plan in any shown cell, but a withheld cell may hold some: no mean, but withheld.
    expect(total![col('Gem. dagen tot vastgesteld plan')]).toBe('afgeschermd');
    expect(cell![col('Afgesloten')]).toBe('0');
    expect(cell![col('Gem. dagen tot vastgesteld plan')]).toBe('');
  });
});
