import type { MockLink } from '@apollo/client/testing';
import type { Role } from '@schakel/domain';
import type { ReactNode } from 'react';
import { renderSignedIn } from '../../../test/renderSignedIn';
import { me } from '../../../test/sessionFixtures';
import type { AgendaEntry, Meeting, MeetingItem } from '../utils/meetingTypes';

/* Meetings as the API returns them (with __typename, as the cache expects). */

export const POLITIE = {
  __typename: 'Agency' as const,
  id: 'agency-2',
  name: 'Politie basisteam',
  type: 'POLICE' as const,
};
export const WIJKTEAM = {
  __typename: 'Agency' as const,
  id: 'agency-3',
  name: 'Wijkteam Noord',
  type: 'MUNICIPALITY' as const,
};

export function item(overrides: Partial<MeetingItem> & Pick<MeetingItem, 'id'>): MeetingItem {
  return {
    __typename: 'MeetingItem',
    caseId: `case-${overrides.id}`,
    caseReference: 'ZVH-2026-001',
    personName: 'Kevin Voorbeeld',
    personNameAccess: 'FULL',
    startsAt: '2026-09-01T07:00:00.000Z',
    endsAt: '2026-09-01T07:30:00.000Z',
    status: 'PLANNED',
    minutes: null,
    decisions: null,
    minutesAccess: 'FULL',
    minutesUpdatedAt: null,
    revision: 1,
    invitees: [POLITIE, WIJKTEAM],
    attendance: [],
    ...overrides,
  };
}

export function entry(
  value: MeetingItem | { startsAt: string; endsAt: string },
  current = false,
): AgendaEntry {
  const visible = '__typename' in value;
  return {
    __typename: 'MeetingAgendaEntry',
    startsAt: value.startsAt,
    endsAt: value.endsAt,
    hidden: !visible,
    current,
    item: visible ? value : null,
  };
}

export function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    __typename: 'Meeting',
    id: 'meeting-1',
    startsAt: '2026-09-01T07:00:00.000Z',
    endsAt: '2026-09-01T09:00:00.000Z',
    location: 'Veiligheidshuis, zaal 2',
    onlineUrl: 'https://overleg.example/casusoverleg',
    status: 'PLANNED',
    startedAt: null,
    closedAt: null,
    isChair: false,
    lastEventId: '5',
    chair: { __typename: 'MeetingChair', id: 'user-9', displayName: 'Sanne Visser' },
    agenda: [],
    ...overrides,
  };
}

export { graphQLError } from '../../../test/sessionFixtures';

/** Renders a meetings component for a signed-in user; only the network is mocked. */
export function renderMeetings(
  ui: ReactNode,
  mocks: readonly MockLink.MockedResponse[],
  roles: Role[] = ['MEMBER'],
) {
  const session = me({ agencyName: POLITIE.name, agencyType: 'POLICE', roles });
  return renderSignedIn(ui, mocks, { session });
}
