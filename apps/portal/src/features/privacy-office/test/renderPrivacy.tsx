import { ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import type { ErrorCode } from '@schakel/domain';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { me, meSignedIn } from '../../../test/sessionFixtures';
import { createApolloClient } from '../../api-client/utils/createApolloClient';
import { RequireSession } from '../../auth/components/RequireSession';
import { SessionProvider } from '../../auth/components/SessionProvider';
import { SessionBridge } from '../../auth/utils/SessionBridge';
import { I18nProvider } from '../../i18n/components/I18nProvider';
import type { AuditEventItem } from '../components/AuditEventCard';

export const graphQLError = (code: ErrorCode, field?: string) => ({
  errors: [{ message: code, extensions: { code, ...(field ? { field } : {}) } }],
});

export function auditEvent(
  overrides: Partial<AuditEventItem> & Pick<AuditEventItem, 'id'>,
): AuditEventItem {
  return {
    __typename: 'AuditEvent',
    seq: overrides.id,
    occurredAt: '2026-03-11T09:15:00.000Z',
    actor: {
      __typename: 'AuditUser',
      id: 'user-1',
      name: 'Jeroen Wijkagent',
      email: 'wijkagent@politie.demo.example',
    },
    agency: { __typename: 'AuditAgency', id: 'agency-1', name: 'Politie Demostad', type: 'POLICE' },
    roles: ['MEMBER'],
    onBehalfOf: null,
    action: 'READ',
    result: 'ALLOWED',
    operation: 'Query.case',
    caseId: 'case-1',
    caseReference: 'ZVH-2026-001',
    personCount: 1,
    personIds: ['person-1'],
    categories: ['IDENTITY', 'POLICE'],
    accessBasis: 'covenant',
    purpose: null,
    reasonCode: null,
    originAddress: '10.0.0.7',
    requestId: 'req-1',
    review: null,
    ...overrides,
  };
}

/** Shows where the router is, so a test can check the address a form or link produced. */
function Location() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

/** Renders a privacy-office component for the privacy officer; only the network is mocked. */
export function renderPrivacy(
  ui: ReactNode,
  mocks: readonly MockLink.MockedResponse[],
  route = '/privacy/audittrail',
) {
  const session = me({
    agencyName: 'Zorg- en Veiligheidshuis',
    agencyType: 'ZVH',
    roles: ['PRIVACY_OFFICER'],
  });
  const network = ApolloLink.from([
    new MockLink([meSignedIn(session), ...mocks], {
      defaultOptions: { delay: 0 },
      showWarnings: false,
    }),
  ]);
  const bridge = new SessionBridge();
  const client = createApolloClient(bridge, network);
  const user = userEvent.setup();
  const view = render(
    <I18nProvider initialLocale="nl">
      <ApolloProvider client={client}>
        <SessionProvider bridge={bridge}>
          <MemoryRouter initialEntries={[route]}>
            <RequireSession>
              {ui}
              <Location />
            </RequireSession>
          </MemoryRouter>
        </SessionProvider>
      </ApolloProvider>
    </I18nProvider>,
  );
  return { ...view, user, client };
}
