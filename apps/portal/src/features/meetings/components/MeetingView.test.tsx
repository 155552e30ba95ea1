import { ServerError } from '@apollo/client/errors';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MEETING_QUERY, MEETING_UPDATES_SUBSCRIPTION } from '../graphql/meetingDocuments';
import { entry, item, meeting, renderMeetings } from '../test/meetingFixtures';
import { MeetingView } from './MeetingView';

const OWN = item({ id: 'item-1', minutesAccess: 'FULL' });
// What the API sends for an item of a case the police do not take part in: a time slot only.
const OTHER_SLOT = { startsAt: '2026-09-01T07:30:00.000Z', endsAt: '2026-09-01T08:00:00.000Z' };

const found = (value = meeting({ agenda: [entry(OWN), entry(OTHER_SLOT)] })) => ({
  request: { query: MEETING_QUERY, variables: { id: 'meeting-1' } },
  result: { data: { meeting: value } },
});

describe('MeetingView', () => {
  it('says in Dutch that the data cannot be reached while the database is down (503)', async () => {
    const body = JSON.stringify({
      errors: [{ message: 'unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    });
    renderMeetings(<MeetingView meetingId="meeting-1" />, [
      {
        request: { query: MEETING_QUERY, variables: { id: 'meeting-1' } },
        error: new ServerError('Response not successful: Received status code 503', {
          response: new Response(body, { status: 503 }),
          bodyText: body,
        }),
      },
    ]);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Schakel kan de gegevens nu niet bereiken. Probeer het zo opnieuw.',
      ),
    );
  });

  it('shows an item the viewer may not see as "Ander agendapunt" with its time only', async () => {
    renderMeetings(<MeetingView meetingId="meeting-1" />, [found()]);

    const items = within(await screen.findByRole('region', { name: 'Agenda' })).getAllByRole(
      'listitem',
    );
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Agendapunt 1 09:00–09:30 · ZVH-2026-001 Kevin Voorbeeld');
    expect(items[1]).toHaveTextContent('Agendapunt 2 Ander agendapunt, 09:30–10:00');
    // Nothing to open or act on for the hidden slot.
    expect(within(items[1]!).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start overleg' })).toBeNull();
    expect(screen.getByRole('link', { name: /Agenda-bestand/ })).toHaveAttribute(
      'href',
      '/meetings/meeting-1/calendar.ics',
    );
  });

  it('follows the chair live: the current item and its new minutes appear, and it is announced', async () => {
    const updated = meeting({
      status: 'IN_PROGRESS',
      agenda: [
        entry(
          { ...OWN, status: 'DISCUSSED', minutes: 'Afgesproken: huisbezoek', revision: 2 },
          true,
        ),
        entry(OTHER_SLOT),
      ],
    });
    renderMeetings(<MeetingView meetingId="meeting-1" />, [
      found(),
      {
        request: {
          query: MEETING_UPDATES_SUBSCRIPTION,
          variables: { meetingId: 'meeting-1', afterEventId: '5' },
        },
        result: {
          data: {
            meetingUpdates: {
              __typename: 'MeetingUpdate',
              eventId: '7',
              kind: 'CURRENT_ITEM_CHANGED',
              itemId: 'item-1',
              meeting: updated,
            },
          },
        },
        delay: 50,
      },
    ]);

    expect(await screen.findByText('Kies een agendapunt om het te bekijken.')).toBeVisible();
    expect(await screen.findByText('Afgesproken: huisbezoek')).toBeVisible();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Agendapunt 1: ZVH-2026-001' }),
    ).toBeVisible();
    expect(screen.getByText('Agendapunt 1 is nu aan de beurt')).toBeInTheDocument();
    const current = within(screen.getByRole('region', { name: 'Agenda' })).getAllByRole(
      'listitem',
    )[0];
    expect(current).toHaveAttribute('aria-current', 'step');
    expect(current).toHaveTextContent('Nu aan de beurt');
  });
});
