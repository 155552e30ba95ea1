import { buildCalendar, escapeText, foldLine, icsDate } from './meeting-ics';

describe('meeting calendar file', () => {
  it('escapes text values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = 'SUMMARY:' + 'ë'.repeat(60);
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('writes UTC times, CRLF line ends and one VEVENT per item', () => {
    const ics = buildCalendar(
      [
        {
          uid: 'meeting-item-1@schakel',
          startsAt: new Date('2026-03-10T09:15:00Z'),
          endsAt: new Date('2026-03-10T09:30:00Z'),
          summary: 'Casusoverleg ZVH – ZVH-2026-001',
          location: 'Zaal 2, Stadhuis',
          url: 'https://meet.example/abc',
        },
      ],
      new Date('2026-03-01T00:00:00Z'),
    );
    expect(icsDate(new Date('2026-03-10T09:15:00.000Z'))).toBe('20260310T091500Z');
    expect(ics).toContain('\r\nDTSTART:20260310T091500Z\r\n');
    expect(ics).toContain('LOCATION:Zaal 2\\, Stadhuis');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});
