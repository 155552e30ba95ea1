import { screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { me, meSignedIn } from '../../../test/sessionFixtures';
import { MARK_NOTIFICATIONS_READ_MUTATION } from '../graphql/markNotificationsReadMutation';
import { NOTIFICATIONS_QUERY } from '../graphql/notificationsQuery';
import { UNREAD_NOTIFICATIONS_QUERY } from '../graphql/unreadNotificationsQuery';

const CASE_ID = '6f1c2a5e-0000-4000-8000-000000000001';

const unread = (count: number): MockLink.MockedResponse => ({
  request: { query: UNREAD_NOTIFICATIONS_QUERY },
  result: {
    data: { unreadNotificationCount: count },
  },
});

const notification = (
  id: string,
  kind: string,
  params: Record<string, string>,
  readAt: string | null,
  personName: string | null = null,
) => ({
  __typename: 'Notification' as const,
  id,
  kind,
  caseId: CASE_ID,
  personName,
  personNameAccess: personName === null ? ('WITHHELD' as const) : ('FULL' as const),
  params: Object.entries(params).map(([key, value]) => ({
    __typename: 'NotificationParam' as const,
    key,
    value,
  })),
  createdAt: '2026-03-12T13:05:00.000Z',
  readAt,
});

const page = (unreadCount: number, read: boolean): MockLink.MockedResponse => ({
  request: { query: NOTIFICATIONS_QUERY, variables: { first: 50 } },
  result: {
    data: {
      notifications: {
        __typename: 'NotificationList',
        unreadCount,
        items: [
          notification(
            'n-1',
            'REFERRAL_DECIDED',
            { caseReference: 'ZVH-2026-004', decision: 'REFERRED_BACK' },
            read ? '2026-03-13T08:00:00.000Z' : null,
          ),
          notification(
            'n-2',
            'PLAN_ADOPTED',
            { caseReference: 'ZVH-2026-001' },
            null,
            'Kevin Voorbeeld',
          ),
        ],
      },
    },
  },
});

describe('NotificationsLink', () => {
  it('names the unread count in the header link, for screen readers too', async () => {
    renderApp({ mocks: [meSignedIn(me()), unread(3)] });
    const link = await screen.findByRole('link', { name: 'Meldingen, 3 ongelezen' });
    expect(link).toHaveAttribute('href', '/meldingen');
    expect(within(link).getByText('3')).toBeVisible();
  });

  it('is just "Meldingen" without a badge when everything is read', async () => {
    renderApp({ mocks: [meSignedIn(me()), unread(0)] });
    await screen.findByRole('heading', { level: 1 });
    const link = await screen.findByRole('link', { name: 'Meldingen' });
    expect(link).not.toHaveTextContent('0');
  });

  it('is not offered to an administrator, who gets no case notifications', async () => {
    renderApp({ mocks: [meSignedIn(me({ roles: ['FUNCTIONAL_ADMIN'] })), unread(2)] });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('link', { name: /Meldingen/ })).toBeNull();
  });
});

describe('the notifications page', () => {
  it('words each kind in Dutch, links to the case and marks everything read', async () => {
    const { user, requests } = renderApp({
      route: '/meldingen',
      mocks: [
        meSignedIn(me()),
        unread(2),
        page(2, false),
        {
          request: { query: MARK_NOTIFICATIONS_READ_MUTATION, variables: { ids: [] } },
          result: { data: { markNotificationsRead: 0 } },
        },
        page(0, true),
        unread(0),
      ],
    });
    expect(
      await screen.findByText(
        'Er is besloten over aanmelding ZVH-2026-004: terugverwezen naar de lokale aanpak.',
      ),
    ).toBeVisible();
    // No version label was sent: the sentence without it, not a raw placeholder.
    expect(
      screen.getByText('Het plan van aanpak van casus ZVH-2026-001 is vastgesteld.'),
    ).toBeVisible();
    // The name where the reader may see it; where withheld, just the number (no name, no guess).
    expect(screen.getByRole('link', { name: 'Open dossier ZVH-2026-004' })).toHaveAttribute(
      'href',
      `/dossiers/${CASE_ID}`,
    );
    expect(
      screen.getByRole('link', { name: 'Open dossier ZVH-2026-001 (Kevin Voorbeeld)' }),
    ).toBeVisible();
    expect(screen.getByText('2 ongelezen')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Markeer alles als gelezen' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Alle meldingen zijn als gelezen gemarkeerd.',
      ),
    );
    expect(await screen.findByRole('link', { name: 'Meldingen' })).toBeVisible();
    expect(requests.map((r) => r.operationName)).toContain('MarkNotificationsRead');
    expect(screen.queryByRole('button', { name: 'Markeer alles als gelezen' })).toBeNull();
  });
});
