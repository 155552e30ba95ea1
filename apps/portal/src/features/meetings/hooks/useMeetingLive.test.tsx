import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MeetingView } from '../components/MeetingView';
import { MEETING_QUERY } from '../graphql/meetingDocuments';
import {
  entry,
  item,
  LiveLinkDouble,
  meeting,
  renderMeetings,
  type LiveStream,
} from '../test/meetingFixtures';
import { useMeetingLive } from './useMeetingLive';

const OWN = item({ id: 'item-1' });
const loaded = (lastEventId = '5') => ({
  request: { query: MEETING_QUERY, variables: { id: 'meeting-1' } },
  result: { data: { meeting: meeting({ lastEventId, agenda: [entry(OWN)] }) } },
});

function update(eventId: string, kind = 'MINUTES_SAVED', minutes: string | null = null) {
  return {
    data: {
      meetingUpdates: {
        __typename: 'MeetingUpdate',
        eventId,
        kind,
        itemId: 'item-1',
        meeting: meeting({ lastEventId: eventId, agenda: [entry({ ...OWN, minutes })] }),
      },
    },
  };
}

/** What the API sends when a stream cannot go on (here: the database stayed away too long). */
const unavailable = {
  errors: [{ message: 'unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
};

async function stream(live: LiveLinkDouble, n: number): Promise<LiveStream> {
  await waitFor(() => expect(live.streams.length).toBeGreaterThanOrEqual(n));
  return live.streams[n - 1]!;
}

describe('following a meeting live through a broken stream', () => {
  it('shows "Verbinding herstellen…", resubscribes after the last event seen, and clears it once back', async () => {
    const live = new LiveLinkDouble();
    renderMeetings(
      <MeetingView meetingId="meeting-1" />,
      // The page's load, then the reload that shows the API can serve the meeting again.
      [loaded(), loaded('6')],
      ['MEMBER'],
      live,
    );
    const first = await stream(live, 1);
    expect(first.variables).toEqual({ meetingId: 'meeting-1', afterEventId: '5' });
    first.next(update('6'));
    expect(await screen.findByText('Notulen bijgewerkt')).toBeInTheDocument();
    expect(screen.queryByText('Verbinding herstellen…')).toBeNull();

    // The stream ends with an error (or the server closes it): say so, politely.
    first.next(unavailable);
    first.complete();
    const notice = await screen.findByText('Verbinding herstellen…');
    expect(notice.closest('[aria-live]')).toHaveAttribute('aria-live', 'polite');
    expect(notice.closest('[role]')).toHaveAttribute('role', 'status');

    // After a pause: the same subscription, from the last event handled.
    const second = await stream(live, 2);
    expect(second.variables).toEqual({ meetingId: 'meeting-1', afterEventId: '6' });
    await waitFor(() => expect(screen.queryByText('Verbinding herstellen…')).toBeNull());
    second.next(update('7', 'CURRENT_ITEM_CHANGED'));
    expect(await screen.findByText('Er is nu geen agendapunt aan de beurt')).toBeInTheDocument();
  });

  it('keeps trying while the API cannot serve the stream, and also after the server closes it', async () => {
    const live = new LiveLinkDouble();
    renderMeetings(
      <MeetingView meetingId="meeting-1" />,
      [loaded(), loaded(), loaded()],
      ['MEMBER'],
      live,
    );
    const first = await stream(live, 1);
    // The server ends the stream without an error.
    first.complete();
    expect(await screen.findByText('Verbinding herstellen…')).toBeInTheDocument();
    // The first try is refused too (the database is still away): try again, still saying so.
    const second = await stream(live, 2);
    second.next(unavailable);
    second.complete();
    const third = await stream(live, 3);
    expect(third.variables).toEqual({ meetingId: 'meeting-1', afterEventId: '5' });
    expect(second.closed && first.closed).toBe(true);
    await waitFor(() => expect(screen.queryByText('Verbinding herstellen…')).toBeNull());
  }, 20_000);
});

/** Records what useMeetingLive hands on: each event once, in order, across resubscriptions. */
function Follower({ seen }: { seen: string[] }) {
  const { reconnecting } = useMeetingLive('meeting-1', '5', (u) => seen.push(u.eventId));
  return <p>{reconnecting ? 'reconnecting' : 'live'}</p>;
}

describe('useMeetingLive', () => {
  it('hands on every event once, also when the replay after a resubscription repeats some', async () => {
    const live = new LiveLinkDouble();
    const seen: string[] = [];
    renderMeetings(<Follower seen={seen} />, [loaded()], ['MEMBER'], live);
    const first = await stream(live, 1);
    first.next(update('6'));
    first.next(update('7'));
    first.error(new Error('Socket closed with event 1006'));
    expect(await screen.findByText('reconnecting')).toBeInTheDocument();
    const second = await stream(live, 2);
    expect(second.variables).toMatchObject({ afterEventId: '7' });
    // An event of before the break (graphql-ws may resend), then the ones missed meanwhile.
    second.next(update('7'));
    second.next(update('8'));
    second.next(update('9'));
    await waitFor(() => expect(seen).toEqual(['6', '7', '8', '9']));
    expect(await screen.findByText('live')).toBeInTheDocument();
  });
});
