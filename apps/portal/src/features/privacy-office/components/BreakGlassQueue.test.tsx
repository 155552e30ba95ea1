import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  BREAK_GLASS_QUEUE_QUERY,
  OPEN_REVIEW_COUNT_QUERY,
  REVIEW_BREAK_GLASS_MUTATION,
} from '../graphql/privacyOfficeDocuments';
import { graphQLError, renderPrivacy } from '../test/renderPrivacy';
import { BreakGlassQueue } from './BreakGlassQueue';

const item = {
  __typename: 'BreakGlassQueueItem' as const,
  eventId: '41',
  occurredAt: '2026-03-11T22:30:00.000Z',
  actor: {
    __typename: 'AuditUser' as const,
    id: 'user-2',
    name: 'Sanne Visser',
    email: 'procesregisseur@zvh.demo.example',
  },
  agency: { __typename: 'AuditAgency' as const, id: 'agency-9', name: 'ZVH Demoland', type: 'ZVH' },
  caseReference: 'ZVH-2026-004',
  reason: 'Melding van acute dreiging buiten kantoortijd',
  expiresAt: '2026-03-12T02:30:00.000Z',
  personIds: ['person-1'],
};
const queue = (items: (typeof item)[]) => ({
  request: { query: BREAK_GLASS_QUEUE_QUERY },
  result: {
    data: {
      breakGlassReviewQueue: {
        __typename: 'BreakGlassReviewQueue' as const,
        openCount: items.length,
        items,
      },
    },
  },
});
const review = (note: string, result: object) => ({
  request: {
    query: REVIEW_BREAK_GLASS_MUTATION,
    variables: { input: { eventId: '41', verdict: 'NOT_JUSTIFIED', note } },
  },
  result,
});

describe('BreakGlassQueue', () => {
  it('shows who opened which case and why, and names what is missing before saving', async () => {
    const { user } = renderPrivacy(
      <BreakGlassQueue />,
      [queue([item])],
      '/privacy/break-the-glass',
    );
    expect(
      await screen.findByRole('heading', {
        name: /^Dossier ZVH-2026-004, geopend op 11 mrt 2026 23:30/,
      }),
    ).toBeVisible();
    expect(screen.getByText('Melding van acute dreiging buiten kantoortijd')).toBeVisible();
    expect(screen.getByText('Sanne Visser (ZVH Demoland)')).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Bekijk deze toegang in de audittrail' }),
    ).toHaveAttribute('href', '/privacy/audittrail?gebruiker=user-2&van=2026-03-11&tot=2026-03-11');

    await user.type(screen.getByLabelText('Toelichting'), 'kort');
    await user.click(screen.getByRole('button', { name: 'Beoordeling opslaan' }));
    const summary = await screen.findByText('De beoordeling is niet opgeslagen.');
    expect(summary.closest('[tabindex="-1"]')).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Kies een oordeel.' })).toBeVisible();
    expect(screen.getByLabelText('Toelichting')).toHaveAccessibleDescription(
      /Schrijf een toelichting van minimaal 10 tekens\./,
    );
    expect(screen.getByLabelText('Toelichting')).toHaveValue('kort');
  });

  it('saves the verdict, says so, and the item leaves the queue', async () => {
    const note = 'Geen acute dreiging; reguliere route was mogelijk.';
    const { user } = renderPrivacy(
      <BreakGlassQueue />,
      [
        queue([item]),
        review(note, {
          data: {
            reviewBreakGlass: {
              __typename: 'BreakGlassReview',
              id: 'r-1',
              eventId: '41',
              verdict: 'NOT_JUSTIFIED',
              note,
              reviewedAt: '2026-03-12T08:00:00.000Z',
            },
          },
        }),
        queue([]),
        {
          request: { query: OPEN_REVIEW_COUNT_QUERY },
          result: { data: { openBreakGlassReviewCount: 0 } },
        },
      ],
      '/privacy/break-the-glass',
    );
    await user.click(await screen.findByLabelText('Niet gerechtvaardigd'));
    await user.type(screen.getByLabelText('Toelichting'), note);
    await user.click(screen.getByRole('button', { name: 'Beoordeling opslaan' }));

    const saved = await screen.findByText('Beoordeling opgeslagen: Niet gerechtvaardigd.');
    expect(saved.closest('[tabindex="-1"]')).toHaveFocus();
    expect(await screen.findByText('Er zijn geen openstaande beoordelingen.')).toBeVisible();
    expect(screen.getByText('Open beoordelingen: 0')).toBeVisible();
  });

  it('tells the reviewer when someone else was first', async () => {
    const note = 'Gerechtvaardigd, maar te laat gemeld.';
    const { user } = renderPrivacy(
      <BreakGlassQueue />,
      [
        queue([item]),
        {
          request: {
            query: REVIEW_BREAK_GLASS_MUTATION,
            variables: { input: { eventId: '41', verdict: 'JUSTIFIED', note } },
          },
          result: graphQLError('CONFLICT'),
        },
        queue([]),
      ],
      '/privacy/break-the-glass',
    );
    await user.click(await screen.findByLabelText('Gerechtvaardigd'));
    await user.type(screen.getByLabelText('Toelichting'), note);
    await user.click(screen.getByRole('button', { name: 'Beoordeling opslaan' }));
    expect(
      await screen.findByText('Deze toegang is intussen al beoordeeld. De wachtrij is bijgewerkt.'),
    ).toBeVisible();
    expect(await screen.findByText('Er zijn geen openstaande beoordelingen.')).toBeVisible();
  });
});
