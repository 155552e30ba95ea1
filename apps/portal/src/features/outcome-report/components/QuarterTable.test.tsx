import { CLOSE_OUTCOMES, LIFE_DOMAINS } from '@schakel/domain';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OutcomeFigureFieldsFragment } from '../../../gql/graphql';
import { I18nProvider } from '../../i18n/components/I18nProvider';
import type { Locale } from '../../i18n/utils/locale';
import { QuarterTable } from './QuarterTable';

const Q4 = '2026-10-01';

/** Figures as the API gives them; a null is withheld. */
const figures = (over: Partial<OutcomeFigureFieldsFragment>): OutcomeFigureFieldsFragment => ({
  __typename: 'OutcomeFigures',
  quarter: Q4,
  areaId: null,
  areaName: null,
  theme: 'RADICALISATION',
  referred: 0,
  triaged: 0,
  averageDaysToTriage: null,
  planned: 0,
  averageDaysToPlan: null,
  actionCases: 0,
  actionsDue: 0,
  actionsOnTime: 0,
  closed: 0,
  outcomes: CLOSE_OUTCOMES.map((outcome) => ({ __typename: 'OutcomeCount', outcome, cases: 0 })),
  lifeDomains: LIFE_DOMAINS.map((domain) => ({
    __typename: 'LifeDomainChange',
    domain,
    cases: 0,
    averageChange: null,
  })),
  signalCases: 0,
  signals: 0,
  couplingCases: 0,
  couplings: 0,
  ...over,
});

// Two wijken in 2026 K4: Noord shows 12 referrals, Zuid's 1–4 are withheld. In 2026 K3 only a
// withheld cell: its total sums no shown figure. The API's totals sum the shown figures only.
const CELLS = [
  figures({ areaId: 'n', areaName: 'Noord', referred: 12, triaged: 12, averageDaysToTriage: 4 }),
  figures({ areaId: 'z', areaName: 'Zuid', referred: null, triaged: null, planned: null }),
  figures({ quarter: '2026-07-01', areaId: 'z', referred: null, triaged: null, planned: null }),
];
const QUARTERS = [
  figures({ quarter: '2026-07-01', theme: null }),
  figures({ theme: null, referred: 12, triaged: 12, averageDaysToTriage: 4 }),
];

function renderTable(locale: Locale) {
  render(
    <I18nProvider initialLocale={locale}>
      <QuarterTable quarters={QUARTERS} cells={CELLS} minCellSize={5} />
    </I18nProvider>,
  );
}

function rowOf(label: string) {
  const row = screen.getByRole('rowheader', { name: label }).closest('tr')!;
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);
}

describe('the quarter totals of the outcome report', () => {
  it('never shows a bare 0 for a total whose cases are all withheld (nl)', () => {
    // Referred, triaged, days, planned, days to plan, on time, closed, signals, couplings.
    renderTable('nl');
    expect(rowOf('2026 K3')).toEqual([
      'afgeschermd',
      'afgeschermd',
      'afgeschermd',
      'afgeschermd',
      'afgeschermd',
      '0',
      '0',
      '0',
      '0',
    ]);
  });

  it('shows a total that leaves out withheld cells as "12 + afgeschermd" (nl)', () => {
    renderTable('nl');
    const cells = rowOf('2026 K4');
    expect(cells.slice(0, 3)).toEqual(['12 + afgeschermd', '12 + afgeschermd', '4,0']);
    // No cell withholds closings: a real zero stays 0.
    expect(cells[6]).toBe('0');
  });

  it('reads the same in English', () => {
    renderTable('en');
    expect(rowOf('Q3 2026').slice(0, 2)).toEqual(['withheld', 'withheld']);
    expect(rowOf('Q4 2026').slice(0, 2)).toEqual(['12 + withheld', '12 + withheld']);
    expect(screen.getByRole('table', { name: 'Figures per quarter' })).toHaveAccessibleDescription(
      /“12 \+ withheld”: 12 in the cells shown/,
    );
  });

  it('explains the notation to every reader: the note describes the table', () => {
    renderTable('nl');
    expect(screen.getByRole('table', { name: 'Cijfers per kwartaal' })).toHaveAccessibleDescription(
      /“12 \+ afgeschermd”: 12 in de getoonde cellen, plus een niet getoond aantal/,
    );
  });

  it('says nothing extra when no cell is withheld', () => {
    render(
      <I18nProvider initialLocale="nl">
        <QuarterTable quarters={[QUARTERS[1]!]} cells={[CELLS[0]!]} minCellSize={5} />
      </I18nProvider>,
    );
    const row = screen.getByRole('rowheader', { name: '2026 K4' }).closest('tr')!;
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(/^12$/);
    expect(screen.getByRole('table')).not.toHaveAccessibleDescription(/afgeschermd/);
  });
});
