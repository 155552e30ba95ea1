// The documents Schakel hands out (minutes, access export) as a reader and a screen reader get
// them: every resident's name in its own script, line breaks as typed, a tagged PDF/UA structure.
import { readPdf } from '../../test/support/pdf-text';
import { buildAccessExportPdf } from '../data-subject-requests/data-subject-export.pdf';
import type { AccessExport } from '../data-subject-requests/data-subject-export.service';
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

  it('access export: a tagged table, repeated header on the next page, Unicode in cells', async () => {
    const at = '2026-11-02T09:30:00.000Z';
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
      accessLog: Array.from({ length: 120 }, (_, i) => ({
        at,
        agency: i % 2 ? 'Welzijn Doğan & Şahin' : 'Politie Łódź-Noord',
        agencyType: 'POLICE',
        roles: ['MEMBER'],
        action: 'READ',
        accessBasis: 'covenant',
        purpose: `Voorbereiding overleg ${i}`,
        employee: null,
      })),
    } as unknown as AccessExport;
    const read = readPdf(await buildAccessExportPdf(data));
    expect(read.text).toContain('Naam: Ayşe Yılmaz');
    expect(read.text).toContain('Welzijn Doğan & Şahin');
    expect(read.text).toContain('Politie Łódź-Noord');
    // One line per row, cells apart; a long cell wraps within its column.
    expect(read.text).toContain(
      '02-11-2026 10:30\tPolitie Łódź-Noord\tPolitie\tProfessional\tIngezien\tConvenant (deelname) –',
    );
    expect(read.text.split('\n')).toContain('overleg 119');
    expect(read.tagged && read.pdfUa).toBe(true);
    expect(read.title).toBe('Inzage in uw gegevens – Demostad');
    expect(read.structure).toContain('Table');
    expect(read.structure.filter((s) => s === 'TD')).toHaveLength(120 * 6);
    // 120 rows do not fit one page: the header row (TH) is on each page of the table.
    expect(read.structure.filter((s) => s === 'TH').length).toBeGreaterThanOrEqual(12);
  });
});
