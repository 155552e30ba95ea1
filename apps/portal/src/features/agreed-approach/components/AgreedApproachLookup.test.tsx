import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LookupAgreedApproachInput, LookupAgreedApproachMutation } from '../../../gql/graphql';
import { renderApp } from '../../../test/renderApp';
import { me, meSignedIn } from '../../../test/sessionFixtures';
import { LOOKUP_AGREED_APPROACH_MUTATION } from '../graphql/lookupAgreedApproachMutation';

type Card = LookupAgreedApproachMutation['lookupAgreedApproach']['cards'][number];

const police = me({ agencyName: 'Politie basisteam Demostad', agencyType: 'POLICE' });

const contact = (name: string, phone: string, phoneUri: string) => ({
  __typename: 'AgreedApproachContact' as const,
  agency: {
    __typename: 'Agency' as const,
    id: 'agency-rn',
    name: 'Reclassering Nederland',
    type: 'PROBATION' as const,
  },
  name,
  role: 'Reclasseringswerker',
  phone,
  phoneUri,
  available: 'ma–vr 8–17',
});

const card = (overrides: Partial<Card> = {}): Card => ({
  __typename: 'AgreedApproachCard',
  person: {
    __typename: 'AgreedApproachPerson',
    givenNames: 'Kevin',
    familyName: 'Voorbeeld',
    dateOfBirth: '1994-03-12',
  },
  validity: 'VALID',
  validUntil: '2026-12-31',
  instructions: 'Niet aanhouden voor kleine overlast.',
  contacts: [contact('Esra Yilmaz', '06 9999 0101', 'tel:+31699990101')],
  conditions: [],
  ...overrides,
});

const lookupAnswers = (
  input: LookupAgreedApproachInput,
  cards: Card[],
): MockLink.MockedResponse => ({
  request: { query: LOOKUP_AGREED_APPROACH_MUTATION, variables: { input } },
  result: {
    data: {
      lookupAgreedApproach: {
        __typename: 'AgreedApproachLookupResult',
        lookedUpAt: '2026-03-02T13:05:00.000Z',
        cards,
      },
    },
  },
});

const byBsn = {
  bsn: '900001008',
  purposeKind: 'STREET_CHECK',
  purpose: 'Bij het station',
} as const;

async function fillBsnSearch(user: ReturnType<typeof renderApp>['user']) {
  await user.type(await screen.findByRole('textbox', { name: 'BSN' }), '900001008');
  await user.selectOptions(screen.getByLabelText('Doel van de zoekactie'), 'Controle op straat');
  await user.type(screen.getByLabelText('Toelichting'), 'Bij het station');
}

describe('AgreedApproachLookup', () => {
  it('is a phone-friendly form: numeric BSN without autocomplete, a required purpose', async () => {
    renderApp({ mocks: [meSignedIn(police)], route: '/afsprakenkaart' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Afsprakenkaart opzoeken' }),
    ).toBeVisible();
    const bsn = screen.getByRole('textbox', { name: 'BSN' });
    expect(bsn).toHaveAttribute('inputmode', 'numeric');
    expect(bsn).toHaveAttribute('autocomplete', 'off');
    expect(screen.getByRole('link', { name: 'Afsprakenkaart' })).toHaveAttribute(
      'href',
      '/afsprakenkaart',
    );
  });

  it('does not search without a purpose and a valid BSN, and says why next to the fields', async () => {
    const { user, requests } = renderApp({ mocks: [meSignedIn(police)], route: '/afsprakenkaart' });
    await user.type(await screen.findByRole('textbox', { name: 'BSN' }), '123456789');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Er is niet gezocht.');
    expect(summary).toHaveTextContent('Dit is geen geldig BSN');
    expect(summary).toHaveTextContent('Kies het doel van de zoekactie.');
    expect(summary).toHaveTextContent('Vul een toelichting in.');
    expect(screen.getByRole('textbox', { name: 'BSN' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'BSN' })).toHaveValue('123456789');
    expect(requests.map((r) => r.operationName)).not.toContain('LookupAgreedApproach');
  });

  it('asks for name and date of birth when searching by name', async () => {
    const { user, requests } = renderApp({ mocks: [meSignedIn(police)], route: '/afsprakenkaart' });
    await user.click(await screen.findByLabelText('Naam en geboortedatum'));
    await user.selectOptions(screen.getByLabelText('Doel van de zoekactie'), 'Melding');
    await user.type(screen.getByLabelText('Toelichting'), 'Melding 1234');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Vul de achternaam in.');
    expect(summary).toHaveTextContent('Vul de geboortedatum in.');
    expect(screen.getByLabelText('Achternaam')).toHaveFocus();
    expect(requests.map((r) => r.operationName)).not.toContain('LookupAgreedApproach');
  });

  it('shows a valid card with its badge, instructions and call links, and moves focus to the result', async () => {
    const { user } = renderApp({
      mocks: [meSignedIn(police), lookupAnswers(byBsn, [card()])],
      route: '/afsprakenkaart',
    });
    await fillBsnSearch(user);
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    const heading = await screen.findByRole('heading', { level: 2, name: 'Resultaat' });
    await waitFor(() => expect(heading).toHaveFocus());
    const result = screen.getByRole('region', { name: 'Resultaat' });
    expect(within(result).getByText('Geldig tot en met 31 december 2026')).toBeVisible();
    expect(result).toHaveTextContent('Kevin Voorbeeld, geboren 12 maart 1994');
    expect(result).toHaveTextContent('Niet aanhouden voor kleine overlast.');
    const call = within(result).getByRole('link', { name: 'Bel Esra Yilmaz: 06 9999 0101' });
    expect(call).toHaveAttribute('href', 'tel:+31699990101');
    // The handset is drawn, not an emoji that shows as an empty box without an emoji font.
    expect(call.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(call.textContent).toBe('06 9999 0101');
    expect(result.closest('[aria-live="polite"]')).not.toBeNull();
    // The input stays, for a second search.
    expect(screen.getByRole('textbox', { name: 'BSN' })).toHaveValue('900001008');
  });

  it('makes an expired card unmistakable: red "Verlopen", no instructions, the contacts to call', async () => {
    const { user } = renderApp({
      mocks: [
        meSignedIn(police),
        lookupAnswers(byBsn, [
          card({ validity: 'EXPIRED', validUntil: '2026-02-20', instructions: null }),
        ]),
      ],
      route: '/afsprakenkaart',
    });
    await fillBsnSearch(user);
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    const result = await screen.findByRole('region', { name: 'Resultaat' });
    expect(within(result).getByText('Verlopen')).toBeVisible();
    expect(within(result).getByText('Verlopen').closest('p')).toHaveClass(
      'schakel-validity--expired',
    );
    expect(result).toHaveTextContent('Verlopen sinds 20 februari 2026 — niet meer geldig.');
    expect(result).toHaveTextContent('Volg deze kaart niet.');
    expect(result).not.toHaveTextContent('Geldig tot');
    expect(within(result).queryByRole('heading', { name: 'Afspraken' })).toBeNull();
    expect(within(result).getByRole('link', { name: /Bel Esra Yilmaz/ })).toHaveAttribute(
      'href',
      'tel:+31699990101',
    );
  });

  it('says neutrally that nothing was found', async () => {
    const { user } = renderApp({
      mocks: [meSignedIn(police), lookupAnswers(byBsn, [])],
      route: '/afsprakenkaart',
    });
    await fillBsnSearch(user);
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    const result = await screen.findByRole('region', { name: 'Resultaat' });
    expect(result).toHaveTextContent('Geen afsprakenkaart gevonden.');
    expect(result).toHaveTextContent('Dat zegt niets over de persoon.');
  });

  it('is not offered to other partners', async () => {
    renderApp({
      mocks: [meSignedIn(me({ agencyName: 'Wijkteam', agencyType: 'MUNICIPALITY' }))],
      route: '/afsprakenkaart',
    });
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent(
      'Afsprakenkaart opzoeken',
    );
    expect(screen.queryByRole('link', { name: 'Afsprakenkaart' })).toBeNull();
  });
});

describe('the way in for police', () => {
  it('puts the lookup first on the police home page', async () => {
    renderApp({ mocks: [meSignedIn(police)] });
    const link = await screen.findByRole('link', { name: 'Afsprakenkaart opzoeken' });
    expect(link).toHaveAttribute('href', '/afsprakenkaart');
    const main = screen.getByRole('main');
    const hrefs = within(main)
      .getAllByRole('link')
      .map((l) => l.getAttribute('href'));
    expect(hrefs.indexOf('/afsprakenkaart')).toBeLessThan(hrefs.indexOf('/dossiers'));
  });
});
