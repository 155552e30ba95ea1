import { ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createApolloClient } from '../../api-client/utils/createApolloClient';
import { SessionProvider } from '../../auth/components/SessionProvider';
import { useSession } from '../../auth/hooks/useSession';
import { SessionBridge } from '../../auth/utils/SessionBridge';
import { I18nProvider } from '../../i18n/components/I18nProvider';
import { me, meSignedIn } from '../../../test/sessionFixtures';
import { STEP_UP, STEP_UP_NEEDED, STEP_UP_ROUTE } from '../graphql/mfaDocuments';
import { StepUpLink } from './StepUpLink';

const HREF = '/meetings/7/minutes.pdf';

const needed = (answer: {
  required: boolean;
  totp: boolean;
  stepUpFresh: boolean;
  passkeys?: { id: string }[];
}) => ({
  request: { query: STEP_UP_NEEDED },
  result: {
    data: {
      mySecondFactors: {
        __typename: 'SecondFactors',
        ...answer,
        passkeys: (answer.passkeys ?? []).map((p) => ({ __typename: 'Passkey', ...p })),
      },
    },
  },
});

function SignedIn({ start }: { start: (href: string) => void }) {
  const { session } = useSession();
  return session.status === 'authenticated' ? (
    <StepUpLink href={HREF} start={start}>
      Notulen (pdf)
    </StepUpLink>
  ) : null;
}

function renderLink(mocks: readonly MockLink.MockedResponse[]) {
  const network = ApolloLink.from([
    new MockLink([meSignedIn(me()), ...mocks], {
      defaultOptions: { delay: 0 },
      showWarnings: false,
    }),
  ]);
  const bridge = new SessionBridge();
  const client = createApolloClient(bridge, network);
  const start = vi.fn();
  render(
    <I18nProvider>
      <ApolloProvider client={client}>
        <SessionProvider bridge={bridge}>
          <SignedIn start={start} />
        </SessionProvider>
      </ApolloProvider>
    </I18nProvider>,
  );
  return { start, user: userEvent.setup() };
}

describe('a download that needs a fresh second factor', () => {
  it('asks for the factor first, then downloads', async () => {
    const { start, user } = renderLink([
      needed({ required: true, totp: true, stepUpFresh: false }),
      {
        request: { query: STEP_UP_ROUTE },
        result: {
          data: {
            mySecondFactors: {
              __typename: 'SecondFactors',
              stepUpFresh: false,
              stepUpAtProvider: false,
            },
          },
        },
      },
      {
        request: { query: STEP_UP, variables: { input: { code: '123456' } } },
        result: { data: { stepUp: { __typename: 'SecondFactors', stepUpFresh: true } } },
      },
    ]);
    const link = await screen.findByRole('link', { name: 'Notulen (pdf)' });
    expect(link).toHaveAttribute('href', HREF);
    await user.click(link);
    const dialog = await screen.findByRole('dialog', { name: 'Bevestig deze handeling' });
    expect(start).not.toHaveBeenCalled();
    await user.type(within(dialog).getByLabelText('Code'), '123456');
    await user.click(within(dialog).getByRole('button', { name: 'Bevestigen' }));
    await waitFor(() => expect(start).toHaveBeenCalledWith(HREF));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('downloads at once when the session proved a factor recently, or none is needed', async () => {
    const fresh = renderLink([needed({ required: true, totp: true, stepUpFresh: true })]);
    await fresh.user.click(await screen.findByRole('link', { name: 'Notulen (pdf)' }));
    await waitFor(() => expect(fresh.start).toHaveBeenCalledWith(HREF));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('does not download when the person cancels', async () => {
    const { start, user } = renderLink([
      needed({ required: false, totp: false, stepUpFresh: false, passkeys: [{ id: 'p1' }] }),
    ]);
    await user.click(await screen.findByRole('link', { name: 'Notulen (pdf)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bevestig deze handeling' });
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(start).not.toHaveBeenCalled();
  });
});
