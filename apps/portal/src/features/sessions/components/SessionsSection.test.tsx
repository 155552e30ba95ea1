import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { me, meSignedIn } from '../../../test/sessionFixtures';
import {
  END_SESSION_MUTATION,
  LOG_OUT_EVERYWHERE_MUTATION,
  MY_SESSIONS_QUERY,
} from '../graphql/sessionsQueries';

const session = (id: string, current: boolean, userAgent: string | null, address: string) => ({
  __typename: 'UserSession' as const,
  id,
  current,
  method: 'password',
  userAgent,
  originAddress: address,
  startedAt: '2025-03-01T08:00:00.000Z',
  lastSeenAt: '2025-03-01T09:15:00.000Z',
});

const laptop = session(
  's-1',
  true,
  'Mozilla/5.0 (Windows NT 10.0; Win64) Firefox/140.0',
  '192.0.2.10',
);
const phone = session(
  's-2',
  false,
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0) Safari/605.1',
  '198.51.100.7',
);

const sessionsAre = (list: unknown[]): MockLink.MockedResponse => ({
  request: { query: MY_SESSIONS_QUERY },
  result: { data: { mySessions: list } },
});

describe('SessionsSection', () => {
  it('lists each session with its device, address, start and last activity; the current one marked', async () => {
    renderApp({ mocks: [meSignedIn(me()), sessionsAre([laptop, phone])], route: '/account' });
    const section = await screen.findByRole('region', { name: 'Actieve sessies' });
    const items = await within(section).findAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Firefox op Windows — Deze sessie');
    expect(items[0]).toHaveTextContent('192.0.2.10');
    expect(within(items[0]!).queryByRole('button')).toBeNull();
    expect(items[1]).toHaveTextContent('Safari op iOS');
    expect(items[1]).toHaveTextContent('198.51.100.7');
    expect(
      within(items[1]!).getByRole('button', { name: /^Beëindig de sessie Safari op iOS/ }),
    ).toHaveTextContent('Beëindig deze sessie');
  });

  it('"end this session" ends the other one and says so', async () => {
    const { user, requests } = renderApp({
      mocks: [
        meSignedIn(me()),
        sessionsAre([laptop, phone]),
        {
          request: { query: END_SESSION_MUTATION, variables: { id: 's-2' } },
          result: { data: { endSession: true } },
        },
        sessionsAre([laptop]),
      ],
      route: '/account',
    });
    const section = await screen.findByRole('region', { name: 'Actieve sessies' });
    await user.click(
      await within(section).findByRole('button', { name: /^Beëindig de sessie Safari/ }),
    );

    expect(await within(section).findByText('De sessie is beëindigd.')).toBeInTheDocument();
    expect(within(section).getAllByRole('listitem')).toHaveLength(1);
    expect(within(section).getByText('Er zijn geen andere sessies.')).toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'EndSession')?.variables).toEqual({
      id: 's-2',
    });
  });

  it('"log out everywhere" ends every session and lands on the login page with a notice', async () => {
    const { user } = renderApp({
      mocks: [
        meSignedIn(me()),
        sessionsAre([laptop, phone]),
        {
          request: { query: LOG_OUT_EVERYWHERE_MUTATION },
          result: { data: { logOutEverywhere: 2 } },
        },
      ],
      route: '/account',
    });
    const section = await screen.findByRole('region', { name: 'Actieve sessies' });
    const button = within(section).getByRole('button', { name: 'Overal uitloggen' });
    expect(button).toHaveAccessibleDescription(
      'Hiermee beëindigt u al uw sessies, ook deze. U moet daarna opnieuw inloggen.',
    );
    await user.click(button);

    expect(await screen.findByText('U bent op al uw apparaten uitgelogd.')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Inloggen bij Schakel' }),
    ).toBeInTheDocument();
  });
});
