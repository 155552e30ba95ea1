import { GraphQLError } from 'graphql';
import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import {
  isDatabaseUnavailable,
  ServiceUnavailableError,
  unavailableDetail,
} from './database-unavailable';

/** An error as node-postgres reports a server's ErrorResponse: a message and a SQLSTATE. */
const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    [
      'refused',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ],
    ['admin_shutdown', pgError('57P01', 'terminating connection due to administrator command')],
    ['crash_shutdown', pgError('57P02')],
    ['cannot_connect_now', pgError('57P03', 'the database system is shutting down')],
    ['connection_failure', pgError('08006')],
    ['connection_does_not_exist', pgError('08003')],
    ['too_many_connections', pgError('53300')],
    ['terminated', new Error('Connection terminated unexpectedly')],
    ['pool connect timeout', new Error('timeout exceeded when trying to connect')],
    [
      'pool connect timeout (newer pg-pool)',
      new Error('Connection terminated due to connection timeout', { cause: new Error('x') }),
    ],
    ['broken client', new Error('Client has encountered a connection error and is not queryable')],
    // What TypeORM throws for the next statement of a transaction whose connection broke.
    ['released transaction connection', new QueryRunnerProviderAlreadyReleasedError()],
    ['commit after the connection was released', new QueryRunnerAlreadyReleasedError()],
  ])('recognises %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('looks through GraphQL, TypeORM, causes and AggregateErrors', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED ::1:5432'), {
      code: 'ECONNREFUSED',
    });
    const both = new AggregateError([refused, refused], '');
    expect(isDatabaseUnavailable(new GraphQLError('x', { originalError: both }))).toBe(true);
    expect(isDatabaseUnavailable(new QueryFailedError('SELECT 1', [], pgError('57P01')))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: pgError('57P03') }))).toBe(true);
    expect(isDatabaseUnavailable(new ServiceUnavailableError())).toBe(true);
  });

  it('does not take a failing statement for an outage', () => {
    expect(isDatabaseUnavailable(pgError('23505', 'duplicate key value'))).toBe(false);
    expect(
      isDatabaseUnavailable(pgError('57014', 'canceling statement due to statement timeout')),
    ).toBe(false);
    expect(isDatabaseUnavailable(new QueryFailedError('SELECT', [], pgError('42P01')))).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
  });

  it('tells the log the driver code and message, the client neither', () => {
    const error = new GraphQLError('x', { originalError: pgError('57P01', 'terminating') });
    expect(unavailableDetail(error)).toEqual({ cause: '57P01', error: 'terminating' });
    const answer = new ServiceUnavailableError();
    expect(answer.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', http: { status: 503 } });
    expect(answer.message).not.toMatch(/57P01|terminating/);
  });
});
