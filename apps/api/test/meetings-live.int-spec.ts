// Live meeting updates over graphql-ws: the socket is authenticated by the session cookie and
// guarded by the Origin; each subscriber gets only what it may see; a reconnect catches up from
// the log; and a change written through one API instance reaches a subscriber on another.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createClient, type Client } from 'graphql-ws';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/app-config';
import { JsonLogger } from '../src/observability/json-logger';
import { ok } from './support/graphql-client';
import { sessionCookie } from './support/meetings';
import { callerByEmail, idsBy, type Caller } from './support/sessions';
import { createTestApp, TEST_SESSION_SECRET, type TestApp } from './support/test-app';

let t: TestApp;
let url: string;
let origin: string;
let users: Map<string, string>;
let meetingId: string;
let items: Map<string, string>;
let regie: Caller;
const clients: Client[] = [];

const POLICE = 'wijkagent@politie.demo.example';
const UPDATES = `subscription($id: ID!, $after: ID) {
  meetingUpdates(meetingId: $id, afterEventId: $after) {
    eventId kind itemId
    meeting { status agenda { hidden current item { id caseReference personName minutes } } }
  } }`;

interface Update {
  eventId: string;
  kind: string;
  itemId: string | null;
  meeting: {
    agenda: { hidden: boolean; current: boolean; item: { minutes: string | null } | null }[];
  };
}

function client(target: string, headers: Record<string, string>): Client {
  const c = createClient({
    url: target,
    retryAttempts: 0,
    lazy: true,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
  });
  clients.push(c);
  return c;
}

/** Collects updates of one subscription until `count` arrived (or the timeout). */
function collect(c: Client, variables: Record<string, unknown>, count: number, ms = 5000) {
  const got: Update[] = [];
  let ready!: () => void;
  const subscribed = new Promise<void>((resolve) => (ready = resolve));
  const done = new Promise<Update[]>((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      resolve(got);
    }, ms);
    const stop = c.subscribe<{ meetingUpdates: Update }>(
      { query: UPDATES, variables },
      {
        next: (msg) => {
          if (msg.errors) return reject(new Error(JSON.stringify(msg.errors)));
          got.push(msg.data!.meetingUpdates);
          if (got.length >= count) {
            clearTimeout(timer);
            stop();
            resolve(got);
          }
        },
        error: (e) => {
          clearTimeout(timer);
          reject(e instanceof Error ? e : new Error(JSON.stringify(e)));
        },
        complete: () => undefined,
      },
    );
    // graphql-ws has no "subscribed" ack; the server registers right after the connection.
    c.on('connected', () => setTimeout(ready, 150));
  });
  /** Resolves once `n` updates have arrived (the stream shows the meeting as it is when read). */
  const received = async (n: number) => {
    const until = Date.now() + ms;
    while (got.length < n && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  };
  return { subscribed, done, received };
}

const mutate = (query: string, variables: Record<string, unknown>) =>
  regie.gql(query, variables).then(ok);
const saveMinutes = async (itemId: string, minutes: string) => {
  const [row] = await t.db.query<
    {
      revision: number;
    }[]
  >(`SELECT revision FROM meeting_item WHERE id = $1`, [itemId]);
  return mutate(
    `mutation($input: SaveMeetingItemMinutesInput!) { saveMeetingItemMinutes(input: $input) { id } }`,
    { input: { itemId, revision: row!.revision, minutes } },
  );
};

beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  url = `ws://127.0.0.1:${port}/graphql`;
  origin = `http://127.0.0.1:${port}`;
  users = await idsBy(t, `SELECT email AS key, id FROM app_user`);
  regie = await callerByEmail(t, 'procesregisseur@zvh.demo.example');
  const [m] = await t.db.query<{ id: string }[]>(`SELECT id FROM meeting`);
  meetingId = m!.id;
  items = await idsBy(
    t,
    `SELECT c.reference AS key, i.id FROM meeting_item i JOIN case_file c ON c.id = i.case_id`,
  );
  await mutate(`mutation($id: ID!) { startMeeting(meetingId: $id) { id } }`, { id: meetingId });
});
afterAll(async () => {
  await Promise.all(clients.map(async (c) => c.dispose()));
  await t.close();
});

const refusal = (headers: Record<string, string>) =>
  new Promise<number>((resolve, reject) => {
    const ws = new WebSocket(url, 'graphql-transport-ws', { headers });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('open', () => {
      ws.close();
      reject(new Error('connection was accepted'));
    });
    ws.on('error', () => undefined);
  });

describe('the socket', () => {
  it('refuses a foreign Origin, a missing Origin, no session and a revoked session', async () => {
    const cookie = sessionCookie(t, users.get(POLICE)!);
    expect(await refusal({ cookie, origin: 'https://evil.example' })).toBe(403);
    expect(await refusal({ cookie })).toBe(403);
    expect(await refusal({ origin })).toBe(401);
    expect(await refusal({ origin, cookie: 'schakel_session=not-a-token' })).toBe(401);
    const token = cookie.split('=')[1]!;
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
      sid: string;
    };
    await t.db.query(
      `INSERT INTO revoked_session (session_id, expires_at) VALUES ($1, now() + interval '1 hour')`,
      [payload.sid],
    );
    expect(await refusal({ origin, cookie })).toBe(401);
  });

  it('serves only subscriptions', async () => {
    const c = client(url, { origin, cookie: sessionCookie(t, users.get(POLICE)!) });
    const result = await new Promise<unknown>((resolve) => {
      c.subscribe(
        { query: `query { me { user { id } } }` },
        { next: resolve, error: resolve, complete: () => undefined },
      );
    });
    expect(JSON.stringify(result)).toContain('Only subscriptions');
  });
});

describe('meetingUpdates', () => {
  let lastSeen: string;

  it("the police receive the chair's changes on their item, and nothing of the other item", async () => {
    const police = client(url, { origin, cookie: sessionCookie(t, users.get(POLICE)!) });
    const { subscribed, done, received } = collect(police, { id: meetingId }, 3);
    await subscribed;
    // Hidden item: its minutes produce nothing; moving the current item shows only "another item".
    await mutate(
      `mutation($input: SetCurrentMeetingItemInput!) { setCurrentMeetingItem(input: $input) { id } }`,
      { input: { meetingId, itemId: items.get('ZVH-2026-003') } },
    );
    // Each update carries the meeting as it is when the stream reads it: let the police see this
    // change before the chair moves on, so the snapshot below is of this moment.
    await received(1);
    await saveMinutes(items.get('ZVH-2026-003')!, 'GEHEIM-003 woonplek gevonden.');
    await mutate(
      `mutation($input: SetCurrentMeetingItemInput!) { setCurrentMeetingItem(input: $input) { id } }`,
      { input: { meetingId, itemId: items.get('ZVH-2026-001') } },
    );
    await saveMinutes(items.get('ZVH-2026-001')!, 'Politie: geen nieuwe incidenten.');
    const got = await done;
    expect(got.map((u) => [u.kind, u.itemId])).toEqual([
      ['CURRENT_ITEM_CHANGED', null],
      ['CURRENT_ITEM_CHANGED', items.get('ZVH-2026-001')],
      ['MINUTES_SAVED', items.get('ZVH-2026-001')],
    ]);
    expect(got[0]!.meeting.agenda[1]).toMatchObject({ hidden: true, current: true, item: null });
    expect(got[2]!.meeting.agenda[0]!.item!.minutes).toBe('Politie: geen nieuwe incidenten.');
    const text = JSON.stringify(got);
    for (const leak of ['GEHEIM-003', 'ZVH-2026-003', 'Ahmed', items.get('ZVH-2026-003')!]) {
      expect(text).not.toContain(leak);
    }
    lastSeen = got[0]!.eventId;
  });

  it('a reconnect with afterEventId replays what came after, in order, without duplicates', async () => {
    const police = client(url, { origin, cookie: sessionCookie(t, users.get(POLICE)!) });
    const { done } = collect(police, { id: meetingId, after: lastSeen }, 2, 3000);
    const got = await done;
    expect(got.map((u) => u.kind)).toEqual(['CURRENT_ITEM_CHANGED', 'MINUTES_SAVED']);
    expect(Number(got[1]!.eventId)).toBeGreaterThan(Number(got[0]!.eventId));
  });

  it('a subscriber who may not see the meeting is refused', async () => {
    const woning = users.get('woningcorporatie@demohuis.demo.example')!;
    await t.db.query(
      `DELETE FROM meeting_item_invitee ii USING agency a
        WHERE a.id = ii.agency_id AND a.name = 'Woonstichting Demohuis'`,
    );
    const c = client(url, { origin, cookie: sessionCookie(t, woning) });
    await expect(collect(c, { id: meetingId }, 1, 3000).done).rejects.toThrow(/NOT_FOUND/);
  });
});

describe('across API instances', () => {
  let second: NestFastifyApplication;

  afterAll(async () => {
    await second?.close();
  });

  it('a change written through instance A reaches a subscriber on instance B', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: t.database.url,
      SESSION_SECRET: TEST_SESSION_SECRET,
      SCHAKEL_DEMO_DATA: 'true',
      LOG_LEVEL: 'error',
    });
    second = await createApp(config, new JsonLogger('error', () => undefined));
    await second.listen(0, '127.0.0.1');
    const { port } = second.getHttpServer().address() as AddressInfo;
    const onB = client(`ws://127.0.0.1:${port}/graphql`, {
      origin: `http://127.0.0.1:${port}`,
      cookie: sessionCookie(t, users.get(POLICE)!),
    });
    const { subscribed, done } = collect(onB, { id: meetingId }, 1);
    await subscribed;
    await saveMinutes(items.get('ZVH-2026-001')!, 'Via instantie A geschreven.');
    const [update] = await done;
    expect(update).toMatchObject({ kind: 'MINUTES_SAVED', itemId: items.get('ZVH-2026-001') });
    expect(update!.meeting.agenda[0]!.item!.minutes).toBe('Via instantie A geschreven.');
  });
});
