import { GraphQLError } from 'graphql';
import { JsonLogger } from '../observability/json-logger';
import { AppError } from '../common/app-error';
import { createFormatError } from './format-error';

describe('createFormatError', () => {
  const logs: string[] = [];
  const format = createFormatError(true, new JsonLogger('debug', (l) => logs.push(l)));

  it('passes known codes with their message', () => {
    const err = new AppError('FORBIDDEN', 'Not allowed');
    expect(format({ message: err.message, extensions: { code: 'FORBIDDEN' } }, err)).toEqual({
      message: 'Not allowed',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('keeps the name of the offending input field, and nothing else from the extensions', () => {
    const err = new AppError('BAD_USER_INPUT', 'reason is required.', { field: 'reason' });
    expect(
      format(
        { message: err.message, extensions: { code: 'BAD_USER_INPUT', field: 'reason', x: 1 } },
        err,
      ),
    ).toEqual({
      message: 'reason is required.',
      extensions: { code: 'BAD_USER_INPUT', field: 'reason' },
    });
    const internal = format(
      { message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR', field: 'secret' } },
      new GraphQLError('boom'),
    );
    expect(internal.extensions).toEqual({ code: 'INTERNAL' });
  });

  it('hides unexpected errors behind INTERNAL, logging the detail on the server only', () => {
    const boom = new GraphQLError('relation "secret_table" does not exist', {
      originalError: new Error('relation "secret_table" does not exist'),
    });
    const out = format(
      {
        message: boom.message,
        path: ['me'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
      },
      boom,
    );
    expect(out).toEqual({
      message: 'Internal server error',
      path: ['me'],
      extensions: { code: 'INTERNAL' },
    });
    expect(logs.join()).toContain('secret_table');
  });

  it('answers SERVICE_UNAVAILABLE when the database cannot be reached, logging the cause only', () => {
    logs.length = 0;
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:5432'), {
      code: 'ECONNREFUSED',
    });
    const error = new GraphQLError(refused.message, { originalError: refused });
    const out = format(
      { message: error.message, path: ['case'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      error,
    );
    expect(out).toEqual({
      message: 'The database cannot be reached right now. Try again shortly.',
      path: ['case'],
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    expect(logs).toHaveLength(1);
    expect(JSON.parse(logs[0]!)).toMatchObject({
      level: 'warn',
      msg: 'database unavailable',
      cause: 'ECONNREFUSED',
    });
  });

  it('strips field suggestions in production', () => {
    const out = format(
      {
        message: 'Cannot query field "mee" on type "Query". Did you mean "me"?',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
      new GraphQLError('x'),
    );
    expect(out.message).toBe('Cannot query field "mee" on type "Query".');
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});
