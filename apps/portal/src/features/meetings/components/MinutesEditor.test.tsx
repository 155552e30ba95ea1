import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SAVE_MEETING_ITEM_MINUTES_MUTATION } from '../graphql/meetingDocuments';
import { entry, graphQLError, item, meeting, renderMeetings } from '../test/meetingFixtures';
import { MinutesEditor } from './MinutesEditor';

const ITEM = item({ id: 'item-1', minutes: 'Oud verslag', revision: 3 });
const save = (revision: number, minutes: string) => ({
  itemId: 'item-1',
  revision,
  minutes,
  decisions: '',
});

describe('MinutesEditor', () => {
  it('keeps the typed text on a conflict, offers the newest version, and saves on top of it', async () => {
    const reload = vi.fn().mockResolvedValue(4);
    const saved = meeting({
      status: 'IN_PROGRESS',
      agenda: [entry({ ...ITEM, minutes: 'Mijn nieuwe verslag', revision: 5 })],
    });
    const { user } = renderMeetings(<MinutesEditor item={ITEM} reload={reload} />, [
      {
        request: {
          query: SAVE_MEETING_ITEM_MINUTES_MUTATION,
          variables: { input: save(3, 'Mijn nieuwe verslag') },
        },
        result: graphQLError('CONFLICT'),
      },
      {
        request: {
          query: SAVE_MEETING_ITEM_MINUTES_MUTATION,
          variables: { input: save(4, 'Mijn nieuwe verslag') },
        },
        result: { data: { saveMeetingItemMinutes: saved } },
      },
    ]);

    const minutes = await screen.findByLabelText('Notulen');
    await user.clear(minutes);
    await user.type(minutes, 'Mijn nieuwe verslag');
    await user.click(screen.getByRole('button', { name: 'Notulen en besluiten opslaan' }));

    expect(
      await screen.findByText(
        /Iemand anders heeft de notulen van dit agendapunt intussen opgeslagen/,
      ),
    ).toBeVisible();
    expect(minutes).toHaveValue('Mijn nieuwe verslag');

    await user.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    expect(reload).toHaveBeenCalledOnce();
    expect(await screen.findByText(/Uw eigen tekst staat nog in het formulier/)).toBeVisible();
    expect(minutes).toHaveValue('Mijn nieuwe verslag');

    await user.click(screen.getByRole('button', { name: 'Notulen en besluiten opslaan' }));
    expect(await screen.findByText('Notulen en besluiten opgeslagen.')).toBeVisible();
    await waitFor(() => expect(minutes).toHaveValue('Mijn nieuwe verslag'));
  });

  it('refuses minutes over 20,000 characters without sending them', async () => {
    const { user } = renderMeetings(<MinutesEditor item={ITEM} reload={vi.fn()} />, []);
    const minutes = await screen.findByLabelText('Notulen');
    await user.clear(minutes);
    await user.click(minutes);
    await user.paste('x'.repeat(20_001));
    await user.click(screen.getByRole('button', { name: 'Notulen en besluiten opslaan' }));

    expect(await screen.findByText('De notulen zijn niet opgeslagen.')).toBeVisible();
    expect(minutes).toHaveAccessibleDescription(/De tekst is te lang/);
  });
});
