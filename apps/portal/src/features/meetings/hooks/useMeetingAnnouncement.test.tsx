import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MeetingView } from '../components/MeetingView';
import { MEETING_QUERY, MEETING_UPDATES_SUBSCRIPTION } from '../graphql/meetingDocuments';
import { entry, item, meeting, renderMeetings } from '../test/meetingFixtures';

const OWN = item({ id: 'item-1' });

function renderWithUpdate(kind: string, updated = meeting({ agenda: [entry(OWN)] })) {
  return renderMeetings(<MeetingView meetingId="meeting-1" />, [
    {
      request: { query: MEETING_QUERY, variables: { id: 'meeting-1' } },
      result: { data: { meeting: meeting({ agenda: [entry(OWN)] }) } },
    },
    {
      request: {
        query: MEETING_UPDATES_SUBSCRIPTION,
        variables: { meetingId: 'meeting-1', afterEventId: '5' },
      },
      result: {
        data: {
          meetingUpdates: {
            __typename: 'MeetingUpdate',
            eventId: '6',
            kind,
            itemId: 'item-1',
            meeting: updated,
          },
        },
      },
      delay: 50,
    },
  ]);
}

// What a screen reader hears when the meeting changes elsewhere (the page's polite live region).
describe('useMeetingAnnouncement', () => {
  it('announces new minutes', async () => {
    renderWithUpdate('MINUTES_SAVED');
    await screen.findByRole('heading', { level: 1, name: /^Casusoverleg / });
    expect(screen.queryByText('Notulen bijgewerkt')).toBeNull();
    expect(await screen.findByText('Notulen bijgewerkt')).toHaveAttribute('aria-live', 'polite');
  });

  it('announces that no item is current any more', async () => {
    renderWithUpdate(
      'CURRENT_ITEM_CHANGED',
      meeting({ status: 'IN_PROGRESS', agenda: [entry(OWN)] }),
    );
    expect(await screen.findByText('Er is nu geen agendapunt aan de beurt')).toHaveAttribute(
      'role',
      'status',
    );
  });

  it('announces an agenda change', async () => {
    renderWithUpdate('ITEM_ADDED');
    expect(await screen.findByText('De agenda is gewijzigd')).toHaveAttribute(
      'aria-live',
      'polite',
    );
  });
});
