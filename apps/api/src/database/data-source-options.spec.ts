import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { namedStatementsOn } from './prepared-query';

const url = 'postgres://schakel_app@pooler:6432/schakel';
const extra = (options: ReturnType<typeof dataSourceOptions>) =>
  (options as { extra: Record<string, unknown> }).extra;

describe('dataSourceOptions behind a pooler (ADR 0030)', () => {
  it('switches to the app role at login only on a direct connection', () => {
    expect(extra(dataSourceOptions(url, undefined, 'schakel_app'))['options']).toBe(
      '-c role=schakel_app',
    );
    // PgBouncer refuses the start-up parameter: a pooled login user is the role itself.
    expect(
      extra(dataSourceOptions(url, undefined, 'schakel_app', { pooled: true })),
    ).not.toHaveProperty('options');
  });

  it('tells preparedQuery whether it may name its statements', () => {
    const on = new DataSource(dataSourceOptions(url));
    const off = new DataSource(dataSourceOptions(url, undefined, null, { namedStatements: false }));
    expect(namedStatementsOn(on)).toBe(true);
    expect(namedStatementsOn(off)).toBe(false);
  });
});
