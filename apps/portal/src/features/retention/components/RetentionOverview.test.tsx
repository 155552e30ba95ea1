import type { MockLink } from '@apollo/client/testing';
import { INFORMATION_CATEGORIES, type ErrorCode } from '@schakel/domain';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LegalHoldFieldsFragment, RetentionQuery } from '../../../gql/graphql';
import { renderApp } from '../../../test/renderApp';
import { me, meSignedIn } from '../../../test/sessionFixtures';
import {
  LEGAL_HOLDS_QUERY,
  RETENTION_QUERY,
  SET_LEGAL_HOLD_MUTATION,
  UPDATE_RETENTION_PERIOD_MUTATION,
} from '../graphql/retentionQueries';

const privacyOfficer = me({ roles: ['PRIVACY_OFFICER'] });
const admin = me({ roles: ['FUNCTIONAL_ADMIN'] });
const ROUTE = '/privacy/bewaartermijnen';

const periods: RetentionQuery['retentionPeriods'] = INFORMATION_CATEGORIES.map((category) => ({
  __typename: 'RetentionPeriod',
  category,
  months: category === 'CARE' || category === 'CARE_SIGNAL' ? 12 : 24,
  source: 'Standaard: twee jaar na afsluiten (docs/privacy.md)',
  revision: 1,
  updatedAt: '2026-01-05T10:00:00.000Z',
  updatedByName: null,
}));

const record: RetentionQuery['deletionRecords'][number] = {
  __typename: 'DeletionRecord',
  id: 'd1',
  scope: 'CASE',
  caseStatus: 'CLOSED',
  closedOn: '2024-03-01',
  deletedAt: '2026-03-02T02:00:00.000Z',
  categories: ['IDENTITY', 'PLAN'],
  rowCount: 42,
  personDeleted: true,
};

const hold: LegalHoldFieldsFragment = {
  __typename: 'LegalHold',
  id: 'h1',
  caseReference: 'ZVH-2025-017',
  caseStatus: 'CLOSED',
  closedAt: '2026-09-23T10:00:00.000Z',
  reason: 'Lopende klachtprocedure',
  setAt: '2026-10-01T09:00:00.000Z',
  setByName: 'Priya de Vries',
  releasedAt: null,
};

const retentionAnswer = (list = periods): MockLink.MockedResponse => ({
  request: { query: RETENTION_QUERY },
  result: { data: { retentionPeriods: list, deletionRecords: [record] } },
});
const holdsAnswer = (holds: LegalHoldFieldsFragment[] = [hold]): MockLink.MockedResponse => ({
  request: { query: LEGAL_HOLDS_QUERY },
  result: { data: { legalHolds: holds } },
});
const fails = (query: unknown, code: ErrorCode, field?: string): MockLink.MockedResponse => ({
  request: { query: query as never, variables: () => true },
  result: { errors: [{ message: code, extensions: { code, ...(field ? { field } : {}) } }] },
});

describe('RetentionOverview', () => {
  it('shows the privacy officer every period, the legal holds and the deletion records', async () => {
    renderApp({
      mocks: [meSignedIn(privacyOfficer), retentionAnswer(), holdsAnswer()],
      route: ROUTE,
    });

    const table = await screen.findByRole('table', {
      name: 'Bewaartermijn per categorie, in maanden na afsluiten',
    });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + INFORMATION_CATEGORIES.length);
    expect(within(table).getByRole('row', { name: /^Zorg 12 maanden/ })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Termijn voor Identiteit wijzigen' })).toBeVisible();

    const holds = await screen.findByRole('table', { name: 'Casussen met een bewaarplicht' });
    expect(within(holds).getByText('ZVH-2025-017')).toBeVisible();
    expect(within(holds).getByText('Lopende klachtprocedure')).toBeVisible();

    const records = screen.getByRole('table', { name: 'Recente verwijderverslagen' });
    expect(within(records).getByRole('row', { name: /hele casus/ })).toHaveTextContent(
      'Identiteit, Plan van aanpak',
    );
    expect(within(records).getByText('42')).toBeVisible();
  });

  it('checks the months before sending, keeps the input, and saves on the revision seen', async () => {
    const changed = { ...periods[0]!, months: 36, revision: 2, updatedByName: 'Priya de Vries' };
    const { user, requests } = renderApp({
      mocks: [
        meSignedIn(privacyOfficer),
        retentionAnswer(),
        holdsAnswer(),
        {
          request: {
            query: UPDATE_RETENTION_PERIOD_MUTATION,
            variables: {
              input: { category: 'IDENTITY', months: 36, source: 'Besluit FG', revision: 1 },
            },
          },
          result: { data: { updateRetentionPeriod: changed } },
        },
        retentionAnswer([changed, ...periods.slice(1)]),
      ],
      route: ROUTE,
    });
    await user.click(
      await screen.findByRole('button', { name: 'Termijn voor Identiteit wijzigen' }),
    );
    const months = screen.getByLabelText(/Termijn in maanden/);
    // Opening the form moves focus to its heading.
    expect(screen.getByRole('heading', { name: 'Termijn voor Identiteit wijzigen' })).toHaveFocus();
    await user.clear(months);
    await user.type(months, '5');
    await user.click(screen.getByRole('button', { name: 'Termijn opslaan' }));

    expect(await screen.findByText('De termijn is niet opgeslagen.')).toBeVisible();
    expect(
      screen.getAllByText('Vul een heel aantal maanden in van 6 tot en met 120.').length,
    ).toBeGreaterThan(0);
    expect(screen.getAllByText(/Vul de bron of het besluit in/).length).toBeGreaterThan(0);
    expect(months).toHaveValue('5');
    expect(requests.some((r) => r.operationName === 'UpdateRetentionPeriod')).toBe(false);

    await user.clear(months);
    await user.type(months, '36');
    await user.type(screen.getByLabelText(/Bron of besluit/), 'Besluit FG');
    await user.click(screen.getByRole('button', { name: 'Termijn opslaan' }));

    const status = await screen.findByText('De termijn voor Identiteit is nu 36 maanden.');
    expect(status.closest('[role="status"]')).toHaveFocus();
    await waitFor(() =>
      expect(screen.getByRole('row', { name: /^Identiteit 36 maanden/ })).toBeVisible(),
    );
  });

  it('says so when someone else changed the period meanwhile, keeping what was typed', async () => {
    const { user } = renderApp({
      mocks: [
        meSignedIn(privacyOfficer),
        retentionAnswer(),
        holdsAnswer(),
        fails(UPDATE_RETENTION_PERIOD_MUTATION, 'CONFLICT'),
      ],
      route: ROUTE,
    });
    await user.click(await screen.findByRole('button', { name: 'Termijn voor Zorg wijzigen' }));
    const months = screen.getByLabelText(/Termijn in maanden/);
    await user.clear(months);
    await user.type(months, '18');
    await user.type(screen.getByLabelText(/Bron of besluit/), 'Besluit FG');
    await user.click(screen.getByRole('button', { name: 'Termijn opslaan' }));
    expect(
      await screen.findByText(/Iemand anders heeft deze termijn intussen gewijzigd/),
    ).toBeVisible();
    expect(months).toHaveValue('18');
  });

  it('sets a legal hold by reference and reports an unknown one next to the field', async () => {
    const { user } = renderApp({
      mocks: [
        meSignedIn(privacyOfficer),
        retentionAnswer(),
        holdsAnswer([]),
        fails(SET_LEGAL_HOLD_MUTATION, 'NOT_FOUND'),
        {
          request: {
            query: SET_LEGAL_HOLD_MUTATION,
            variables: {
              input: { caseReference: 'ZVH-2025-017', reason: 'Lopende klachtprocedure' },
            },
          },
          result: { data: { setLegalHold: hold } },
        },
        holdsAnswer([hold]),
      ],
      route: ROUTE,
    });
    expect(await screen.findByText('Er is geen casus met een bewaarplicht.')).toBeVisible();
    const reference = screen.getByLabelText(/^Dossiernummer/);
    await user.type(reference, 'zvh-1999-001');
    await user.type(screen.getByLabelText(/^Reden/), 'Lopende klachtprocedure');
    await user.click(screen.getByRole('button', { name: 'Bewaarplicht instellen' }));
    expect(
      (await screen.findAllByText('Er is in deze regio geen casus met dit dossiernummer.')).length,
    ).toBeGreaterThan(0);
    expect(reference).toHaveValue('zvh-1999-001');

    await user.clear(reference);
    await user.type(reference, 'zvh-2025-017');
    await user.click(screen.getByRole('button', { name: 'Bewaarplicht instellen' }));
    expect(await screen.findByText('Bewaarplicht ingesteld voor ZVH-2025-017.')).toBeVisible();
    expect(
      await screen.findByRole('table', { name: 'Casussen met een bewaarplicht' }),
    ).toBeVisible();
  });

  it('lets the functional administrator read the periods without changing them or seeing holds', async () => {
    const { requests } = renderApp({ mocks: [meSignedIn(admin), retentionAnswer()], route: ROUTE });
    expect(await screen.findByRole('table', { name: /Bewaartermijn per categorie/ })).toBeVisible();
    expect(
      screen.getByText(
        'U kunt de bewaartermijnen bekijken; alleen de privacyfunctionaris wijzigt ze.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: /wijzigen/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Bewaarplicht' })).not.toBeInTheDocument();
    expect(requests.some((r) => r.operationName === 'LegalHolds')).toBe(false);
    expect(screen.getByRole('link', { name: 'Bewaartermijnen' })).toHaveAttribute(
      'href',
      '/privacy/bewaartermijnen',
    );
  });
});
