/**
 * Whole calendar days in the Netherlands from a moment (an SQL timestamptz expression) until
 * today: referred yesterday evening is "1 dag", whatever the hour. The one count of "waiting N
 * days" — the triage queue and the monitoring overview both select it, so they never disagree.
 */
export function waitingDaysSql(since: string): string {
  return `((now() AT TIME ZONE 'Europe/Amsterdam')::date - (${since} AT TIME ZONE 'Europe/Amsterdam')::date)`;
}
