// The documents Schakel hands out (minutes, access export) as a reader and a screen reader get
// them: every resident's name in its own script, line breaks as typed, a tagged PDF/UA structure.
import { inflateSync } from 'node:zlib';
import { readPdf } from '../../test/support/pdf-text';
import { buildAccessExportPdf } from '../data-subject-requests/data-subject-export.pdf';
import type { AccessExport } from '../data-subject-requests/data-subject-export.service';
import { summariseAccess } from '../data-subject-requests/data-subject-access-summary';
import { buildMinutesPdf } from '../meetings/meeting-pdf';

const NAMES = ['Ayşe Yılmaz', 'Mehmet Şahin', 'Elif Doğan', 'Łukasz Wójcik uit Łódź'];
const ARABIC = 'محمد علي';

describe('tagged PDFs (PDFKit + DejaVu Sans)', () => {
  it('minutes: names in every script, line breaks kept, tagged with language and title', async () => {
    const pdf = await buildMinutesPdf({
      title: 'Verslag casusoverleg',
      meetingLine: 'Casusoverleg 4 december 2026, 14:00',
      agencyName: 'Politie Demostad',
      labels: { minutes: 'Verslag', decisions: 'Besluiten', none: 'Geen onderwerpen.' },
      items: [
        {
          caseReference: 'ZVH-2026-0042',
          personName: `${NAMES[0]} (${ARABIC})`,
          slot: '14:00',
          minutes: `Besproken met ${NAMES[1]}.\nTolk: ${NAMES[2]}.\n${NAMES[3]} belt terug.`,
          decisions: 'Eén: huisbezoek.\r\nTwee: terugkoppeling.',
        },
      ],
    });
    const read = readPdf(pdf);
    const lines = read.text.split('\n');
    expect(lines).toContain(`14:00  ZVH-2026-0042 – ${NAMES[0]} (${ARABIC})`);
    expect(lines).toContain(`Besproken met ${NAMES[1]}.`);
    expect(lines).toContain(`Tolk: ${NAMES[2]}.`);
    expect(lines).toContain(`${NAMES[3]} belt terug.`);
    expect(lines).toContain('Eén: huisbezoek.');
    expect(lines).toContain('Twee: terugkoppeling.');
    expect(read.text).not.toContain('?');

    expect(read.tagged).toBe(true);
    expect(read.pdfUa).toBe(true);
    expect(read.lang).toBe('nl-NL');
    expect(read.title).toBe('Verslag casusoverleg');
    expect(read.displayTitle).toBe(true);
    // Reading order: the title, then the meeting, then per item its heading and texts.
    expect(read.structure.slice(0, 4)).toEqual(['H1', 'P', 'P', 'H2']);
    expect(read.structure).toContain('Document');
    expect(read.fonts.length).toBeGreaterThan(0);
    for (const font of read.fonts) {
      expect(font.name).toMatch(/DejaVuSans/);
      expect(font.embedded).toBe(true);
    }
  });

  it('access export: one plain-Dutch line per organisation per day, names in every script, tagged', async () => {
    // 120 events of two organisations over three days (Dutch time).
    const accessLog = Array.from({ length: 120 }, (_, i) => ({
      at: `2026-11-0${2 + (i % 3)}T09:30:00.000Z`,
      agency: i % 2 ? 'Welzijn Doğan & Şahin' : 'Politie Łódź-Noord',
      agencyType: i % 2 ? 'WELFARE' : 'POLICE',
      roles: ['MEMBER'],
      action: 'READ',
      accessBasis: 'covenant',
      purpose: `Voorbereiding overleg ${i % 2}`,
      categories: ['IDENTITY'],
      employee: null,
    }));
    const data = {
      region: 'Demostad',
      generatedAt: '2026-12-04T13:43:00.000Z',
      request: { receivedOn: '2026-11-30' },
      person: {
        givenNames: 'Ayşe',
        familyName: 'Yılmaz',
        dateOfBirth: '1987-11-02',
        bsn: null,
        address: null,
      },
      partners: [],
      addressReleased: true,
      noData: false,
      cases: [],
      agencies: [],
      planActions: [],
      employeeNamesIncluded: false,
      consents: [
        {
          category: 'CARE',
          recipientAgency: 'GGZ Ærø',
          recordedBy: 'Wijkteam Çiğli',
          caseReference: null,
          parts: [],
          givenOn: '2026-11-02',
          validUntil: null,
          withdrawnOn: null,
          evidence: 'mondeling, 2-11-2026,\nin gesprek met Şükrü Doğan',
        },
      ],
      accessLog,
      accessSummary: summariseAccess(accessLog as never),
      // Version 5 (ADR 0041): a released supervision condition, with a name in another script.
      supervisionConditions: [
        {
          caseReference: 'ZVH-2026-001',
          sourceAgency: 'Reclassering Nederland',
          kind: 'CONTACT_BAN',
          subject: 'met Ελένη Παπαδοπούλου',
          frequency: null,
          alcoholMonitor: false,
          notes: null,
          legalSourceKind: 'JUDGMENT',
          legalSourceDate: '2026-10-01',
          parketNumber: '13/123456-26',
          startsOn: '2026-10-01',
          endsOn: '2027-06-01',
          status: 'ACTIVE',
        },
      ],
      violationSignals: [],
    } as unknown as AccessExport;
    const read = readPdf(await buildAccessExportPdf(data));
    expect(read.text).toContain('Naam: Ayşe Yılmaz');
    expect(read.text).toContain('ZVH-2026-001 – Contactverbod, met Ελένη Παπαδοπούλου');
    // Two organisations on three days: six lines, not 120 rows.
    const lines = read.text.split('\n');
    expect(lines.filter((l) => l.includes('Welzijn Doğan & Şahin')).length).toBe(3);
    expect(lines.filter((l) => l.includes('Politie Łódź-Noord')).length).toBe(3);
    expect(read.text).toContain('(20 keer)');
    // The consent's evidence, in the person's own words and names, on its own lines.
    expect(read.text).toContain('Uw toestemmingen');
    expect(read.text).toContain('in gesprek met Şükrü Doğan');
    expect(read.tagged && read.pdfUa).toBe(true);
    expect(read.title).toBe('Inzage in uw gegevens – Demostad');
    // A heading per day, in reading order; no table of raw events.
    expect(read.structure.filter((s) => s === 'H3')).toHaveLength(3);
    expect(read.structure).not.toContain('TD');
  });

  // A compressed stream is arbitrary bytes: one in 256 ends in \r. The test reader once trimmed
  // "\r\n" before "endstream", cut such a stream and lost its page (a flaky access-export test).
  it('the test reader keeps a stream whose compressed data ends in \\r', async () => {
    let found: { pdf: Buffer; line: string } | null = null;
    // About one document in 256 has such a page; 3,000 tries miss with odds below 1e-5.
    for (let n = 0; n < 3000 && !found; n++) {
      // Words that differ from try to try spread the stream's checksum, and so its last byte.
      const word = Array.from(
        { length: 12 },
        (_, k) => 'aeiklmnorstu'[(n * 7 + k * k * 5 + n * k) % 12],
      ).join('');
      const line = `Afspraak ${n}: ${word} door ${NAMES[n % NAMES.length]}.`;
      const pdf = Buffer.from(
        await buildMinutesPdf({
          title: 'Verslag',
          meetingLine: 'Casusoverleg',
          agencyName: 'Politie Demostad',
          labels: { minutes: 'Verslag', decisions: 'Besluiten', none: 'Geen onderwerpen.' },
          items: [
            {
              caseReference: 'ZVH-1',
              personName: 'X',
              slot: '14:00',
              minutes: line,
              decisions: '',
            },
          ],
        }),
      );
      // The page's content stream (the one holding the text operators) is the one to cut.
      const pageEndsInCr = [
        ...pdf.toString('latin1').matchAll(/stream\n([\s\S]*?\r)\nendstream/g),
      ].some((m) => {
        try {
          return /\bBT\b/.test(inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1'));
        } catch {
          return false;
        }
      });
      if (pageEndsInCr) found = { pdf, line };
    }
    expect(found).not.toBeNull();
    expect(readPdf(found!.pdf).text.split('\n')).toContain(found!.line);
  });
});
