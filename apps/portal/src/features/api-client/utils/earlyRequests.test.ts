import { ApolloLink } from '@apollo/client';
import { print } from '@apollo/client/utilities';
import { ROLES_WITHOUT_CASE_CONTENT } from '@schakel/domain';
import { of } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { earlyRequestsOptions } from '../../../../vite.config';
import { earlyRequestsConfig } from '../../../../vite-plugins/early-requests';
import { me } from '../../../test/sessionFixtures';
import { ME_QUERY } from '../../auth/graphql/meQuery';
import { CASES_QUERY } from '../../cases/graphql/casesQuery';
import { caseListVariables, parseCaseListParams } from '../../cases/utils/caseListParams';
import { TIME_ZONE } from '../../i18n/utils/formatDate';
import { INTL_LOCALE } from '../../i18n/utils/locale';
import { createApolloClient } from './createApolloClient';
import { createEarlyRequestLink } from './earlyRequestLink';
import {
  EARLY_REQUESTS_TTL_MS,
  startEarlyRequests,
  type EarlyRequests,
  type EarlyRequestsConfig,
} from './earlyRequests';

const config: EarlyRequestsConfig = earlyRequestsConfig(earlyRequestsOptions);

/**
 * A page at `path` whose fetch answers with `answer(operationName)` (null: a network error), and
 * whose Intl records what was formatted (`intlFails`: a browser whose Intl throws).
 */
function page(
  path: string,
  answer: (operationName: string) => unknown,
  search = '',
  intlFails = false,
) {
  const sent: { operationName: string; query: string; variables: unknown; init: RequestInit }[] =
    [];
  // In order: each request sent (its name) and each Intl format made (kind, locale, time zone).
  const events: string[] = [];
  const formatter = (kind: string) =>
    class {
      constructor(locale: string, options?: { timeZone?: string }) {
        if (intlFails) throw new RangeError('Incorrect locale information provided');
        events.push(`${kind} ${locale}${options?.timeZone ? ` ${options.timeZone}` : ''}`);
      }
      format() {
        return '';
      }
    };
  const win = {
    location: { pathname: path, search },
    performance: { now: () => 1000 },
    setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
    Intl: { NumberFormat: formatter('number'), DateTimeFormat: formatter('date') },
    fetch: vi.fn((_url: string, init: RequestInit) => {
      const body = JSON.parse(init.body as string) as {
        operationName: string;
        query: string;
        variables: unknown;
      };
      sent.push({ ...body, init });
      events.push(`request ${body.operationName}`);
      const reply = answer(body.operationName);
      if (reply === null) return Promise.reject(new TypeError('Failed to fetch'));
      return Promise.resolve(
        new Response(JSON.stringify(reply), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
      );
    }),
  } as unknown as Parameters<typeof startEarlyRequests>[1];
  startEarlyRequests(config, win);
  return { win, sent, events, early: win.__schakelEarlyRequests! };
}

const settled = (early: EarlyRequests) => Promise.all(early.requests.map((r) => r.result));
const meAnswer = (roles: string[]) => ({ data: { me: { ...me(), roles } } });
const casesAnswer = {
  data: {
    cases: {
      __typename: 'CasePage',
      nodes: [],
      pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
    },
  },
};

describe('the early script', () => {
  it('asks who is signed in at once, with the cookie and the CSRF preflight header', async () => {
    const { sent, early } = page('/overzicht', () => meAnswer(['PROCESREGISSEUR']));
    await settled(early);
    expect(sent.map((s) => s.operationName)).toEqual(['Me']);
    expect(sent[0]!.query).toBe(config.me.query);
    expect(sent[0]!.init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
    });
  });

  it('asks for the case list on its page, after Me, for a role that sees case content', async () => {
    const member = meAnswer(['MEMBER']);
    const { sent, early } = page('/dossiers', (name) => (name === 'Me' ? member : casesAnswer));
    expect(await settled(early)).toEqual([member, casesAnswer]);
    expect(sent.map((s) => [s.operationName, s.variables])).toEqual([
      ['Me', {}],
      ['Cases', config.cases.variables],
    ]);
  });

  it.each([
    ['a privacy officer (no case content)', '/dossiers', '', ['PRIVACY_OFFICER']],
    ['an agency administrator', '/dossiers/', '', ['AGENCY_ADMIN']],
    ['nobody signed in', '/dossiers', '', null],
    ['a filtered list (other variables)', '/dossiers', '?status=ACTIVE', ['MEMBER']],
    ['another page', '/dossiers/3f6c', '', ['MEMBER']],
  ])('does not ask for the case list for %s', async (_, path, search, roles) => {
    const { sent, early } = page(
      path,
      (name) => (name === 'Me' ? (roles ? meAnswer(roles) : { data: { me: null } }) : casesAnswer),
      search,
    );
    await settled(early);
    expect(sent.map((s) => s.operationName)).toEqual(['Me']);
  });

  it("loads the browser's number and date formats after the requests are sent, in both languages", async () => {
    const member = meAnswer(['MEMBER']);
    const { events, early } = page('/dossiers', (name) => (name === 'Me' ? member : casesAnswer));
    await settled(early);
    await vi.waitFor(() => expect(events.length).toBeGreaterThan(2));
    expect(config.intl).toEqual({ locales: Object.values(INTL_LOCALE), timeZone: TIME_ZONE });
    expect(events).toEqual([
      'request Me',
      'request Cases',
      'number nl-NL',
      'date nl-NL Europe/Amsterdam',
      'number en-GB',
      'date en-GB Europe/Amsterdam',
    ]);
  });

  it('still sends its requests in a browser whose Intl refuses the locales', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      const member = meAnswer(['MEMBER']);
      const { sent, early } = page(
        '/dossiers',
        (name) => (name === 'Me' ? member : casesAnswer),
        '',
        true,
      );
      expect(await settled(early)).toEqual([member, casesAnswer]);
      expect(sent.map((s) => s.operationName)).toEqual(['Me', 'Cases']);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(errors).toEqual([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('leaves nothing usable when the network fails', async () => {
    const { early } = page('/dossiers', () => null);
    expect(await settled(early)).toEqual([null, null]);
  });
});

describe('the shell with the early answers', () => {
  function shell(early: EarlyRequests | undefined) {
    const sent: { operationName: string | undefined; query: string; variables: object }[] = [];
    const network = new ApolloLink((operation) => {
      sent.push({
        operationName: operation.operationName,
        query: print(operation.query),
        variables: operation.variables,
      });
      return of(operation.operationName === 'Me' ? meAnswer(['MEMBER']) : casesAnswer);
    });
    const hooks = { csrfToken: () => null, sessionEnded: vi.fn() };
    const client = createApolloClient(
      hooks,
      ApolloLink.from([createEarlyRequestLink(() => early), network]),
    );
    return { client, sent, hooks };
  }
  const earlyWith = (
    requests: { operationName: string; query: string; variables: object; result: unknown }[],
    startedAt = performance.now(),
  ): EarlyRequests => ({
    startedAt,
    requests: requests.map((r) => ({
      ...r,
      variables: r.variables as Record<string, unknown>,
      result: Promise.resolve(r.result),
    })),
  });

  it('sends exactly the documents and variables the early script sends', async () => {
    const { client, sent } = shell(undefined);
    await client.query({ query: ME_QUERY });
    await client.query({
      query: CASES_QUERY,
      variables: caseListVariables(parseCaseListParams(new URLSearchParams())),
    });
    expect(sent).toEqual([
      { operationName: 'Me', query: config.me.query, variables: {} },
      { operationName: 'Cases', query: config.cases.query, variables: config.cases.variables },
    ]);
    expect(config.rolesWithoutCaseContent).toEqual(ROLES_WITHOUT_CASE_CONTENT);
  });

  it('answers its first Me from the early request, and asks the network after that', async () => {
    const early = earlyWith([
      {
        operationName: 'Me',
        query: config.me.query,
        variables: {},
        result: { data: { me: { ...me(), roles: ['PROCESREGISSEUR'] } } },
      },
    ]);
    const { client, sent } = shell(early);
    const first = await client.query({ query: ME_QUERY, fetchPolicy: 'network-only' });
    expect(first.data?.me?.roles).toEqual(['PROCESREGISSEUR']);
    expect(sent).toEqual([]);

    const second = await client.query({ query: ME_QUERY, fetchPolicy: 'network-only' });
    expect(second.data?.me?.roles).toEqual(['MEMBER']);
    expect(sent.map((s) => s.operationName)).toEqual(['Me']);
  });

  it('ends the session on an early answer that says it ended, as on any answer', async () => {
    const early = earlyWith([
      {
        operationName: 'Me',
        query: config.me.query,
        variables: {},
        result: { data: null, errors: [{ message: 'x', extensions: { code: 'SESSION_EXPIRED' } }] },
      },
    ]);
    const { client, hooks } = shell(early);
    await client.query({ query: ME_QUERY }).catch(() => undefined);
    expect(hooks.sessionEnded).toHaveBeenCalledWith('SESSION_EXPIRED');
  });

  it.each([
    ['failed', { variables: {}, result: null, startedAt: 0 }],
    ['for other variables', { variables: { first: 5 }, result: casesAnswer, startedAt: 0 }],
    ['too old', { variables: {}, result: casesAnswer, startedAt: -EARLY_REQUESTS_TTL_MS - 1 }],
  ])('asks the network when the early answer is %s', async (_, c) => {
    const variables = caseListVariables(parseCaseListParams(new URLSearchParams()));
    const early = earlyWith(
      [
        {
          operationName: 'Cases',
          query: config.cases.query,
          variables: Object.keys(c.variables).length ? c.variables : variables,
          result: c.result,
        },
      ],
      performance.now() + c.startedAt,
    );
    const { client, sent } = shell(early);
    await client.query({ query: CASES_QUERY, variables }).catch(() => undefined);
    expect(sent.map((s) => s.operationName)).toEqual(['Cases']);
  });
});
