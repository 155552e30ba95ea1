import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { errorCodeOf, errorFieldOf } from './errorCode';

const response = (status: number) => new Response(null, { status });

describe('errorCodeOf', () => {
  it('takes the first known code from GraphQL errors', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        { message: 'weird', extensions: { code: 'SOMETHING_NEW' } },
        { message: 'throttled', extensions: { code: 'LOGIN_THROTTLED' } },
      ],
    });
    expect(errorCodeOf(error)).toBe('LOGIN_THROTTLED');
  });

  it('treats GraphQL errors without a known code as internal', () => {
    expect(errorCodeOf(new CombinedGraphQLErrors({ errors: [{ message: 'boom' }] }))).toBe(
      'INTERNAL',
    );
  });

  it('reads the code from a rejected HTTP answer that still carries GraphQL errors', () => {
    const body = JSON.stringify({
      errors: [{ message: 'csrf', extensions: { code: 'CSRF_REJECTED' } }],
    });
    const error = new ServerError('Response not successful', {
      response: response(403),
      bodyText: body,
    });
    expect(errorCodeOf(error)).toBe('CSRF_REJECTED');
  });

  it('reads SERVICE_UNAVAILABLE from the 503 the API sends while its database is down', () => {
    const body = JSON.stringify({
      errors: [{ message: 'unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    });
    const error = new ServerError('Response not successful', {
      response: response(503),
      bodyText: body,
    });
    expect(errorCodeOf(error)).toBe('SERVICE_UNAVAILABLE');
  });

  it('calls an unreachable API a network problem', () => {
    const error = new ServerError('Bad gateway', { response: response(502), bodyText: '<html>' });
    expect(errorCodeOf(error)).toBe('NETWORK');
    expect(errorCodeOf(new TypeError('Failed to fetch'))).toBe('NETWORK');
    expect(
      errorCodeOf(
        new ServerParseError(new SyntaxError('Unexpected token <'), {
          response: response(200),
          bodyText: '<!doctype html>',
        }),
      ),
    ).toBe('NETWORK');
  });

  it('names the input field an error is about, when the API says so', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        { message: 'too short', extensions: { code: 'BAD_USER_INPUT', field: 'legalBasis' } },
      ],
    });
    expect(errorFieldOf(error)).toBe('legalBasis');
    expect(errorFieldOf(new CombinedGraphQLErrors({ errors: [{ message: 'boom' }] }))).toBeNull();
    expect(errorFieldOf(new TypeError('Failed to fetch'))).toBeNull();
  });
});
