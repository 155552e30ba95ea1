import { ApolloLink } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { Observable } from 'rxjs';
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
  live?: ApolloLink,
) {
  const session = me({ agencyName: POLITIE.name, agencyType: 'POLICE', roles });
  return renderSignedIn(ui, mocks, { session, live });
}

/** One subscription as the live link received it: its variables, and its stream to drive. */
export interface LiveStream {
  variables: Record<string, unknown>;
  next(result: ApolloLink.Result): void;
  complete(): void;
  error(error: unknown): void;
  closed: boolean;
}

/**
 * Stands in for graphql-ws in a test: records every subscription the portal opens and lets the
 * test send its events, errors and end, as the API would.
 */
export class LiveLinkDouble extends ApolloLink {
  readonly streams: LiveStream[] = [];

  override request(operation: ApolloLink.Operation): Observable<ApolloLink.Result> {
    return new Observable((observer) => {
      const stream: LiveStream = {
        variables: operation.variables,
        next: (result) => observer.next(result),
        complete: () => observer.complete(),
        error: (error) => observer.error(error),
        closed: false,
      };
      this.streams.push(stream);
      return () => {
        stream.closed = true;
      };
    });
  }
}
