import { ApolloClient, InMemoryCache } from '@apollo/client';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ME_QUERY } from '../../auth/graphql/meQuery';
import { ADD_INFORMATION_ITEM_MUTATION } from '../../cases/graphql/addInformationItemMutation';
import { I18nProvider } from '../../i18n/components/I18nProvider';
import { graphQLError, me, meSignedIn } from '../../../test/sessionFixtures';
import { useTypedMutation, type MutationOutcome } from './useTypedMutation';

const INPUT = {
  caseId: 'c1',
  category: 'PLAN' as const,
  legalBasis: 'Convenant',
  text: 'Afspraak',
};

/** A page showing a query's data, with a button that sends a mutation and shows its outcome. */
function Probe() {
  const { data } = useQuery(ME_QUERY);
  const [add] = useTypedMutation(ADD_INFORMATION_ITEM_MUTATION);
  const [outcome, setOutcome] = useState<MutationOutcome<unknown> | null>(null);
  return (
    <>
      <p>{data?.me?.user.displayName}</p>
      <button type="button" onClick={() => void add({ input: INPUT }).then(setOutcome)}>
        Opslaan
      </button>
      {outcome && !outcome.ok && (
        <p role="alert">
          {outcome.saved ? 'saved' : 'not saved'}: {outcome.message}
        </p>
      )}
    </>
  );
}

function renderProbe(mutationAnswer: MockLink.MockedResponse['result']) {
  const link = new MockLink(
    [
      meSignedIn(me({ displayName: 'Voor het opslaan' })),
      {
        request: { query: ADD_INFORMATION_ITEM_MUTATION, variables: { input: INPUT } },
        result: mutationAnswer,
      },
      meSignedIn(me({ displayName: 'Na het opnieuw laden' })),
    ],
    { defaultOptions: { delay: 0 }, showWarnings: false },
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  render(
    <I18nProvider initialLocale="nl">
      <ApolloProvider client={client}>
        <Probe />
      </ApolloProvider>
    </I18nProvider>,
  );
}

describe('useTypedMutation', () => {
  it('takes SAVED_NOT_SHOWN as saved: says so, and reloads what the page shows instead of offering a retry', async () => {
    const user = userEvent.setup();
    renderProbe(graphQLError('SAVED_NOT_SHOWN'));
    expect(await screen.findByText('Voor het opslaan')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'saved: Opgeslagen, maar het resultaat kon niet worden getoond. Laad de pagina opnieuw',
      ),
    );
    expect(await screen.findByText('Na het opnieuw laden')).toBeInTheDocument();
  });

  it('another failure is not saved and reloads nothing', async () => {
    const user = userEvent.setup();
    renderProbe(graphQLError('INTERNAL'));
    expect(await screen.findByText('Voor het opslaan')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('not saved:'));
    expect(screen.getByText('Voor het opslaan')).toBeInTheDocument();
    expect(screen.queryByText('Na het opnieuw laden')).not.toBeInTheDocument();
  });
});
