import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PLAN_MEETING_MUTATION } from '../graphql/meetingDocuments';
import { graphQLError, renderMeetings } from '../test/meetingFixtures';
import { MeetingPlanForm } from './MeetingPlanForm';

describe('MeetingPlanForm', () => {
  it('names every problem in Dutch next to its field and in a focused summary, and sends nothing', async () => {
    const { user } = renderMeetings(<MeetingPlanForm />, [], ['PROCESREGISSEUR']);
    await user.click(await screen.findByRole('button', { name: 'Overleg plannen' }));

    const summary = await screen.findByText('Het overleg is niet gepland.');
    expect(summary.closest('[tabindex="-1"]')).toHaveFocus();
    expect(screen.getByLabelText('Datum')).toHaveAccessibleDescription(/Vul datum in\./);
    expect(screen.getByLabelText('Begintijd')).toHaveAccessibleDescription(/Vul begintijd in\./);
    expect(screen.getByLabelText('Locatie')).toHaveAccessibleDescription(
      /Vul een locatie of een link in\./,
    );
  });

  it('keeps what was typed when the times are the wrong way round or the API refuses the link', async () => {
    const { user } = renderMeetings(
      <MeetingPlanForm />,
      [
        {
          request: {
            query: PLAN_MEETING_MUTATION,
            variables: {
              input: {
                startsAt: '2026-09-01T07:00:00.000Z',
                endsAt: '2026-09-01T09:00:00.000Z',
                location: 'Zaal 2',
                onlineUrl: 'https://overleg.example/x',
              },
            },
          },
          result: graphQLError('BAD_USER_INPUT', 'onlineUrl'),
        },
      ],
      ['PROCESREGISSEUR'],
    );
    await user.type(await screen.findByLabelText('Datum'), '2026-09-01');
    await user.type(screen.getByLabelText('Begintijd'), '11:00');
    await user.type(screen.getByLabelText('Eindtijd'), '09:00');
    await user.type(screen.getByLabelText('Locatie'), 'Zaal 2');
    await user.type(screen.getByLabelText(/Link om online/), 'http://overleg.example/x');
    await user.click(screen.getByRole('button', { name: 'Overleg plannen' }));

    expect(screen.getByLabelText('Eindtijd')).toHaveAccessibleDescription(
      /De eindtijd moet na de begintijd liggen\./,
    );
    expect(screen.getByLabelText(/Link om online/)).toHaveAccessibleDescription(
      /De link moet beginnen met https:\/\//,
    );
    expect(screen.getByLabelText('Locatie')).toHaveValue('Zaal 2');

    await user.clear(screen.getByLabelText('Begintijd'));
    await user.type(screen.getByLabelText('Begintijd'), '09:00');
    await user.clear(screen.getByLabelText('Eindtijd'));
    await user.type(screen.getByLabelText('Eindtijd'), '11:00');
    await user.clear(screen.getByLabelText(/Link om online/));
    await user.type(screen.getByLabelText(/Link om online/), 'https://overleg.example/x');
    await user.click(screen.getByRole('button', { name: 'Overleg plannen' }));

    expect(await screen.findByText('Het overleg is niet gepland.')).toBeVisible();
    expect(screen.getByLabelText(/Link om online/)).toHaveAccessibleDescription(
      /De link moet beginnen met https:\/\//,
    );
    expect(screen.getByLabelText('Datum')).toHaveValue('2026-09-01');
    expect(screen.getByLabelText('Begintijd')).toHaveValue('09:00');
    expect(screen.getByLabelText(/Link om online/)).toHaveValue('https://overleg.example/x');
  });
});
