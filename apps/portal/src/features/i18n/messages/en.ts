import { casePageEn } from '../../cases/messages/en';
import { agreedApproachEn } from '../../agreed-approach/messages/en';
import { supervisionEn } from '../../supervision/messages/en';
import { transparencyEn } from '../../transparency/messages/en';
import { volunteerCouplingsEn } from '../../volunteer-couplings/messages/en';
import { meetingsEn } from '../../meetings/messages/en';
import { mfaEn } from '../../mfa/messages/en';
import { privacyOfficeEn } from '../../privacy-office/messages/en';
import { sessionsEn } from '../../sessions/messages/en';
import { retentionEn } from '../../retention/messages/en';
import { agencyAdminEn } from '../../administration/messages/agencyUsers.en';
import { ssoEn } from '../../sso/messages/en';
import { shellEn } from '../../shell/messages/en';
import { systemTextEn } from './systemText.en';
import { regionAgenciesEn } from '../../administration/messages/regionAgencies.en';
import { covenantAccessEn } from '../../covenant-access/messages/en';
import { regionSettingsEn } from '../../region-settings/messages/en';
import { areaTeamsEn } from '../../area-teams/messages/en';
import { areasEn } from '../../areas/messages/en';
import { covenantEn } from '../../covenant/messages/en';
import { dataSubjectRequestsEn } from '../../data-subject-requests/messages/en';
import { monitoringEn } from '../../monitoring/messages/en';
import { searchEn } from '../../search/messages/en';
import { caseTeamEn } from '../../case-team/messages/en';
import { plansEn } from '../../plans/messages/en';
import { lifeDomainScoresEn } from '../../life-domain-scores/messages/en';
import { outcomeReportEn } from '../../outcome-report/messages/en';
import { referralsEn } from '../../referrals/messages/en';
import { itemChangesEn } from '../../item-changes/messages/en';
import { formsEn } from '../../forms/messages/en';
import type { Messages } from './nl';

export const en: Messages = {
  'app.name': 'Schakel',
  'app.tagline': 'Working together in the Zorg- en Veiligheidshuis',
  'document.title': '{page} — Schakel',
  'common.loading': 'Loading Schakel…',
  'common.pageLoading': 'Loading the page…',

  'skipLink.toContent': 'Skip to content',
  'language.nl': 'Nederlands',
  'language.en': 'English',

  'header.signedInAs': 'Signed in as',
  'header.logout': 'Log out',

  'nav.label': 'Main menu',
  'nav.menu': 'Menu',
  'nav.home': 'Home',
  'nav.account': 'My account',
  'nav.cases': 'Cases',
  'nav.covenant': 'Covenant',

  'footer.text':
    'Schakel is the collaboration portal of the Zorg- en Veiligheidshuis (Safety House). Information is shared only as the region’s privacy covenant allows.',

  'login.title': 'Log in',
  'login.heading': 'Log in to Schakel',
  'login.intro': 'Log in with the email address and password of your Schakel account.',
  'login.email': 'Email address',
  'login.password': 'Password',
  'login.submit': 'Log in',
  'login.emailRequired': 'Enter your email address.',
  'login.passwordRequired': 'Enter your password.',
  'login.forgotPassword': 'Forgot your password?',
  'mailPreferences.heading': 'E-mail about notifications',
  'mailPreferences.intro':
    'Choose per kind of notification whether you get an e-mail about it. An e-mail only says that something is waiting for you, never who or which case it is about.',
  'mailPreferences.loadFailed': 'Your e-mail settings could not be loaded.',
  'mailPreferences.kind.CASE_INVITED': 'You were added to a case',
  'mailPreferences.kind.ACTION_ASSIGNED': 'An action was assigned to you',
  'mailPreferences.kind.ACTION_OVERDUE': 'An action of yours is overdue',
  'mailPreferences.kind.MEETING_INVITED': 'Invitation to a meeting (with calendar file)',
  'mailPreferences.kind.REFERRAL_DECIDED': 'Decision on a referral',
  'mailPreferences.kind.VIOLATION_REPORTED':
    'Report of a possible violation of a supervision condition',
  'mailPreferences.mode.NONE': 'No e-mail',
  'mailPreferences.mode.IMMEDIATELY': 'An e-mail right away',
  'mailPreferences.mode.DAILY': 'One summary a day',
  'mailPreferences.save': 'Save e-mail settings',
  'mailPreferences.saved': 'Your e-mail settings have been saved.',
  'passwordReset.requestTitle': 'Forgot password',
  'passwordReset.requestIntro':
    'Enter the e-mail address of your Schakel account. You will receive an e-mail with a link to choose a new password. The link works once and for half an hour.',
  'passwordReset.requestSubmit': 'Send the link',
  'passwordReset.requestSent':
    'If an account has this e-mail address, an e-mail with a link is now waiting for you. Nothing there? Check your junk mail too.',
  'passwordReset.resetTitle': 'Choose a new password',
  'passwordReset.resetIntro':
    'Choose a new password. You will then be signed out everywhere and sign in with the new password.',
  'passwordReset.newPassword': 'New password',
  'passwordReset.repeatPassword': 'Repeat the new password',
  'passwordReset.mismatch': 'The two passwords are not the same.',
  'passwordReset.resetSubmit': 'Save password',
  'passwordReset.done': 'Your password has been changed. Sign in with your new password.',
  'passwordReset.noToken':
    'This page opens from the link in the e-mail. Ask for a new link if you no longer have it.',
  'passwordReset.requestAgain': 'Ask for a new link',
  'passwordReset.toLogin': 'To sign in',
  'login.sessionExpired': 'Your session has expired. Log in again to continue.',
  'login.loggedOut': 'You have logged out.',

  'home.title': 'Home',
  'home.welcome': 'Welcome, {name}',
  'home.context': 'You work in Schakel on behalf of {agency} in the {region} region.',
  'home.roleHeading': 'Your role: {role}',
  'home.accountLink': 'View your account details',
  'home.casesLink': 'Go to the cases',
  'home.covenantLink': 'View the covenant',
  'home.covenantEditLink': 'View and change the covenant',
  'home.PROCESREGISSEUR':
    'As the process director (procesregisseur) of the Zorg- en Veiligheidshuis you guard the process: you receive referrals, prepare triage, chair case meetings independently and follow up the actions in each plan of action.',
  'home.PRIVACY_OFFICER':
    'As privacy officer you are the covenant’s point of contact: you review the audit trail, handle data-subject requests and watch over retention periods. You do not see case content by default.',
  'home.PRIVACY_CONTACT':
    'As privacy contact of {agency} you review your agency’s part of data-subject requests: per request you see only what your own agency recorded about that person, and you release it to the WGS contact point. You do not see other case content.',
  'home.FUNCTIONAL_ADMIN':
    'As functional administrator you set up Schakel for the region: agencies, users and the covenant settings. You do not see case content.',
  'home.AGENCY_ADMIN':
    'As administrator of {agency} you manage your colleagues’ accounts within your own agency. This role does not give you access to case content.',
  'home.MEMBER':
    'As a professional of {agency} you refer cases, join case meetings for cases your agency takes part in and keep your actions in the plan of action up to date.',
  'home.MEMBER.POLICE':
    'As a police officer you refer cases, join case meetings and look up a person’s agreed approach (afsprakenkaart) quickly while on the move. Each lookup states its purpose and is logged.',
  'home.MEMBER.MUNICIPALITY':
    'As a municipality or neighbourhood team professional you refer cases, join case meetings and often act as case lead: you keep the actions in the plan of action up to date.',
  'home.MEMBER.PROBATION':
    'As a probation officer you coordinate plans for clients under supervision, share special conditions with the partners involved and report violations.',
  'home.MEMBER.CARE':
    'As a care professional you share a minimal signal, such as whether someone is in care and who the contact person is, without breaking professional secrecy. You share more only with the client’s consent.',
  'home.MEMBER.VOLUNTEER':
    'As volunteer coordinator you receive match requests for a volunteer, only with the client’s consent, and see only what that needs.',

  'account.title': 'My account',
  'account.name': 'Name',
  'account.email': 'Email address',
  'account.agency': 'Agency',
  'account.agencyType': 'Type of agency',
  'account.region': 'Region',
  'account.roles': 'Roles',
  'account.sessionExpiresAt': 'Session ends at the latest',
  'account.onThisPage': 'On this page',
  'account.sessionNote':
    'After this time you log in again, even if you have been active all along.',

  'nav.users': 'Users',
  'home.agencyUsersLink': 'Manage the users of your organisation',
  'users.title': 'Users',
  'users.intro':
    'The accounts of {agency}. You invite colleagues, give roles your organisation may hold and disable accounts. You see no case content here.',
  'users.loading': 'Loading users…',
  'users.caption': 'Accounts of your organisation',
  'users.name': 'Name',
  'users.email': 'E-mail address',
  'users.roles': 'Roles',
  'users.state': 'Status',
  'users.actions': 'Actions',
  'users.state.active': 'Active',
  'users.state.disabled': 'Disabled',
  'users.state.left': 'Left the organisation',
  'users.state.invited': 'Invited (link valid until {until})',
  'users.state.linkExpired': 'Invited, link expired',
  'users.disable': 'Disable {name}',
  'users.enable': 'Enable {name} again',
  'users.invite.heading': 'Invite a colleague',
  'users.invite.intro':
    'Your colleague receives an e-mail with a link to activate the account. The link works once and for 72 hours.',
  'users.invite.name': 'Name',
  'users.invite.email': 'E-mail address',
  'users.invite.roles': 'Roles',
  'users.invite.submit': 'Send invitation',
  'users.invite.notSent': 'The invitation has not been sent.',
  'users.invite.nameRequired': 'Enter the name.',
  'users.invite.emailRequired': 'Enter the e-mail address.',
  'users.invite.emailInvalid': 'Enter a valid e-mail address, such as name@organisation.nl.',
  'users.invite.emailTaken': 'This e-mail address already has an account.',
  'users.invite.rolesRequired': 'Choose at least one role.',
  'users.invite.rolesNotAllowed': 'You cannot grant this role in your organisation.',
  'users.invite.mailed': 'The invitation has been sent to {email} by e-mail.',
  'users.invite.queued':
    'The account for {email} has been created. The e-mail goes out as soon as Schakel can send e-mail.',
  'users.invite.linkShown':
    'No mail server configured (only outside production): the activation link is',
  'activation.title': 'Activate account',
  'activation.heading': 'Activate your Schakel account',
  'activation.intro':
    'Choose a password for your account. This link works once; afterwards you log in with your e-mail address and this password.',
  'activation.password': 'Password',
  'activation.repeat': 'Repeat password',
  'activation.submit': 'Activate account',
  'activation.passwordRequired': 'Choose a password.',
  'activation.repeatRequired': 'Enter the password once more.',
  'activation.mismatch': 'The passwords are not the same.',
  'activation.notActivated': 'Your account has not been activated yet.',
  'activation.success': 'Your account has been activated.',
  'activation.toLogin': 'Go to login',
  'changePassword.heading': 'Change password',
  'changePassword.intro':
    'After the change you stay logged in here. On other devices you are logged out and log in with your new password.',
  'changePassword.current': 'Current password',
  'changePassword.new': 'New password',
  'changePassword.newHint': 'Your new password must be at least {min} characters long.',
  'changePassword.repeat': 'Repeat new password',
  'changePassword.submit': 'Change password',
  'changePassword.currentRequired': 'Enter your current password.',
  'changePassword.newRequired': 'Enter a new password.',
  'changePassword.repeatRequired': 'Enter your new password once more.',
  'changePassword.mismatch': 'The passwords do not match.',
  'changePassword.currentIncorrect': 'The current password is incorrect.',
  'changePassword.notChanged': 'Your password has not been changed.',
  'changePassword.success':
    'Your password has been changed. You have been logged out on other devices.',

  'notFound.title': 'Page not found',
  'notFound.text':
    'The page you are looking for does not exist. Check the address or go to the home page.',
  'notFound.homeLink': 'Go to the home page',

  'noAccess.title': 'No access',
  'noAccess.text':
    'This page is not part of your role in Schakel. Case content is only for professionals of a participating agency.',

  'protected.withheld': 'Withheld',
  'protected.withheldReason': 'no access under the covenant',
  'protected.notRecorded': 'Not recorded',

  'cases.title': 'Cases',
  'cases.intro':
    'The cases your agency takes part in, most recently changed first. You only see what the covenant allows your agency.',
  'cases.filters.heading': 'Filter',
  'cases.filters.status': 'Status',
  'cases.filters.theme': 'Theme',
  'cases.filters.allStatuses': 'All statuses',
  'cases.filters.allThemes': 'All themes',
  'cases.filters.apply': 'Apply filter',
  'cases.filters.clear': 'Clear filters',
  'cases.results.heading': 'Cases found',
  'cases.results.caption': 'Cases, page {page}',
  'cases.results.countOne': 'Page {page}: 1 case.',
  'cases.results.count': 'Page {page}: {count, plural, one {# case} other {# cases}}.',
  'cases.loading': 'Loading cases…',
  'cases.empty': 'There are no cases you can see.',
  'cases.emptyFiltered': 'No cases match these filters. Clear the filters to see everything.',
  'cases.column.reference': 'Reference',
  'cases.column.person': 'Person',
  'cases.column.theme': 'Theme',
  'cases.column.status': 'Status',
  'cases.column.casusregisseur': 'Case lead',
  'cases.column.updatedAt': 'Last changed',
  'cases.noCasusregisseur': 'Not decided yet',
  'cases.pagination.label': 'Pages of the case list',
  'cases.pagination.previous': 'Previous',
  'cases.pagination.next': 'Next',
  'cases.pagination.current': 'Page {page}',

  'case.title': 'Case {reference}',
  'case.loadingTitle': 'Case',
  'case.loading': 'Loading the case…',
  'case.backToList': 'Back to the cases',
  'case.notFound.title': 'Case not found',
  'case.notFound.text': 'This case does not exist, or your agency no longer takes part in it.',
  'case.person.heading': 'Person',
  'case.person.name': 'Name',
  'case.person.dateOfBirth': 'Date of birth',
  'case.person.bsn': 'BSN (citizen service number)',
  'case.person.address': 'Address',
  'case.person.wijk': 'Neighbourhood',
  'case.meta.heading': 'Case details',
  'case.meta.status': 'Status',
  'case.meta.theme': 'Theme',
  'case.meta.referringAgency': 'Referred by',
  'case.meta.casusregisseur': 'Case lead',
  'case.meta.accessBasis': 'Access based on',
  'case.meta.createdAt': 'Referred on',
  'case.meta.updatedAt': 'Last changed',
  'case.casusregisseurWithPerson': '{agency} ({name})',
  'case.breakGlass.title': 'Opened with the break-the-glass procedure',
  'case.breakGlass.text':
    'You are seeing this case outside the covenant. This access is logged and will be reviewed by the privacy officer. Look only at what you need now.',
  'case.closed': 'This case is closed and can no longer be changed.',

  'information.heading': 'Information by category',
  'information.summaryLabel': 'Summary',
  'information.summaryOnly':
    'In this category your agency only sees summaries that the source marked as shareable.',
  'information.shareableSummary': 'Shareable summary',
  'information.empty': 'No information recorded.',
  'information.emptySummary': 'No shareable summaries.',
  'information.source': 'Source',
  'information.legalBasis': 'Legal basis',
  'information.date': 'Date',
  'information.basis': 'Visible on the basis of: {basis}',
  'information.older.notice':
    'Showing {shown} of the {total} items in this category, newest first. There is older information.',
  'information.older.noticePreview':
    'Showing {shown} of the {total} items in this category, newest first. Older information cannot be loaded in this view.',
  'information.older.load': 'Show older information',
  'information.older.loading': 'Loading older information…',
  'information.older.loaded':
    'Loaded {count, plural, one {# older item} other {# older items}}. Now showing {shown} of {total}.',
  'information.older.failed': 'Older information could not be loaded. {reason}',

  'addItem.toggle': 'Add information',
  'addItem.intro':
    'You record information on behalf of {agency}. You choose from the categories the covenant lets your agency record in this case.',
  'addItem.category': 'Category',
  'addItem.chooseCategory': 'Choose a category',
  'addItem.text': 'Text',
  'addItem.textHint': 'Only what the partners need, at most {max} characters.',
  'addItem.legalBasis': 'Legal basis',
  'addItem.legalBasisHint': 'For example Wpg art. 16 or Covenant art. 5.',
  'addItem.summary': 'Shareable summary (optional)',
  'addItem.summaryHint':
    'Partners who may only read a summary in this category see only this text.',
  'addItem.submit': 'Record information',
  'addItem.notAdded': 'The information has not been recorded.',
  'addItem.added': 'The information has been recorded under {category}.',
  'addItem.categoryRequired': 'Choose a category.',
  'addItem.categoryForbidden':
    'Under the covenant your agency may not record information in this category.',
  'addItem.textRequired': 'Enter the text.',
  'addItem.textTooLong': 'The text is too long. Use at most {max} characters.',
  'addItem.legalBasisRequired': 'Enter the legal basis.',
  'addItem.legalBasisLength': 'The legal basis must be {min} to {max} characters long.',
  'addItem.summaryTooLong': 'The summary is too long. Use at most {max} characters.',
  'addItem.invalid': 'This field is not filled in correctly.',

  'invite.heading': 'Invite a chain partner',
  'invite.toggle': 'Invite a chain partner',
  'invite.agency': 'Organisation to invite',
  'invite.chooseAgency': 'Choose an organisation',
  'invite.reason': 'Reason for taking part',
  'invite.reasonHint': 'Why must this organisation take part? 10 to 2000 characters.',
  'invite.categories': 'Who may read the reason?',
  'invite.categoriesHint':
    'Choose the information categories of what you write. Only participants who may read every chosen category see the reason; the others see "withheld".',
  'invite.legalBasis': 'Legal basis',
  'invite.legalBasisHint':
    'Choose the legal basis from the covenant. Not listed? Choose "Other legal basis…".',
  'invite.submit': 'Invite',
  'invite.done': '{agency} now takes part in the case.',
  'invite.problem.agency': 'Choose an organisation.',
  'invite.problem.reason': 'Enter a reason of 10 to 2000 characters.',
  'invite.problem.categories': 'Choose at least one category for the reason.',
  'invite.problem.categoriesRefused': 'Your organisation may not record every chosen category.',
  'invite.problem.legalBasis': 'Enter a legal basis of 3 to 500 characters.',
  'participants.heading': 'Participants',
  'participants.reason': 'Reason',
  'participants.reasonCategories': '(category: {categories})',
  'participants.legalBasis': 'Legal basis',
  'participants.period': 'Period',
  'participants.active': 'Taking part',
  'participants.ended': 'Ended',
  'participants.since': 'Since {from}',
  'participants.fromUntil': '{from} to {until}',
  'participants.endReason': 'Reason for ending',
  'participants.empty': 'There are no participants.',

  'consents.heading': 'Consents and conflict of duties',
  'consents.intro':
    'Exceptions that give one agency access to one category of information about this person.',
  'consents.empty': 'No consents or decisions have been recorded.',
  'consents.loading': 'Loading consents…',
  'consents.consent': 'Consent: {recipient} may read {category}',
  'consents.scopeCase': 'Applies to this case.',
  'consents.scopePerson': 'Applies to every case of this person.',
  'consents.recordedBy': 'Recorded by {agency} on {date}.',
  'consents.decision': 'Conflict of duties: {recipient} may read {category}',
  'consents.decidedBy': 'Decided by {agency} on {date}.',
  'consents.reasoning': 'Reasoning: {reasoning}',
  'consents.active': 'Valid',
  'consents.withdrawn': 'Withdrawn on {date}',

  'viewAs.heading': 'View as a partner',
  'viewAs.intro':
    'See which information a professional of another agency in the region would get in this case, and on what basis. You see content only where you may see it yourself. You cannot change anything in that view.',
  'viewAs.agency': 'Agency',
  'viewAs.chooseAgency': 'Choose an agency',
  'viewAs.agencyRequired': 'Choose an agency.',
  'viewAs.submit': 'View as this agency',
  'viewAs.title': 'Viewing as {agency}',
  'viewAs.reference': 'Case {reference}',
  'viewAs.loadingTitle': 'View as',
  'viewAs.loading': 'Working out the view…',
  'viewAs.banner': 'Viewing as {agency} — read-only',
  'viewAs.bannerText':
    'For each field, category and item you see whether {agency} would see it, get only a summary, or have it withheld from {agency}, and on what basis. You see content only where you may see it yourself; elsewhere it says "visible to {agency}, not to you".',
  'viewAs.shapeOnly':
    'You have no access to the content of this case yourself. You see its structure only, no content.',
  'viewAs.cannotRead': '{agency} cannot see this case: the agency does not take part in it.',
  'viewAs.back': 'Back to your own view',
  'viewAs.backHome': 'Back to the home page',
  'viewAs.target.FULL': 'Visible to {agency}',
  'viewAs.target.SUMMARY': 'Summary only for {agency}',
  'viewAs.target.WITHHELD': 'Withheld from {agency}',
  'viewAs.basis': 'on the basis of {basis}',
  'viewAs.withheldBecause.NOT_A_PARTICIPANT': 'does not take part in the case',
  'viewAs.withheldBecause.NOT_GRANTED':
    'the covenant grants no access, and there is no consent or conflict-of-duties decision',
  'viewAs.visibleToTargetOnly': 'Visible to {agency}, not to you',
  'viewAs.summary': 'Summary: {summary}',
  'viewAs.noContent': 'no content recorded',
  'viewAs.person.heading': 'Person',
  'viewAs.field.GIVEN_NAMES': 'Given names',
  'viewAs.field.FAMILY_NAME': 'Family name',
  'viewAs.field.DATE_OF_BIRTH': 'Date of birth',
  'viewAs.field.ADDRESS': 'Address',
  'viewAs.field.BSN': 'BSN',
  'viewAs.categories.heading': 'Information per category',
  'viewAs.categories.caption': 'What {agency} would see per category, and what you see of it',
  'viewAs.column.category': 'Category',
  'viewAs.column.target': 'For {agency}',
  'viewAs.column.items': 'Items',
  'viewAs.column.viewer': 'Content for you',
  'viewAs.viewer.FULL': 'Visible to you',
  'viewAs.viewer.SUMMARY': 'Summary only for you',
  'viewAs.items.heading': 'Items {agency} would see',
  'viewAs.items.none': '{agency} would see no items in this case.',
  'viewAs.item.source': 'From {agency}, {date}',

  'covenant.title': 'Covenant',
  'covenant.intro':
    'The region’s privacy covenant: which kind of agency may read each category of information, read only a summary of it, or record it, as a participant in a case.',
  'covenant.loading': 'Loading the covenant…',
  'covenant.none': 'No covenant has been recorded for this region yet.',
  'covenant.versionMeta': 'Version {version}, adopted on {date} by {author}.',
  'covenant.seededAuthor': 'Schakel (default covenant)',
  'covenant.note': 'Note: {note}',
  'covenant.olderVersion': 'You are viewing version {version}. This is not the version in force.',
  'covenant.toCurrent': 'Go to the version in force',
  'covenant.matrix.caption': 'What each kind of agency may do, by category (version {version})',
  'covenant.matrix.agencyType': 'Kind of agency',
  'covenant.legend':
    'Each cell says what that kind of agency may do as a participant: read, read only the shareable summary (summary), and record (write). A dash means no access.',
  'covenant.cell.read': 'read',
  'covenant.cell.summary': 'summary',
  'covenant.cell.write': 'write',
  'covenant.cell.none': 'none',
  'covenant.level.NONE': 'No access',
  'covenant.level.SUMMARY': 'Summary only',
  'covenant.level.READ': 'Read',
  'covenant.level.READ_WRITE': 'Read and write',
  'covenant.choice.NONE': 'None',
  'covenant.choice.SUMMARY': 'Summary',
  'covenant.choice.READ': 'Read',
  'covenant.choice.READ_WRITE': 'Read + write',
  'covenant.cellLabel': '{agencyType}, {category}',
  'covenant.overrides.heading': 'Arrangements for one agency',
  'covenant.overrides.intro':
    'For that agency these arrangements take precedence over the one for its kind. You do not change them here; saving keeps them.',
  'covenant.overrides.entry': '{agency}, {category}: {level}',
  'covenant.history.heading': 'Versions',
  'covenant.history.version': 'Version {version}',
  'covenant.history.current': 'in force',
  'covenant.history.meta': '{date}, by {author}',
  'covenant.history.view': 'View version {version}',
  'covenant.edit.start': 'Change the covenant',
  'covenant.edit.heading': 'Change the covenant',
  'covenant.edit.intro':
    'Choose for each cell what a kind of agency may do, within what the law allows. Your change becomes a proposal for version {version}, which applies only once a privacy officer approves it.',
  'covenant.edit.note': 'Note on this change',
  'covenant.edit.noteHint': 'What changed and why? {min} to {max} characters.',
  'covenant.edit.noteRequired': 'Enter a note.',
  'covenant.edit.noteLength': 'The note must be {min} to {max} characters long.',
  'covenant.edit.noChanges': 'Change at least one cell before proposing a change.',
  'covenant.edit.changedCount': '{count, plural, one {# cell changed} other {# cells changed}}.',
  'covenant.edit.changedMark': '(changed)',
  'covenant.edit.save': 'Propose change',
  'covenant.edit.cancel': 'Cancel',
  'covenant.edit.notSaved': 'The proposal has not been submitted.',
  'covenant.edit.saved':
    'Your proposal has been submitted. It applies only once a privacy officer approves it.',
  'covenant.edit.conflict':
    'Someone else changed the covenant in the meantime. Load the latest version and make your change again.',
  'covenant.edit.reload': 'Load the latest version',
  'covenant.edit.invalidEntry':
    'A choice in the covenant is not valid. Check the cells and try again.',

  'caseStatus.REFERRED': 'Referred',
  'caseStatus.IN_TRIAGE': 'In triage',
  'caseStatus.ACCEPTED': 'Accepted',
  'caseStatus.REFERRED_BACK': 'Referred back',
  'caseStatus.REJECTED': 'Rejected',
  'caseStatus.ACTIVE': 'Active',
  'caseStatus.CLOSED': 'Closed',

  'caseTheme.FREQUENT_OFFENDER': 'Frequent offender',
  'caseTheme.CONFUSED_BEHAVIOUR': 'Confused behaviour',
  'caseTheme.DOMESTIC_VIOLENCE': 'Domestic violence',
  'caseTheme.EX_DETAINEE': 'Ex-detainee',
  'caseTheme.YOUTH_CRIME': 'Youth crime',
  'caseTheme.RADICALISATION': 'Radicalisation',
  'caseTheme.UNDERMINING': 'Undermining crime',
  'caseTheme.OTHER': 'Other',

  'category.IDENTITY': 'Identity',
  'category.BSN': 'BSN',
  'category.POLICE': 'Police',
  'category.JUSTICE': 'Justice',
  'category.PROBATION': 'Probation',
  'category.CARE': 'Care',
  'category.CARE_SIGNAL': 'Care signal',
  'category.SOCIAL': 'Social domain',
  'category.SAFETY': 'Safety',
  'category.PLAN': 'Plan of action',

  'participantRole.REFERRER': 'Referrer',
  'participantRole.CASUSREGISSEUR': 'Case lead',
  'participantRole.PROCESREGIE': 'Process direction',
  'participantRole.PARTNER': 'Chain partner',

  'accessBasis.COVENANT': 'the covenant (taking part in the case)',
  'accessBasis.CONSENT': 'the person’s consent',
  'accessBasis.CONFLICT_OF_DUTIES': 'a conflict-of-duties decision',
  'accessBasis.BREAK_GLASS': 'the break-the-glass procedure',
  'accessBasis.ROLE': 'your role',

  'agencyType.MUNICIPALITY': 'Municipality',
  'agencyType.POLICE': 'Police',
  'agencyType.PROBATION': 'Probation service',
  'agencyType.PUBLIC_PROSECUTOR': 'Public Prosecution Service',
  'agencyType.CARE': 'Care',
  'agencyType.YOUTH': 'Youth protection',
  'agencyType.HOUSING': 'Housing association',
  'agencyType.PRISON': 'Prison',
  'agencyType.VOLUNTEER': 'Volunteer organisation',
  'agencyType.ZVH': 'Zorg- en Veiligheidshuis (Safety House)',

  'role.MEMBER': 'Professional',
  'role.PROCESREGISSEUR': 'Process director',
  'role.AGENCY_ADMIN': 'Agency administrator',
  'role.FUNCTIONAL_ADMIN': 'Functional administrator',
  'role.PRIVACY_OFFICER': 'Privacy officer',
  'role.PRIVACY_CONTACT': 'Privacy contact',

  'error.UNAUTHENTICATED': 'You are not logged in. Log in to continue.',
  'error.FORBIDDEN': 'You do not have access to this information or action.',
  'error.INVALID_CREDENTIALS': 'Incorrect email address or password',
  'error.LOGIN_THROTTLED': 'Too many login attempts. Wait a few minutes and try again.',
  'error.CSRF_REJECTED': 'Your request could not be verified. Reload the page and try again.',
  'error.SESSION_EXPIRED': 'Your session has expired. Log in again.',
  'error.BAD_USER_INPUT': 'Some information was not filled in correctly. Check your input.',
  'error.PASSWORD_TOO_SHORT': 'The password is too short. Use at least {min} characters.',
  'error.PASSWORD_TOO_LONG': 'The password is too long. Use at most {max} characters.',
  'error.PASSWORD_TOO_COMMON':
    'This password is on a list of common or breached passwords. Choose another password.',
  'error.PASSWORD_UNCHANGED':
    'The new password is the same as your current password. Choose another password.',
  'error.RESET_LINK_INVALID':
    'This link no longer works: it was used, has expired or a newer one replaced it. Ask for a new link.',
  'error.QUERY_TOO_COMPLEX': 'This request is too large to process.',
  'error.TOO_MANY_SUBSCRIPTIONS':
    'Too many live connections are open. Close other windows of this meeting and try again.',
  'error.NOT_FOUND': 'The requested information does not exist (any more).',
  'error.CONFLICT':
    'Someone else changed this information in the meantime. Reload the page and try again.',
  'error.AREA_NAME_TAKEN': 'Your region already has a wijk with this name. Choose another name.',
  'error.AREA_RANGE_OVERLAP':
    'These postcodes already belong to another wijk. Change that wijk first or choose other postcodes.',
  'error.AREA_TEAM_NAME_TAKEN':
    'This organisation already has a team with this name. Choose another name.',
  'error.AREA_IMPORT_INVALID':
    'The file has lines in error; nothing was imported. Fix the lines shown in the preview and try again.',
  'error.CASE_CLOSED': 'This case is closed and can no longer be changed.',
  'error.CONSENT_REQUIRED':
    "A volunteer organisation takes part only after the person's recorded consent for that organisation. Record the consent first (on the case, under Consent), then add the organisation.",
  'error.REQUEST_PARTS_OPEN':
    'The request cannot be completed yet: not every partner has delivered its part or reported that it holds no data.',
  'error.EDIT_CONFLICT':
    'Someone else changed this plan in the meantime. Your input has been kept; load the latest version and make your change again.',
  'error.AUDIT_UNAVAILABLE':
    'Schakel cannot record who views which data right now, so no data is shown for the moment. Try again in a few minutes; if this persists, tell the functional administrator.',
  'error.SAVED_NOT_SHOWN':
    'Saved, but the result could not be shown. Reload the page; do not make the change again.',
  'error.COVENANT_ABOVE_CEILING':
    'This goes further than the law allows. A covenant may only tighten the legal ceiling.',
  'error.COVENANT_OWN_PROPOSAL':
    'You cannot decide on a change you proposed yourself. Another privacy officer has to do that.',
  'error.SERVICE_UNAVAILABLE': 'Schakel cannot reach its data right now. Please try again shortly.',
  'error.SECOND_FACTOR_REQUIRED': 'Confirm the login with your second step.',
  'error.MFA_ENROLMENT_REQUIRED': 'Set up a second step first to log in.',
  'error.INVALID_SECOND_FACTOR':
    'This code or passkey is wrong or was used before. Try again with a new code.',
  'error.SECOND_FACTOR_EXPIRED': 'Logging in took too long. Please log in again.',
  'error.MFA_THROTTLED': 'Too many wrong codes. Wait a few minutes and try again.',
  'error.STEP_UP_REQUIRED': 'Confirm this action with your second step first.',
  'error.MFA_FACTOR_REQUIRED':
    'A second step is required: add another one before you remove this one.',
  'error.ACTIVATION_LINK_INVALID':
    'This activation link does not work (any more): it was used, replaced or has expired. Ask your administrator for a new one.',
  'error.SSO_REQUIRED':
    'Your organisation handles signing in to Schakel. Sign in through your organisation: enter your email address on the login page and choose ‘Continue at your organisation’. You do not need a Schakel password.',
  'error.INTERNAL': 'Something went wrong in Schakel. Please try again later.',
  'error.NETWORK':
    'Schakel cannot be reached right now. Check your connection and try again later.',

  ...referralsEn,
  ...itemChangesEn,
  ...formsEn,
  ...plansEn,
  ...lifeDomainScoresEn,
  ...outcomeReportEn,
  ...casePageEn,
  ...agreedApproachEn,
  ...supervisionEn,
  ...transparencyEn,
  ...volunteerCouplingsEn,
  ...monitoringEn,
  ...searchEn,
  ...caseTeamEn,
  ...meetingsEn,
  ...mfaEn,
  ...privacyOfficeEn,
  ...sessionsEn,
  ...retentionEn,
  ...ssoEn,
  ...shellEn,
  ...systemTextEn,
  ...agencyAdminEn,
  ...regionAgenciesEn,
  ...covenantAccessEn,
  ...regionSettingsEn,
  ...areasEn,
  ...areaTeamsEn,
  ...covenantEn,
  ...dataSubjectRequestsEn,
};
