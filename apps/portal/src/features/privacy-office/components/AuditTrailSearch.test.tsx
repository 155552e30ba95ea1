import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_EVENTS_QUERY,
  AUDIT_PERSON_LOOKUP_QUERY,
  PRIVACY_OFFICE_AGENCIES_QUERY,
} from '../graphql/privacyOfficeDocuments';
import { auditEvent, graphQLError, renderPrivacy } from '../test/renderPrivacy';
import { EMPTY_FILTER, toApiFilter } from '../utils/auditFilter';
import { PAGE_SIZE } from '../hooks/useAuditEventPages';
import { AuditTrailSearch } from './AuditTrailSearch';

const agencies = {
  request: { query: PRIVACY_OFFICE_AGENCIES_QUERY },
  result: {
    data: {
      agencies: [
        {
          __typename: 'Agency' as const,
          id: 'agency-1',
          name: 'Politie Demostad',
          type: 'POLICE' as const,
        },
      ],
    },
  },
};
const page = (items: ReturnType<typeof auditEvent>[], endCursor: string | null) => ({
  data: {
    auditEvents: {
      __typename: 'AuditEventPage' as const,
      hasMore: endCursor !== null,
      endCursor,
      items,
    },
  },
});
const search = (filter: typeof EMPTY_FILTER, after?: string) => ({
  query: AUDIT_EVENTS_QUERY,
  variables: { filter: toApiFilter(filter), first: PAGE_SIZE, ...(after ? { after } : {}) },
});

describe('AuditTrailSearch', () => {
  it('shows who did what with whose data, and loads the next page after the last', async () => {
    const { user } = renderPrivacy(<AuditTrailSearch />, [
      agencies,
      {
        request: search(EMPTY_FILTER),
        result: page(
          [
            auditEvent({
              id: '12',
              action: 'BREAK_GLASS',
              operation: 'Mutation.breakGlass',
              purpose: 'Acute dreiging, spoed',
              review: {
                __typename: 'BreakGlassReview',
                id: 'r-1',
                verdict: 'NOT_JUSTIFIED',
                note: 'Geen spoed.',
                reviewedAt: '2026-03-12T10:00:00.000Z',
                reviewer: { __typename: 'AuditUser', id: 'u-9', name: 'Priya Privacy' },
              },
            }),
          ],
          'cursor-1',
        ),
      },
      {
        request: search(EMPTY_FILTER, 'cursor-1'),
        result: page(
          [auditEvent({ id: '11', result: 'DENIED', action: 'DENIED', reasonCode: 'NOT_FOUND' })],
          null,
        ),
      },
    ]);
    const first = await screen.findByRole('heading', {
      name: /^Dossier geopend buiten het convenant \(break-the-glass\) — /,
    });
    const card = within(first.closest('article')!);
    expect(card.getByText('Jeroen Wijkagent')).toBeVisible();
    expect(card.getByText('wijkagent@politie.demo.example')).toBeVisible();
    expect(card.getByRole('button', { name: 'Alleen Kevin Voorbeeld' })).toBeVisible();
    expect(card.getByText('Acute dreiging, spoed')).toBeVisible();
    expect(card.getByText(/Niet gerechtvaardigd — Priya Privacy, .*: Geen spoed\./)).toBeVisible();
    expect(
      screen.getByText(/1 gebeurtenis getoond, nieuwste eerst; er zijn er meer\./),
    ).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Meer laden' }));
    const second = await screen.findByRole('heading', { name: /^Geweigerd: Dossier bekeken — / });
    expect(within(second.closest('article')!).getByText('NOT_FOUND')).toBeVisible();
    expect(second.closest('li')).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();
    expect(screen.getAllByRole('article')).toHaveLength(2);
  });

  it('puts the events of one page view on one line that unfolds, in Dutch words', async () => {
    const at = (s: number) => `2026-03-11T09:15:${String(s).padStart(2, '0')}.000Z`;
    const { user } = renderPrivacy(<AuditTrailSearch />, [
      agencies,
      {
        request: search(EMPTY_FILTER),
        result: page(
          [
            auditEvent({ id: '34', occurredAt: at(9), operation: 'Query.caseTimeline' }),
            auditEvent({ id: '33', occurredAt: at(8), operation: 'Query.casePlan' }),
            auditEvent({ id: '32', occurredAt: at(7), operation: 'Query.case' }),
            auditEvent({ id: '31', occurredAt: at(6), operation: 'Query.consents' }),
            auditEvent({ id: '30', occurredAt: at(1), operation: 'Query.cases', caseId: null }),
          ],
          null,
        ),
      },
    ]);
    const line = await screen.findByRole('heading', { name: /^Dossier bekeken — / });
    const article = within(line.closest('article')!);
    expect(
      article.getByText(/Dossier ZVH-2026-001 · over Kevin Voorbeeld · Identiteit, Politie/),
    ).toBeVisible();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.getByRole('heading', { name: /^Dossierlijst bekeken — / })).toBeVisible();
    const unfold = article.getByRole('button', { name: /^Toon de / });
    expect(unfold).toHaveAttribute('aria-expanded', 'false');
    await user.click(unfold);
    expect(unfold).toHaveAttribute('aria-expanded', 'true');
    for (const label of [
      'Tijdlijn van dossier bekeken',
      'Plan van aanpak bekeken',
      'Toestemmingen bekeken',
    ]) {
      expect(
        article.getByRole('heading', { level: 4, name: new RegExp(`^${label} — `) }),
      ).toBeVisible();
    }
    expect(screen.queryByText('Query.casePlan')).not.toBeVisible();
  });

  it('shows the security trail: a failed login, and an administrative change with before and after', async () => {
    renderPrivacy(<AuditTrailSearch />, [
      agencies,
      {
        request: search(EMPTY_FILTER),
        result: page(
          [
            auditEvent({
              id: '21',
              action: 'ADMIN',
              operation: 'admin.user.disable',
              detail: '{"after":{"active":false},"before":{"active":true}}',
            }),
            auditEvent({
              id: '20',
              action: 'LOGIN',
              result: 'DENIED',
              operation: 'login',
              reasonCode: 'INVALID_CREDENTIALS',
            }),
          ],
          null,
        ),
      },
    ]);
    const admin = await screen.findByRole('heading', { name: /^Account geblokkeerd — / });
    expect(
      within(admin.closest('article')!).getByText('Vóór: {"active":true} · Na: {"active":false}'),
    ).toBeVisible();
    const login = screen.getByRole('heading', { name: /^Inloggen mislukt — / });
    expect(within(login.closest('article')!).getByText('INVALID_CREDENTIALS')).toBeVisible();
  });

  it('says why no more events came when loading more fails, and keeps the ones shown', async () => {
    const { user } = renderPrivacy(<AuditTrailSearch />, [
      agencies,
      { request: search(EMPTY_FILTER), result: page([auditEvent({ id: '10' })], 'cursor-1') },
      { request: search(EMPTY_FILTER, 'cursor-1'), result: graphQLError('FORBIDDEN') },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Meer laden' }));
    expect(
      await screen.findByText(/^Er konden geen verdere gebeurtenissen worden geladen: /),
    ).toBeVisible();
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Meer laden' })).toBeEnabled();
  });

  it('refuses a wrong BSN without asking the API, and keeps what was typed', async () => {
    const { user } = renderPrivacy(<AuditTrailSearch />, [
      agencies,
      { request: search(EMPTY_FILTER), result: page([], null) },
    ]);
    await screen.findByText('Geen gebeurtenissen gevonden met deze filters.');
    await user.type(screen.getByLabelText('BSN van de betrokkene'), '123456789');
    await user.type(screen.getByLabelText('Dossiernummer'), 'ZVH 1');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    const summary = await screen.findByText('Er is niet gezocht.');
    expect(summary.closest('[tabindex="-1"]')).toHaveFocus();
    expect(screen.getByLabelText('BSN van de betrokkene')).toHaveAccessibleDescription(
      /Dit is geen geldig BSN \(elfproef\)\./,
    );
    expect(screen.getByLabelText('Dossiernummer')).toHaveValue('ZVH 1');
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/privacy\/audittrail$/);
  });

  it('looks the BSN up first, then searches on that person without putting the BSN in the address', async () => {
    const withPerson = { ...EMPTY_FILTER, personId: 'person-7', actions: ['EXPORT' as const] };
    const { user } = renderPrivacy(<AuditTrailSearch />, [
      agencies,
      { request: search(EMPTY_FILTER), result: page([], null) },
      {
        request: { query: AUDIT_PERSON_LOOKUP_QUERY, variables: { bsn: '111222333' } },
        result: {
          data: {
            auditPersonLookup: [
              {
                __typename: 'AuditPerson',
                id: 'person-7',
                displayName: 'Kevin Voorbeeld',
                dateOfBirth: '1990-05-01',
              },
            ],
          },
        },
      },
      {
        request: search(withPerson),
        result: page(
          [
            auditEvent({
              id: '5',
              action: 'EXPORT',
              operation: 'HTTP.MeetingExportController.minutes',
              personIds: ['person-7'],
            }),
          ],
          null,
        ),
      },
    ]);
    await screen.findByText('Geen gebeurtenissen gevonden met deze filters.');
    await user.type(screen.getByLabelText('BSN van de betrokkene'), '111222333');
    await user.click(screen.getByLabelText('Exporteren'));
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    expect(
      await screen.findByRole('heading', { name: /^Verslag van overleg gedownload \(PDF\) — / }),
    ).toBeVisible();
    expect(
      screen.getByText('Gezocht op persoon: Kevin Voorbeeld, geboren 1 mei 1990'),
    ).toBeVisible();
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('persoon=person-7&actie=EXPORT'),
    );
    expect(screen.getByTestId('location')).not.toHaveTextContent('111222333');
    expect(screen.getByLabelText('BSN van de betrokkene')).toHaveValue('');
  });

  it('says when no person has that BSN', async () => {
    const { user } = renderPrivacy(<AuditTrailSearch />, [
      agencies,
      { request: search(EMPTY_FILTER), result: page([], null) },
      {
        request: { query: AUDIT_PERSON_LOOKUP_QUERY, variables: { bsn: '111222333' } },
        result: { data: { auditPersonLookup: [] } },
      },
    ]);
    await screen.findByText('Geen gebeurtenissen gevonden met deze filters.');
    await user.type(screen.getByLabelText('BSN van de betrokkene'), '111222333');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(await screen.findByLabelText('BSN van de betrokkene')).toHaveAccessibleDescription(
      /Er is geen persoon met dit BSN in uw regio\./,
    );
  });
});
