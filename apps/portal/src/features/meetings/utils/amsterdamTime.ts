/*
 * Meetings are planned in Dutch wall-clock time, whatever the browser's own time zone: the
 * planner types a date and times, the API stores instants (UTC).
 */

const ZONE = 'Europe/Amsterdam';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function wallClock(instant: Date): { date: string; time: string } {
  const part = (type: string) =>
    PARTS.formatToParts(instant).find((p) => p.type === type)?.value ?? '00';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/** The Dutch calendar date (YYYY-MM-DD) and time (HH:MM) of an instant. */
export function toAmsterdam(iso: string): { date: string; time: string } {
  return wallClock(new Date(iso));
}

/** The instant of a Dutch date and time, or null when either does not exist. */
export function fromAmsterdam(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Try the offsets Amsterdam has (CET, CEST); keep the one that reads back as typed.
  for (const offsetHours of [1, 2]) {
    const instant = new Date(asUtc - offsetHours * 3_600_000);
    const back = wallClock(instant);
    if (back.date === date.trim() && back.time === `${t[1]!.padStart(2, '0')}:${t[2]}`) {
      return instant;
    }
  }
  return null;
}

/** "09:30" as Dutch wall-clock time. */
export function formatTime(iso: string): string {
  return toAmsterdam(iso).time;
}
