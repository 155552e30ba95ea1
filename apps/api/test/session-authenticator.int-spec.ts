// One way in: HTTP requests (through the Passport strategy) and the live socket's upgrade both
// hand the session cookie to the SessionAuthenticator, which verifies it with the one verifier
// (SessionTokenService) and checks it against the database. A token that one path refuses, the
// other refuses too.
import { JwtService } from '@nestjs/jwt';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { SessionTokenService } from '../src/auth/session-token.service';
import { errorCode, gql, ME } from './support/graphql-client';
import { sessionCookie } from './support/meetings';
import { idsBy } from './support/sessions';
import { createTestApp, TEST_SESSION_SECRET, type TestApp } from './support/test-app';

let t: TestApp;
let url: string;
let origin: string;
let userId: string;
let verify: jest.SpyInstance;

beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  url = `ws://127.0.0.1:${port}/graphql`;
  origin = `http://127.0.0.1:${port}`;
  const users = await idsBy(t, `SELECT email AS key, id FROM app_user`);
  userId = users.get('wijkagent@politie.demo.example')!;
  verify = jest.spyOn(t.app.get(SessionTokenService), 'verify');
});
afterAll(async () => {
  verify.mockRestore();
  await t.close();
});
beforeEach(() => verify.mockClear());

/** The status of a WebSocket upgrade: 101 when accepted, else the refusal's status. */
const upgrade = (cookie: string) =>
  new Promise<number>((resolve) => {
    const ws = new WebSocket(url, 'graphql-transport-ws', { headers: { origin, cookie } });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('open', () => {
      resolve(101);
      ws.close();
    });
    ws.on('error', () => undefined);
  });

function claimsOf(cookie: string): Record<string, string | number> {
  return new JwtService().decode(cookie.split('=')[1]!);
}

const now = () => Math.floor(Date.now() / 1000);

const tokens: [string, () => string][] = [
  [
    'signed with another key',
    () =>
      new JwtService({ secret: 'another-secret-0123456789abcdefghijkl' }).sign(
        claimsOf(sessionCookie(t, userId)),
      ),
  ],
  [
    'expired',
    () =>
      new JwtService({ secret: TEST_SESSION_SECRET }).sign({
        ...claimsOf(sessionCookie(t, userId)),
        iat: now() - 600,
        exp: now() - 60,
      }),
  ],
  [
    'beyond the absolute maximum',
    () =>
      new JwtService({ secret: TEST_SESSION_SECRET }).sign({
        ...claimsOf(sessionCookie(t, userId)),
        auth: now() - t.config.sessionMaxSeconds - 5,
        iat: now() - 60,
        exp: now() + 600,
      }),
  ],
];

describe('the session authenticator', () => {
  it('accepts a valid session on both paths, verifying its token once per request', async () => {
    const cookie = sessionCookie(t, userId);
    const twoFields = `{ a: me { csrfToken } b: me { csrfToken } }`;
    const res = await gql(t.agent(), twoFields, {}, { headers: { cookie } });
    expect(res.errors).toBeUndefined();
    expect(verify).toHaveBeenCalledTimes(1);
    expect(await upgrade(cookie)).toBe(101);
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it.each(tokens)('refuses a token %s on HTTP and on the socket alike', async (_name, make) => {
    const cookie = `schakel_session=${make()}`;
    const res = await gql(t.agent(), ME, {}, { headers: { cookie } });
    expect(errorCode(res)).toBe('SESSION_EXPIRED');
    expect(await upgrade(cookie)).toBe(401);
    // Both refusals came from the one verifier, which said no.
    expect(verify).toHaveBeenCalledTimes(2);
    expect(verify.mock.results.map((r) => r.value as unknown)).toEqual([null, null]);
  });
});
