import { CLOSE_OUTCOMES, LIFE_DOMAINS } from '@schakel/domain';
import { suppress, total, type RawCell } from './outcome-report.cells';

function cell(over: Partial<RawCell>): RawCell {
  return {
    quarter: '2026-10-01',
    areaId: null,
    areaName: null,
    theme: 'OTHER',
    referred: 0,
    triaged: 0,
    triageDays: 0,
    planned: 0,
    planDays: 0,
    actionCases: 0,
    actionsDue: 0,
    actionsOnTime: 0,
    closed: 0,
    outcomes: Object.fromEntries(CLOSE_OUTCOMES.map((o) => [o, 0])) as RawCell['outcomes'],
    lifeDomains: Object.fromEntries(
      LIFE_DOMAINS.map((d) => [d, { n: 0, sum: 0 }]),
    ) as RawCell['lifeDomains'],
    signalCases: 0,
    signals: 0,
    couplingCases: 0,
    couplings: 0,
    ...over,
  };
}

describe('the suppression rule (ADR 0037)', () => {
  it('shows counts of 0 or at least five, withholds 1–4', () => {
    expect(suppress(cell({ referred: 4 })).referred).toBeNull();
    expect(suppress(cell({ referred: 5 })).referred).toBe(5);
    expect(suppress(cell({ referred: 0 })).referred).toBe(0);
  });

  it('withholds a part whose complement would name 1–4 cases', () => {
    // 7 referred, 5 triaged: "2 not triaged" would follow; 10 and 5 leave 5.
    expect(suppress(cell({ referred: 7, triaged: 5, triageDays: 10 })).triaged).toBeNull();
    expect(suppress(cell({ referred: 7, triaged: 5, triageDays: 10 })).triageDaysSum).toBeNull();
    expect(suppress(cell({ referred: 10, triaged: 5, triageDays: 10 })).triaged).toBe(5);
  });

  it('withholds a second outcome when only one would be withheld (closed minus the rest)', () => {
    const shown = suppress(
      cell({ closed: 12, outcomes: { ...cell({}).outcomes, GOAL_ACHIEVED: 10, OTHER: 2 } }),
    );
    expect(shown.closed).toBe(12);
    expect(shown.outcomes.OTHER).toBeNull();
    expect(shown.outcomes.GOAL_ACHIEVED).toBeNull();
    const two = suppress(
      cell({
        closed: 14,
        outcomes: { ...cell({}).outcomes, GOAL_ACHIEVED: 10, OTHER: 2, PERSON_MOVED: 2 },
      }),
    );
    expect(two.outcomes.GOAL_ACHIEVED).toBe(10);
  });

  it('shows a mean change only over at least five cases', () => {
    const scored = (n: number) =>
      suppress(cell({ lifeDomains: { ...cell({}).lifeDomains, HOUSING: { n, sum: 2 * n } } }));
    expect(scored(4).lifeDomains.HOUSING).toBeNull();
    expect(scored(5).lifeDomains.HOUSING).toEqual({ n: 5, sum: 10 });
  });

  it('totals add only what the cells show', () => {
    const shown = [cell({ referred: 5 }), cell({ referred: 3 }), cell({ referred: 6 })].map(
      suppress,
    );
    expect(total(shown, '').referred).toBe(11);
    expect(total([], '').referred).toBe(0);
  });
});
