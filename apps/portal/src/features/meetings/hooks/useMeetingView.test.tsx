import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MeetingView } from '../components/MeetingView';
import { MEETING_QUERY } from '../graphql/meetingDocuments';
import { entry, graphQLError, item, meeting, renderMeetings } from '../test/meetingFixtures';

const FIRST = item({ id: 'item-1' });
const SECOND = item({
  id: 'item-2',
  caseReference: 'ZVH-2026-002',
  startsAt: '2026-09-01T07:30:00.000Z',
  endsAt: '2026-09-01T08:00:00.000Z',
});
const answer = (result: object) => ({
  request: { query: MEETING_QUERY, variables: { id: 'meeting-1' } },
  result,
});

// Which item the meeting page shows, through useMeetingView.
describe('useMeetingView', () => {
  it('shows the current item until the user opens another one, and marks the shown one pressed', async () => {
    const running = meeting({ status: 'IN_PROGRESS', agenda: [entry(FIRST, true), entry(SECOND)] });
    const { user } = renderMeetings(<MeetingView meetingId="meeting-1" />, [
      answer({ data: { meeting: running } }),
    ]);

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Agendapunt 1: ZVH-2026-001' }),
    ).toBeVisible();
    const agenda = screen.getByRole('region', { name: 'Agenda' });
    expect(within(agenda).getByRole('button', { name: 'Toon agendapunt 1' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(within(agenda).getByRole('button', { name: 'Toon agendapunt 2' }));

    expect(
      screen.getByRole('heading', { level: 2, name: 'Agendapunt 2: ZVH-2026-002' }),
    ).toBeVisible();
    expect(within(agenda).getByRole('button', { name: 'Toon agendapunt 2' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(agenda).getByRole('button', { name: 'Toon agendapunt 1' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(document.title).toMatch(/^Casusoverleg /);
  });

  it('asks to choose an item when none is current', async () => {
    renderMeetings(<MeetingView meetingId="meeting-1" />, [
      answer({ data: { meeting: meeting({ agenda: [entry(FIRST)] }) } }),
    ]);
    expect(await screen.findByText('Kies een agendapunt om het te bekijken.')).toBeVisible();
  });

  it('says why the meeting cannot be shown', async () => {
    renderMeetings(<MeetingView meetingId="meeting-1" />, [answer(graphQLError('FORBIDDEN'))]);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'U hebt geen toegang tot deze gegevens of deze handeling.',
      ),
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Overleg laden…' })).toBeVisible();
  });
});
