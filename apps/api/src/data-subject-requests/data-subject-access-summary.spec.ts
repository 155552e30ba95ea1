import { amsterdamDay, summariseAccess, type AccessLogEvent } from './data-subject-access-summary';

const event = (over: Partial<AccessLogEvent>): AccessLogEvent => ({
  at: '2026-12-04T09:00:00Z',
  agency: 'Politie Demostad',
  agencyType: 'POLICE',
  roles: ['MEMBER'],
  action: 'READ',
  result: 'ALLOWED',
  accessBasis: 'covenant',
  purpose: null,
  categories: ['IDENTITY'],
  ...over,
});

describe('the access overview for the person (one line per organisation per day)', () => {
  it('folds a day of page views of one organisation into one plain-Dutch line', () => {
    const log = [
      ...Array.from({ length: 40 }, (_, i) =>
        event({ at: `2026-12-04T09:${String(i).padStart(2, '0')}:00Z` }),
      ),
      event({ action: 'LOOKUP', purpose: 'Controle op straat', categories: ['PLAN'] }),
      event({ agency: 'GGZ Demostad', agencyType: 'CARE', accessBasis: 'consent' }),
      event({ at: '2026-12-05T08:00:00Z' }),
    ];
    const lines = summariseAccess(log);
    expect(lines.map((l) => [l.day, l.agency, l.count])).toEqual([
      ['2026-12-04', 'Politie Demostad', 41],
      ['2026-12-04', 'GGZ Demostad', 1],
      ['2026-12-05', 'Politie Demostad', 1],
    ]);
    expect(lines[0]!.text).toBe(
      'Politie Demostad (politie) heeft uw gegevens bekeken en opgezocht (41 keer). ' +
        'Waarom: Controle op straat.',
    );
    expect(lines[0]!.categories).toEqual(['IDENTITY', 'PLAN']);
    expect(lines[1]!.text).toBe(
      'GGZ Demostad (zorg) heeft uw gegevens bekeken (1 keer). ' +
        'Waarom: omdat u daar toestemming voor gaf.',
    );
    expect(lines[2]!.text).toMatch(/Waarom: voor de samenwerking rond u/);
    expect(lines[0]).not.toHaveProperty('employees');
  });

  it('counts days in Dutch time, says what was refused, and names employees only when asked', () => {
    expect(amsterdamDay('2026-12-04T23:30:00Z')).toBe('2026-12-05');
    expect(amsterdamDay('2026-07-04T22:30:00Z')).toBe('2026-07-05');
    const [line, system] = summariseAccess([
      event({ action: 'DENIED', result: 'DENIED', employee: 'Jeroen de Vries' }),
      event({ action: 'DENIED', result: 'DENIED', employee: 'Jeroen de Vries' }),
      event({
        agency: null,
        agencyType: null,
        action: 'DELETE',
        accessBasis: null,
        employee: null,
      }),
    ]);
    expect(line!.text).toBe(
      'Politie Demostad (politie) wilde uw gegevens bekijken, maar dat mocht niet (2 keer). ' +
        'Waarom: voor de samenwerking rond u, zoals de organisaties dat hebben afgesproken. ' +
        'Medewerkers: Jeroen de Vries.',
    );
    expect(system!.text).toBe(
      'Schakel zelf (automatisch) heeft uw gegevens verwijderd (1 keer). Waarom: geen reden opgegeven.',
    );
    expect(system!.employees).toEqual([]);
  });

  it('lists at most three stated purposes', () => {
    const [line] = summariseAccess(
      ['a', 'b', 'c', 'd', 'e'].map((p) => event({ purpose: `Doel ${p}` })),
    );
    expect(line!.text).toContain('Waarom: Doel a; Doel b; Doel c (en 2 andere redenen).');
  });
});
