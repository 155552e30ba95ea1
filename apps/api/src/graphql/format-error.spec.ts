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
