import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { CaseMeetingsQuery } from '../../../gql/graphql';
import { CASE_MEETINGS_QUERY } from '../graphql/caseMeetingsQuery';

const HALF_YEAR = 182 * 86_400_000;

type Meeting = CaseMeetingsQuery['myMeetings'][number];
type Item = NonNullable<Meeting['agenda'][number]['item']>;

export interface CaseMeeting {
  meeting: Meeting;
  /** This case's agenda item in the meeting. */
  item: Item;
}

export interface CaseMeetings {
  /** Not closed and not yet over, soonest first. */
  upcoming: readonly CaseMeeting[];
  /** Closed or over, newest first. */
  past: readonly CaseMeeting[];
  loading: boolean;
  error: unknown;
}

/** The meetings of the last and next half year in which this case is on the caller's agenda. */
export function useCaseMeetings(caseId: string): CaseMeetings {
  // One window per visit: the query's variables must not change on every render.
  const [span] = useState(() => {
    const now = Date.now();
    return {
      now,
      from: new Date(now - HALF_YEAR).toISOString(),
      to: new Date(now + HALF_YEAR).toISOString(),
    };
  });
  const { data, loading, error } = useQuery(CASE_MEETINGS_QUERY, {
    variables: { from: span.from, to: span.to },
    fetchPolicy: 'cache-and-network',
  });
  const ofCase: CaseMeeting[] = [];
  for (const meeting of data?.myMeetings ?? []) {
    const item = meeting.agenda.find((entry) => entry.item?.caseId === caseId)?.item;
    if (item) ofCase.push({ meeting, item });
  }
  const isUpcoming = ({ meeting }: CaseMeeting) =>
    meeting.status !== 'CLOSED' && new Date(meeting.endsAt).getTime() >= span.now;
  const byStart = (a: CaseMeeting, b: CaseMeeting) =>
    new Date(a.meeting.startsAt).getTime() - new Date(b.meeting.startsAt).getTime();
  return {
    upcoming: ofCase.filter(isUpcoming).sort(byStart),
    past: ofCase.filter((entry) => !isUpcoming(entry)).sort((a, b) => byStart(b, a)),
    loading: loading && !data,
    error: data ? null : error,
  };
}
