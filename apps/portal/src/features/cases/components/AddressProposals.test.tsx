import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import type { AddressProposalFieldsFragment } from '../../../gql/graphql';
import { renderSignedIn } from '../../../test/renderSignedIn';
import { graphQLError, me } from '../../../test/sessionFixtures';
import {
  ADDRESS_PROPOSALS_QUERY,
  DECIDE_ADDRESS_PROPOSAL_MUTATION,
} from '../graphql/addressProposalDocuments';
import { AddressProposals } from './AddressProposals';

const CASE_ID = 'case-7';
const address = (street: string, houseNumber: string, postcode: string) => ({
  __typename: 'ProposedAddress' as const,
  street,
  houseNumber,
  postcode,
  city: 'Demostad',
});
const proposal = (
  overrides: Partial<AddressProposalFieldsFragment> = {},
): AddressProposalFieldsFragment => ({
  __typename: 'ReferralAddressProposal',
  id: 'p-1',
  caseId: CASE_ID,
  status: 'PENDING',
  proposedByAgency: 'Wijkteam Demostad-Noord',
  proposedAt: '2026-12-04T13:43:00.000Z',
  decidedByName: null,
  decidedAt: null,
  proposed: address('Nieuwe Gracht', '12a', '9999ZZ'),
  current: address('Oudestraat', '1', '9999AA'),
  ...overrides,
});
const listed = (items: AddressProposalFieldsFragment[]): MockLink.MockedResponse => ({
  request: { query: ADDRESS_PROPOSALS_QUERY, variables: { caseId: CASE_ID } },
  result: { data: { referralAddressProposals: items } },
});
const decided = (
  decision: 'ACCEPT' | 'REJECT',
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse => ({
  request: {
    query: DECIDE_ADDRESS_PROPOSAL_MUTATION,
    variables: { input: { caseId: CASE_ID, proposalId: 'p-1', decision } },
  },
  result,
});
const session = me({ roles: ['PROCESREGISSEUR'], agencyType: 'ZVH' });

describe('AddressProposals', () => {
  it('shows both addresses and takes the new one over', async () => {
    const { user } = renderSignedIn(
      <AddressProposals caseId={CASE_ID} />,
      [
        listed([proposal()]),
        decided('ACCEPT', {
          data: {
            decideReferralAddressProposal: [
              proposal({
                status: 'ACCEPTED',
                decidedByName: 'Petra Procesregisseur',
                decidedAt: '2026-12-05T09:15:00.000Z',
              }),
            ],
          },
        }),
      ],
      { session },
    );
    const section = await screen.findByRole('region', { name: 'Voorgesteld nieuw adres' });
    expect(section).toHaveTextContent('Wijkteam Demostad-Noord gaf bij de aanmelding');
    expect(within(section).getByText('Oudestraat 1, 9999AA Demostad')).toBeVisible();
    expect(within(section).getByText('Nieuwe Gracht 12a, 9999ZZ Demostad')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Nieuw adres overnemen' }));
    expect(await screen.findByText('Het nieuwe adres is overgenomen.')).toBeVisible();
    expect(await screen.findByText(/Overgenomen door Petra Procesregisseur op/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Nieuw adres overnemen' })).toBeNull();
    // Decided: no question any more, and the old address is named as the one known then.
    expect(section).not.toHaveTextContent('Wilt u het nieuwe adres overnemen?');
    expect(within(section).getByText('Adres dat toen bekend was')).toBeVisible();
  });

  it('says in Dutch that the address changed meanwhile, and keeps the choice open', async () => {
    const { user } = renderSignedIn(
      <AddressProposals caseId={CASE_ID} />,
      [listed([proposal()]), decided('REJECT', graphQLError('EDIT_CONFLICT'))],
      { session },
    );
    await user.click(await screen.findByRole('button', { name: 'Bekend adres houden' }));
    expect(
      await screen.findByText(/Het adres van deze persoon is intussen gewijzigd/),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Nieuw adres overnemen' })).toBeEnabled();
  });
});
