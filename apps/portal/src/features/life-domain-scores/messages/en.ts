import type { lifeDomainScoresNl } from './nl';

/** English texts of this feature; merged into the app catalogue (features/i18n/messages/en.ts). */
export const lifeDomainScoresEn: Record<keyof typeof lifeDomainScoresNl, string> = {
  'lifeDomains.heading': 'Self-reliance per life domain',
  'lifeDomains.intro':
    'The case lead scores each life domain from 1 (crisis) to 5 (in order on their own): at intake, at each adopted plan and at closing.',
  'lifeDomains.loading': 'Loading the scores…',
  'lifeDomains.none': 'No scores have been recorded yet.',
  'lifeDomains.moment.INTAKE': 'Intake',
  'lifeDomains.moment.PLAN': 'Plan version {number}',
  'lifeDomains.moment.CLOSING': 'Closing',
  'lifeDomains.momentShort.INTAKE': 'Intake',
  'lifeDomains.momentShort.PLAN': 'Plan {number}',
  'lifeDomains.momentShort.CLOSING': 'Closing',
  'lifeDomains.moments.heading': 'Moments',
  'lifeDomains.moments.scored': 'Scored on {date} by {agency}',
  'lifeDomains.moments.open': 'Not scored yet',
  'lifeDomains.moments.planAdopted': 'adopted on {date}',
  'lifeDomains.score': 'Score',
  'lifeDomains.correct': 'Correct the scores',
  'lifeDomains.table.caption': 'Scores per life domain and moment',
  'lifeDomains.table.domain': 'Life domain',
  'lifeDomains.table.goals': 'Goals in the plan',
  'lifeDomains.table.noGoals': 'No goal',
  'lifeDomains.table.notScored': 'Not scored',
  'lifeDomains.table.withheld': 'Withheld',
  'lifeDomains.table.withheldHint':
    'Withheld: under the covenant your organisation may not read this category ({category}).',
  'lifeDomains.table.cell': '{score} – {level}',
  'lifeDomains.chart.heading': 'Progress as a chart',
  'lifeDomains.chart.loading': 'Loading the chart…',
  'lifeDomains.chart.label':
    'Chart of the scores per life domain over the moments; the table holds the same data.',
  'lifeDomains.chart.point': '{domain}, {moment}: {score} – {level}',
  'lifeDomains.chart.show': 'Life domains in the chart',
  'lifeDomains.chart.empty': 'Choose a life domain with scores to see the chart.',
  'lifeDomains.form.heading': 'Scoring: {moment}',
  'lifeDomains.form.hint':
    'For each life domain, choose the level that fits best now. A domain you do not choose keeps its earlier score or stays empty.',
  'lifeDomains.form.submit': 'Save the scores',
  'lifeDomains.form.cancel': 'Cancel',
  'lifeDomains.form.nothing': 'Choose a score for at least one life domain.',
  'lifeDomains.form.notYours':
    'Not for your organisation to score (category {category} is withheld from you): {domains}.',
  'lifeDomains.form.saved': 'The scores of {moment} have been saved.',
  'lifeDomains.form.conflict':
    'Someone else recorded or changed these scores in the meantime. The newest scores have been loaded; check them and save again.',

  'lifeDomains.level.1': 'Crisis',
  'lifeDomains.level.2': 'Serious problems',
  'lifeDomains.level.3': 'Unsteady',
  'lifeDomains.level.4': 'In order with support',
  'lifeDomains.level.5': 'In order on their own',

  'lifeDomains.level.HOUSING.1': 'No roof over their head, or eviction is imminent.',
  'lifeDomains.level.HOUSING.2':
    'Temporary shelter (hostel, with acquaintances), or the home is at risk from rent arrears or nuisance.',
  'lifeDomains.level.HOUSING.3':
    'A place of their own, but insecure, or with worries about rent, upkeep or nuisance.',
  'lifeDomains.level.HOUSING.4': 'A stable home; with some help the household works.',
  'lifeDomains.level.HOUSING.5': 'A stable, suitable home the person keeps in order themselves.',
  'lifeDomains.level.FINANCES.1':
    'No income, or debts with seizure, disconnection or bailiffs happening now.',
  'lifeDomains.level.FINANCES.2':
    'Income does not cover fixed costs; debts without an arrangement.',
  'lifeDomains.level.FINANCES.3':
    'Income and debts are known; an arrangement or administration has just started.',
  'lifeDomains.level.FINANCES.4':
    'Making ends meet works with an arrangement, budgeting help or administration.',
  'lifeDomains.level.FINANCES.5':
    'Own income; bills are paid on time by the person, no problematic debts.',
  'lifeDomains.level.WORK_AND_DAYTIME.1': 'No daytime activity; the days have no structure.',
  'lifeDomains.level.WORK_AND_DAYTIME.2': 'Something to do now and then, without a fixed rhythm.',
  'lifeDomains.level.WORK_AND_DAYTIME.3':
    'A daytime activity or programme has started, but is kept up on and off.',
  'lifeDomains.level.WORK_AND_DAYTIME.4':
    'Regular daytime activity, volunteering or supported work.',
  'lifeDomains.level.WORK_AND_DAYTIME.5':
    'Work, education or daytime activity the person keeps up on their own.',
  'lifeDomains.level.HEALTH_AND_CARE.1':
    'Serious physical or mental complaints without treatment; health is at risk.',
  'lifeDomains.level.HEALTH_AND_CARE.2': 'Clear complaints; care is not sought or is kept off.',
  'lifeDomains.level.HEALTH_AND_CARE.3':
    'In treatment or support, but appointments are kept on and off.',
  'lifeDomains.level.HEALTH_AND_CARE.4':
    'Complaints are under control with care followed faithfully.',
  'lifeDomains.level.HEALTH_AND_CARE.5':
    'No complaints that hinder daily life, or the person arranges their care themselves.',
  'lifeDomains.level.ADDICTION.1': 'Use dominates life and is dangerous now.',
  'lifeDomains.level.ADDICTION.2': 'Problematic use; help is missing or refused.',
  'lifeDomains.level.ADDICTION.3': 'Less use or in treatment, with relapses.',
  'lifeDomains.level.ADDICTION.4': 'Use is under control, with help or aftercare.',
  'lifeDomains.level.ADDICTION.5': 'No problematic use.',
  'lifeDomains.level.JUSTICE_AND_BEHAVIOUR.1':
    'Offends repeatedly or causes serious nuisance; cases pile up.',
  'lifeDomains.level.JUSTICE_AND_BEHAVIOUR.2':
    'Regular police contact or nuisance; conditions and agreements are not kept.',
  'lifeDomains.level.JUSTICE_AND_BEHAVIOUR.3':
    'Occasional police contact; conditions are kept on and off.',
  'lifeDomains.level.JUSTICE_AND_BEHAVIOUR.4':
    'No new offences; conditions and agreements are kept with supervision or support.',
  'lifeDomains.level.JUSTICE_AND_BEHAVIOUR.5':
    'No police contact or nuisance; keeps to rules and agreements on their own.',
  'lifeDomains.level.SOCIAL_NETWORK.1':
    'Isolated, or the network does harm (a criminal or using environment).',
  'lifeDomains.level.SOCIAL_NETWORK.2': 'Few contacts; those there are cannot or will not help.',
  'lifeDomains.level.SOCIAL_NETWORK.3': 'Some supportive contacts, next to burdening ones.',
  'lifeDomains.level.SOCIAL_NETWORK.4': 'A small network that supports.',
  'lifeDomains.level.SOCIAL_NETWORK.5': 'A supportive network the person invests in themselves.',
  'lifeDomains.level.SAFETY.1': 'Acute danger to the person or to others.',
  'lifeDomains.level.SAFETY.2': 'Repeatedly unsafe situations; the risks are not managed.',
  'lifeDomains.level.SAFETY.3':
    'The risks are known; there is a safety plan, but not yet a firm one.',
  'lifeDomains.level.SAFETY.4':
    'Safety agreements work; incidents stay away or are caught quickly.',
  'lifeDomains.level.SAFETY.5': 'No signs of danger.',
  'lifeDomains.level.PARENTING.1': 'The children are not safe or are seriously neglected.',
  'lifeDomains.level.PARENTING.2':
    'Care for the children keeps falling short; help is missing or refused.',
  'lifeDomains.level.PARENTING.3': 'Care for the children varies; help has started.',
  'lifeDomains.level.PARENTING.4': 'The children get what they need, with support.',
  'lifeDomains.level.PARENTING.5': 'The parent cares for the children well on their own.',
};
