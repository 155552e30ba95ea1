import type { areaTeamsNl } from './nl';

/** English texts of the area teams; the keys follow the Dutch catalogue. */
export const areaTeamsEn: Record<keyof typeof areaTeamsNl, string> = {
  'areaTeams.nav': 'Area teams',
  'areaTeams.title': 'Area teams',
  'areaTeams.intro':
    "Teams of the chain partners that serve one or more wijken, such as a wijk's neighbourhood team or community police officer. At referral and triage the partners of the person's wijk are proposed; the procesregisseur decides. Every change goes into the audit trail.",
  'areaTeams.loading': 'Loading area teams…',
  'areaTeams.loadFailed': 'The area teams could not be loaded. Please try again later.',
  'areaTeams.listHeading': 'Teams',
  'areaTeams.none': 'There are no area teams yet.',
  'areaTeams.serves': 'Wijken',
  'areaTeams.noAreas': 'no wijken yet',
  'areaTeams.members': 'Members',
  'areaTeams.noMembers': 'no members yet',
  'areaTeams.inactive': 'Not active',
  'areaTeams.edit': 'Change {name}',
  'areaTeams.cancel': 'Cancel',
  'areaTeams.addHeading': 'Add a team',
  'areaTeams.agency': 'Organisation',
  'areaTeams.chooseAgency': 'Choose an organisation',
  'areaTeams.name': 'Name of the team',
  'areaTeams.areas': 'Wijken the team serves',
  'areaTeams.memberChoices': 'Members of the team',
  'areaTeams.memberHint': "The organisation's staff. Members see their area's workload.",
  'areaTeams.noCandidates': 'This organisation has no active staff.',
  'areaTeams.active': 'Active (proposed as a partner for its wijken)',
  'areaTeams.add': 'Add team',
  'areaTeams.save': 'Save change',
  'areaTeams.added': 'Team {name} has been added.',
  'areaTeams.saved': 'Team {name} has been saved.',
  'areaTeams.notSaved': 'The team was not saved',
  'areaTeams.name.invalid': 'Enter a name of 1 to 100 characters.',
  'areaTeams.agency.invalid': "Choose the team's organisation.",
  'areaTeams.conflict':
    'Someone else changed this team in the meantime. Close the form and open it again to see the latest version.',
  'areaTeams.proposal':
    'Partners in wijk {area}: {teams, plural, one {# area team} other {# area teams}}.',
  'areaTeams.proposalNone': 'Wijk {area} has no area teams yet.',
  'areaTeams.proposalTeam': '{team} ({agency})',
  'areaTeams.propose': 'Propose the partners of wijk {area}',
  'areaTeams.take': 'Take over the partners of wijk {area}',
  'areaTeams.taken':
    'The partners of wijk {area} have been ticked. Check them before you continue.',
  'areaTeams.workload.nav': 'My area',
  'areaTeams.workload.title': 'Workload of my area',
  'areaTeams.workload.intro':
    'Open cases per wijk of your team: those your organisation takes part in, and the number of other cases in the wijk. Numbers only, never persons.',
  'areaTeams.workload.noTeams':
    "You are not a member of an area team. The functional administrator adds you to your area's team.",
  'areaTeams.workload.caption': 'Open cases per wijk, {team}',
  'areaTeams.workload.area': 'Wijk',
  'areaTeams.workload.participating': 'With your organisation taking part',
  'areaTeams.workload.inTriage': 'Of which referred or in triage',
  'areaTeams.workload.active': 'Of which running',
  'areaTeams.workload.notParticipating': 'Other cases in the wijk',
  'areaTeams.workload.suppressed': 'fewer than {min}',
  'areaTeams.workload.suppressedNote':
    'Other cases in the wijk are shown from {min} upwards, so that a small number does not point at a person.',
};
