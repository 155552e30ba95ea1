import type { casePageNl } from './nl';

/** English texts of the case page. */
export const casePageEn: Record<keyof typeof casePageNl, string> = {
  'casePage.summary.heading': 'At a glance',
  'casePage.summary.person': 'Person',
  'casePage.summary.status': 'Status',
  'casePage.summary.casusregisseur': 'Case lead',
  'casePage.summary.nextMeeting': 'Next meeting',
  'casePage.summary.noMeeting': 'No meeting planned',
  'casePage.summary.actions': 'Actions',
  'casePage.summary.actionsOpen': '{open} open',
  'casePage.summary.actionsOverdue': '{overdue} overdue',
  'casePage.summary.noPlan': 'No adopted plan',
  'casePage.summary.card': 'Agreed approach',
  'casePage.summary.noCard': 'No agreed approach',
  'casePage.summary.withheld': 'Withheld',
  'casePage.summary.loading': 'Loading…',
  'casePage.summary.unavailable': 'Not available',

  'casePage.sections.label': 'Parts of the case',
  'casePage.section.informatie': 'Information',
  'casePage.section.plan': 'Plan',
  'casePage.section.leefgebieden': 'Life domains',
  'casePage.section.deelnemers': 'Participants',
  'casePage.section.toestemmingen': 'Consents',
  'casePage.section.overleggen': 'Meetings',
  'casePage.section.tijdlijn': 'Timeline',

  'casePage.meetings.heading': 'Meetings',
  'casePage.meetings.intro':
    'The case meetings of the past and next half year that have this case on the agenda and to which your organisation is invited.',
  'casePage.meetings.upcoming': 'Upcoming',
  'casePage.meetings.past': 'Earlier',
  'casePage.meetings.noneUpcoming': 'No meeting is planned for this case.',
  'casePage.meetings.nonePast': 'This case was not discussed in the past half year.',
  'casePage.meetings.loading': 'Loading meetings…',
  'casePage.meetings.when': '{date}, {from}–{to}',
  'casePage.meetings.status.PLANNED': 'Planned',
  'casePage.meetings.status.IN_PROGRESS': 'In progress',
  'casePage.meetings.status.CLOSED': 'Closed',

  'casePage.plan.draftToggle': 'View and edit draft version {number}',
  'casePage.plan.print': 'Print the plan',
  'casePage.print.title': 'Plan of action {reference}',
  'casePage.print.back': 'Back to the case',
  'casePage.print.button': 'Print',
  'casePage.print.printedOn':
    'Printed on {date}. Confidential: for participants in this case only.',
  'casePage.print.version': 'Version {number}, adopted on {date}',
  'casePage.print.draft': 'Draft, version {number} (not yet adopted)',
  'casePage.print.owner': 'Owner',
  'casePage.print.due': 'Due',
  'casePage.print.status': 'Status',
  'casePage.print.action': 'Action',

  'plan.action.update': 'Update progress',
  'plan.action.updateLabel': 'Update progress: {action}',

  'casePage.breakGlass.openedAt': 'Opened on',
};
