import type { MockLink } from '@apollo/client/testing';
import type { ReactNode } from 'react';
import { renderSignedIn } from '../../../test/renderSignedIn';
import { me } from '../../../test/sessionFixtures';
import type { AuditEventItem } from '../components/AuditEventCard';

export { graphQLError } from '../../../test/sessionFixtures';

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
    persons: (overrides.personIds ?? ['person-1']).map((id) => ({
      __typename: 'AuditPersonRef' as const,
      id,
      name: id === 'person-1' ? 'Kevin Voorbeeld' : `Naam van ${id}`,
    })),
    recordType: null,
    recordName: null,
    categories: ['IDENTITY', 'POLICE'],
    accessBasis: 'covenant',
    purpose: null,
    reasonCode: null,
    originAddress: '10.0.0.7',
    requestId: 'req-1',
    detail: null,
    review: null,
    ...overrides,
  };
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
  return renderSignedIn(ui, mocks, { session, route, showLocation: true });
}
