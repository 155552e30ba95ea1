import { TaggedPdf } from '../common/tagged-pdf';
import type { AccessExport } from './data-subject-export.service';
import {
  ACTION_STATUS,
  AGENCY_TYPE,
  CASE_STATUS,
  CATEGORY,
  CONDITION_KIND,
  CONDITION_STATUS,
  FOLLOW_UP,
  label,
  LEGAL_SOURCE,
  NL,
  NL_ACCESS,
  PARTICIPANT_ROLE,
  THEME,
} from './data-subject-export.labels';

const MARGIN = 48;

const DATE_NL = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const TIME_NL = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  minute: '2-digit',
});

/** "donderdag 4 december 2026": a day of the access overview, as a person says it. */
const LONG_DAY_NL = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** YYYY-MM-DD → DD-MM-YYYY, as Dutch readers write dates. */
const day = (ymd: string | null): string => (ymd ? ymd.split('-').reverse().join('-') : '');
const period = (from: string, until: string | null) =>
  `${day(from)} – ${until ? day(until) : NL.ongoing}`;

/**
 * The access export as a Dutch PDF for the person: identity, cases, agencies with their items
 * per category, plan actions, and who used the data: one plain-Dutch line per organisation per
 * day. A tagged PDF (common/tagged-pdf.ts):
 * names in every script, line breaks kept, a structure a screen reader can follow.
 */
export async function buildAccessExportPdf(data: AccessExport): Promise<Uint8Array> {
  const pdf = new TaggedPdf({ title: `${NL.title} – ${data.region}`, margin: MARGIN });
  const line = (text: string, style: { bold?: boolean; size?: number; indent?: number } = {}) =>
    pdf.paragraph(text, { ...style, after: 2 });
  const heading = (text: string) => {
    pdf.gap(8);
    pdf.heading(text, 2, { after: 2 });
  };

  pdf.heading(`${NL.title} – ${data.region}`, 1, { after: 6 });
  line(NL.intro(data.region));
  const made = new Date(data.generatedAt);
  line(NL.request(day(data.request.receivedOn), `${DATE_NL.format(made)} ${TIME_NL.format(made)}`));

  heading(NL.identity);
  const p = data.person;
  line(`${NL.name}: ${p.givenNames} ${p.familyName}`);
  line(`${NL.dateOfBirth}: ${day(p.dateOfBirth)}`);
  if (p.bsn) line(`${NL.bsn}: ${p.bsn}`);
  if (p.address) {
    const a = p.address;
    const address = [
      [a.street, a.houseNumber].filter(Boolean).join(' '),
      [a.postcode, a.city].filter(Boolean).join(' '),
    ]
      .filter(Boolean)
      .join(', ');
    if (address) line(`${NL.address}: ${address}`);
  }
  if (!p.address && data.partners.length > 0 && !data.addressReleased) {
    line(NL.addressNotReleased);
  }
  if (data.noData) {
    pdf.gap(6);
    line(NL.noData, { bold: true });
  }

  if (data.partners.length > 0) {
    heading(NL.partners);
    line(NL.partnersIntro, { size: 9 });
    for (const partner of data.partners) {
      const state = partner.notice ?? NL.released(day(partner.releasedOn));
      line(`${partner.agency} (${label(AGENCY_TYPE, partner.agencyType)}): ${state}`);
      if (partner.status === 'RELEASED' && partner.note) {
        line(partner.note, { size: 9, indent: 16 });
      }
    }
  }

  if (data.cases.length > 0) {
    heading(NL.cases);
    for (const c of data.cases) {
      line(
        `${c.reference} – ${NL.theme}: ${label(THEME, c.theme)}; ${NL.status}: ` +
          `${label(CASE_STATUS, c.status)}; ${NL.period}: ${period(c.from, c.until)}`,
      );
    }
  }

  if (data.agencies.length > 0) {
    heading(NL.participations);
    for (const agency of data.agencies) {
      for (const part of agency.participations) {
        line(
          `${agency.name} (${label(AGENCY_TYPE, agency.type)}) – ${label(PARTICIPANT_ROLE, part.role)} ` +
            `in ${part.caseReference}, ${period(part.from, part.until)}; ${NL.legalBasis}: ${part.legalBasis}`,
        );
      }
    }
    heading(NL.itemsPerAgency);
    for (const agency of data.agencies) {
      if (agency.categories.length === 0) continue;
      pdf.gap(4);
      pdf.heading(`${agency.name} (${label(AGENCY_TYPE, agency.type)})`, 3, { size: 11, after: 2 });
      for (const group of agency.categories) {
        line(label(CATEGORY, group.category), { bold: true, indent: 8 });
        for (const item of group.items) {
          line(
            `${day(item.date)} – ${item.caseReference} – ${NL.source}: ${item.sourceAgency}; ` +
              `${NL.legalBasis}: ${item.legalBasis}`,
            { size: 9, indent: 16 },
          );
          pdf.paragraph(item.text, { indent: 16, after: 5 });
        }
      }
    }
  }

  if (data.planActions.length > 0) {
    heading(NL.planActions);
    for (const a of data.planActions) {
      line(
        `${a.caseReference} – ${a.description} (${a.ownerAgency}, ${NL.due} ${day(a.dueDate)}; ` +
          `${label(ACTION_STATUS, a.status)})`,
      );
    }
  }

  if (data.consents.length > 0) {
    heading(NL.consents);
    line(NL.consentsIntro, { size: 9 });
    for (const k of data.consents) {
      const when = [
        NL.consentGiven(day(k.givenOn), k.recordedBy),
        k.validUntil ? NL.consentValidUntil(day(k.validUntil)) : null,
        k.withdrawnOn ? NL.consentWithdrawn(day(k.withdrawnOn)) : null,
      ].filter(Boolean);
      pdf.gap(4);
      line(
        NL.consent(
          label(CATEGORY, k.category),
          k.recipientAgency,
          k.caseReference ?? NL.consentAllCases,
        ),
        { bold: true },
      );
      line(when.join('; '), { size: 9, indent: 8 });
      line(k.evidence ? `${NL.consentEvidence}: ${k.evidence}` : NL.consentNoEvidence, {
        indent: 8,
      });
    }
  }

  if (data.supervisionConditions.length > 0) {
    heading(NL.conditions);
    line(NL.conditionsIntro, { size: 9 });
    for (const c of data.supervisionConditions) {
      pdf.gap(4);
      const what = [
        label(CONDITION_KIND, c.kind),
        c.subject,
        c.frequency,
        c.alcoholMonitor ? NL.alcoholMonitor : null,
      ].filter(Boolean);
      line(`${c.caseReference} – ${what.join(', ')}`, { bold: true });
      line(
        `${NL.period}: ${period(c.startsOn, c.endsOn)}; ${NL.status}: ` +
          `${label(CONDITION_STATUS, c.status)}; ` +
          NL.conditionSource(
            label(LEGAL_SOURCE, c.legalSourceKind),
            day(c.legalSourceDate),
            c.parketNumber,
          ) +
          `; ${NL.source}: ${c.sourceAgency}`,
        { size: 9, indent: 8 },
      );
      if (c.notes) pdf.paragraph(c.notes, { indent: 8, after: 5 });
    }
  }

  if (data.violationSignals.length > 0) {
    heading(NL.signals);
    line(NL.signalsIntro, { size: 9 });
    for (const s of data.violationSignals) {
      pdf.gap(4);
      const about = s.conditionKind ? ` (${label(CONDITION_KIND, s.conditionKind)})` : '';
      line(
        `${s.caseReference} – ${NL.signalReported(day(s.reportedOn), s.reporterAgency)}${about}`,
        {
          bold: true,
        },
      );
      if (s.what !== null) {
        line(`${NL.where}: ${s.location ?? ''}; ${NL.seenBy}: ${s.seenBy ?? ''}`, {
          size: 9,
          indent: 8,
        });
        pdf.paragraph(s.what, { indent: 8, after: 3 });
      } else {
        line(NL.signalReportNotReleased(s.reporterAgency), { size: 9, indent: 8 });
      }
      if (s.assessment !== null && s.assessedOn && s.assessedBy && s.followUp) {
        line(NL.signalAssessment(day(s.assessedOn), s.assessedBy, label(FOLLOW_UP, s.followUp)), {
          indent: 8,
        });
        pdf.paragraph(s.assessment, { indent: 8, after: 5 });
      } else if (s.status !== 'ASSESSED') {
        line(NL.signalNotAssessed, { indent: 8 });
      }
    }
  }

  // One line per organisation per day, in plain Dutch (issue 16): the JSON keeps every event.
  heading(NL_ACCESS.heading);
  line(NL_ACCESS.intro, { size: 9 });
  if (!data.employeeNamesIncluded) line(NL.namesLeftOut, { size: 9 });
  if (data.accessSummary.length === 0) line(NL_ACCESS.none);
  let shownDay: string | null = null;
  for (const access of data.accessSummary) {
    if (access.day !== shownDay) {
      shownDay = access.day;
      pdf.gap(4);
      pdf.heading(LONG_DAY_NL.format(new Date(`${access.day}T12:00:00Z`)), 3, {
        size: 11,
        after: 2,
      });
    }
    line(access.text, { indent: 8 });
  }
  return pdf.finish();
}
