import { LIFE_DOMAIN_CATEGORY, LIFE_DOMAINS, type LifeDomain } from '@schakel/domain';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/components/I18nProvider';
import type { ScoredMoment } from '../utils/lifeDomainScores';
import { domainsWithScores } from '../utils/lifeDomainScores';
import { LifeDomainChart } from './LifeDomainChart';
import { LifeDomainScoreTable } from './LifeDomainScoreTable';

const AGENCY = { __typename: 'Agency' as const, id: 'a1', name: 'Reclassering' };

/** A moment as the API gives it: every domain, SOCIAL and SAFETY readable, CARE/JUSTICE withheld. */
function moment(
  kind: 'INTAKE' | 'PLAN' | 'CLOSING',
  scores: Partial<Record<LifeDomain, number>>,
  planVersionNumber: number | null = null,
): ScoredMoment {
  return {
    __typename: 'LifeDomainScoreMoment',
    moment: kind,
    planVersionId: planVersionNumber ? `v${planVersionNumber}` : null,
    planVersionNumber,
    planAdoptedOn: planVersionNumber ? '2026-11-12' : null,
    assessment: {
      __typename: 'LifeDomainAssessment',
      id: `${kind}-${planVersionNumber ?? ''}`,
      revision: 1,
      recordedAt: '2026-12-01T10:00:00.000Z',
      updatedAt: '2026-12-01T10:00:00.000Z',
      recordedByAgency: AGENCY,
      scores: LIFE_DOMAINS.map((domain) => {
        const category = LIFE_DOMAIN_CATEGORY[domain];
        const readable = category === 'SOCIAL' || category === 'SAFETY';
        return {
          __typename: 'LifeDomainScore' as const,
          domain,
          category,
          access: readable ? ('FULL' as const) : ('WITHHELD' as const),
          score: readable ? (scores[domain] ?? null) : null,
        };
      }),
    },
  };
}

const MOMENTS = [
  moment('INTAKE', { HOUSING: 1, FINANCES: 2, SAFETY: 3 }),
  moment('PLAN', { HOUSING: 3, SAFETY: 4 }, 1),
];
const GOALS = [
  { id: 'g1', lifeDomain: 'HOUSING' as const, description: 'Vaste woonplek binnen drie maanden' },
];

function Results({ domains }: { domains?: LifeDomain[] }) {
  return (
    <I18nProvider initialLocale="nl">
      <LifeDomainScoreTable moments={MOMENTS} goals={GOALS} />
      <LifeDomainChart moments={MOMENTS} domains={domains ?? domainsWithScores(MOMENTS)} />
    </I18nProvider>
  );
}

describe('the life-domain table beside the chart', () => {
  it('shows every domain per moment: the score and its level, unscored, withheld, and the goals', () => {
    render(<Results />);
    const table = screen.getByRole('table', { name: 'Scores per leefgebied en moment' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Leefgebied', 'Intake', 'Plan versie 1', 'Doelen in het plan']);
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!;
    expect(
      within(row('Wonen'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1 – Crisis', '3 – Wankel', 'Vaste woonplek binnen drie maanden']);
    expect(
      within(row('Financiën'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2 – Ernstige problemen', 'Niet gescoord', 'Geen doel']);
    // Withheld is said, with why — never an empty cell that suggests nothing was recorded.
    const addiction = within(row('Verslaving')).getAllByRole('cell')[0]!;
    expect(addiction).toHaveTextContent('Afgeschermd');
    expect(addiction).toHaveTextContent('categorie (Zorg) volgens het convenant niet inzien');
    expect(within(table).getAllByRole('rowheader')).toHaveLength(LIFE_DOMAINS.length);
  });

  it('draws a line per domain with scores, and nothing for withheld or unscored values', () => {
    render(<Results />);
    const chart = screen.getByRole('group', { name: /Grafiek van de scores per leefgebied/ });
    const lines = chart.querySelectorAll('g[data-domain]');
    expect([...lines].map((g) => g.getAttribute('data-domain'))).toEqual([
      'HOUSING',
      'FINANCES',
      'SAFETY',
    ]);
    const points = within(chart).getAllByRole('img');
    expect(points.map((p) => p.getAttribute('aria-label'))).toEqual([
      'Wonen, Intake: 1 – Crisis',
      'Wonen, Plan 1: 3 – Wankel',
      'Financiën, Intake: 2 – Ernstige problemen',
      'Veiligheid, Intake: 3 – Wankel',
      'Veiligheid, Plan 1: 4 – Op orde met steun',
    ]);
    // Higher scores sit higher: y of "3" above y of "1" for housing.
    const [first, second] = [...chart.querySelectorAll('g[data-domain="HOUSING"] circle')];
    expect(Number(second!.getAttribute('cy'))).toBeLessThan(Number(first!.getAttribute('cy')));
  });

  it('lets a keyboard user go from point to point, each named as in the table', async () => {
    const user = userEvent.setup();
    render(<Results domains={['SAFETY']} />);
    // The table's scroll region comes first, then the chart's points.
    await user.tab();
    expect(document.activeElement).toHaveAttribute('role', 'region');
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Veiligheid, Intake: 3 – Wankel');
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName(
      'Veiligheid, Plan 1: 4 – Op orde met steun',
    );
  });

  it('speaks English when the user chose it', () => {
    render(
      <I18nProvider initialLocale="en">
        <LifeDomainScoreTable moments={MOMENTS} goals={[]} />
      </I18nProvider>,
    );
    const table = screen.getByRole('table', { name: 'Scores per life domain and moment' });
    const housing = within(table).getByRole('rowheader', { name: 'Housing' }).closest('tr')!;
    expect(within(housing).getAllByRole('cell')[0]).toHaveTextContent('1 – Crisis');
    expect(within(housing).getAllByRole('cell')[2]).toHaveTextContent('No goal');
  });
});
