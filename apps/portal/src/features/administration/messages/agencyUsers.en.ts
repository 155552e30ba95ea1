import type { agencyAdminNl } from './agencyUsers.nl';

/** English texts of the agency admin's access review, role changes and move-out. */
export const agencyAdminEn: Record<keyof typeof agencyAdminNl, string> = {
  'users.reviewedAt': 'Last reviewed',
  'users.reviewDue': 'Review due',
  'users.manage': 'Manage {name}',
  'users.manage.close': 'Close',
  'users.manage.heading': 'Manage {name}',
  'users.invite.ssoMailed':
    'The invitation has been sent to {email}. Your colleague logs in through their own organisation (single sign-on) and needs no separate password.',
  'users.invite.otherProvider':
    "This e-mail address logs in at another organisation. Ask that organisation's admin to send the invitation.",

  'review.heading': 'Access review',
  'review.intro':
    '{months, plural, one {Every month} other {Every # months}} you confirm whether each colleague still needs Schakel. Disable the accounts of those who no longer do.',
  'review.count': '{count, plural, one {# account awaits} other {# accounts await}} review.',
  'review.none': 'No accounts await review.',
  'review.lastReviewed': 'Last reviewed on {date}',
  'review.question': 'Does {name} still need access?',
  'review.yes': 'Yes, still needed',
  'review.no': 'No, no longer needed',
  'review.confirmNo':
    "{name}'s account will be disabled: {name}'s next action in Schakel will fail. You can enable it again later.",
  'review.confirmNoButton': 'Disable {name}',
  'review.cancel': 'Cancel',
  'review.confirmed': "{name}'s access confirmed. The next review is on {date}.",
  'review.disabled': "{name}'s account has been disabled.",
  'review.homeDue':
    '{count, plural, one {# account awaits} other {# accounts await}} the access review',

  'roles.heading': 'Roles',
  'roles.legend': 'Roles of {name}',
  'roles.kept': 'Also: {roles}. Only the functional administrator changes those roles.',
  'roles.ownAdmin': 'Only another agency admin can take away your own admin role.',
  'roles.submit': 'Change roles',
  'roles.confirm': "Change {name}'s roles to: {roles}?",
  'roles.confirmButton': 'Yes, change roles',
  'roles.cancel': 'Cancel',
  'roles.saved': "{name}'s roles have been changed to: {roles}.",
  'roles.required': 'Choose at least one role.',
  'roles.unchanged': 'You have not changed anything.',
  'roles.notSaved': 'The roles have not been changed.',

  'moveOut.heading': 'Leaving the organisation',
  'moveOut.intro':
    'Is {name} leaving your organisation? The open cases {name} directs, the actions in draft plans and the meetings {name} chairs go to a colleague. Then the account is disabled.',
  'moveOut.successor': 'Who takes over the work?',
  'moveOut.choose': 'Choose a colleague',
  'moveOut.noColleague': 'There is no active colleague who can take over the work.',
  'moveOut.submit': 'Register {name} as leaving',
  'moveOut.confirm':
    "{name} is leaving. The ongoing work goes to {successor} and {name}'s account is disabled. Continue?",
  'moveOut.confirmButton': 'Yes, register as leaving',
  'moveOut.cancel': 'Cancel',
  'moveOut.done': '{name} has been registered as leaving. Handed over to {successor}:',
  'moveOut.cases': 'Cases as case director: {count}',
  'moveOut.actions': 'Actions in draft plans: {count}',
  'moveOut.meetings': 'Meetings as chair: {count}',
  'moveOut.adopted':
    'Actions in adopted plans that still name {name}: {count}. An adopted plan does not change; its next version names the new owner.',
  'moveOut.successorRequired': 'Choose who takes over the work.',
  'moveOut.successorInvalid': 'Choose an active colleague of your own organisation.',
  'moveOut.needsChair': '{name} chairs meetings. Choose a colleague with the procesregisseur role.',
  'moveOut.notDone': '{name} has not been registered as leaving.',
};
