import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MeetingView } from '../components/MeetingView';
import {
  CLOSE_MEETING_MUTATION,
  MEETING_QUERY,
  SET_CURRENT_MEETING_ITEM_MUTATION,
  START_MEETING_MUTATION,
} from '../graphql/meetingDocuments';
import { entry, graphQLError, item, meeting, renderMeetings } from '../test/meetingFixtures';

const FIRST = item({ id: 'item-1' });
const SECOND = item({
  id: 'item-2',
  caseReference: 'ZVH-2026-002',
  startsAt: '2026-09-01T07:30:00.000Z',
  endsAt: '2026-09-01T08:00:00.000Z',
});
const chaired = (over: Parameters<typeof meeting>[0] = {}) =>
  meeting({ isChair: true, agenda: [entry(FIRST), entry(SECOND)], ...over });
const loaded = (value = chaired()) => ({
  request: { query: MEETING_QUERY, variables: { id: 'meeting-1' } },
  result: { data: { meeting: value } },
});

// The chair's actions through useMeetingChair, as the chair sees them on the meeting page.
describe('useMeetingChair', () => {
  it('says why starting was refused, in the meeting-mode section', async () => {
    const { user } = renderMeetings(<MeetingView meetingId="meeting-1" />, [
      loaded(),
      {
        request: { query: START_MEETING_MUTATION, variables: { meetingId: 'meeting-1' } },
        result: graphQLError('FORBIDDEN'),
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Start overleg' }));

    const mode = screen.getByRole('region', { name: 'Overleg leiden' });
    expect(await within(mode).findByText('Dat is niet gelukt.')).toBeVisible();
    expect(
      within(mode).getByText('U hebt geen toegang tot deze gegevens of deze handeling.'),
    ).toBeVisible();
  });

  it('moves to the next item and shows it, after the one the chair had opened', async () => {
    const running = chaired({ status: 'IN_PROGRESS', agenda: [entry(FIRST, true), entry(SECOND)] });
    const moved = chaired({ status: 'IN_PROGRESS', agenda: [entry(FIRST), entry(SECOND, true)] });
    const { user } = renderMeetings(<MeetingView meetingId="meeting-1" />, [
      loaded(running),
      {
        request: {
          query: SET_CURRENT_MEETING_ITEM_MUTATION,
          variables: { input: { meetingId: 'meeting-1', itemId: 'item-2' } },
        },
        result: { data: { setCurrentMeetingItem: moved } },
      },
    ]);

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Agendapunt 1: ZVH-2026-001' }),
    ).toBeVisible();
    // Opened by hand: after moving on, the page follows the new current item again.
    await user.click(screen.getByRole('button', { name: 'Toon agendapunt 1' }));
    await user.click(screen.getByRole('button', { name: 'Volgend agendapunt' }));

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Agendapunt 2: ZVH-2026-002' }),
    ).toBeVisible();
    const entries = within(screen.getByRole('region', { name: 'Agenda' })).getAllByRole('listitem');
    expect(entries[1]).toHaveAttribute('aria-current', 'step');
    // The last item is current: nothing comes next.
    expect(screen.queryByRole('button', { name: 'Volgend agendapunt' })).toBeNull();
  });

  it('closes only after the chair confirms, and cancelling keeps the meeting open', async () => {
    const { user } = renderMeetings(<MeetingView meetingId="meeting-1" />, [
      loaded(chaired({ status: 'IN_PROGRESS' })),
      {
        request: { query: CLOSE_MEETING_MUTATION, variables: { meetingId: 'meeting-1' } },
        result: { data: { closeMeeting: chaired({ status: 'CLOSED' }) } },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Overleg afsluiten' }));
    expect(screen.getByText(/Weet u het zeker\?/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByText(/Weet u het zeker\?/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Overleg afsluiten' }));
    await user.click(screen.getByRole('button', { name: 'Ja, overleg afsluiten' }));

    // A closed meeting has no meeting mode and no agenda changes.
    expect(await screen.findByText('Afgesloten')).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Overleg leiden' })).toBeNull();
    expect(screen.queryByRole('button', { name: /verwijderen$/ })).toBeNull();
  });
});
