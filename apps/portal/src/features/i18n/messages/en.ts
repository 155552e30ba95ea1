import type { Messages } from './nl';

export const en: Messages = {
  'app.name': 'Schakel',
  'app.tagline': 'Working together in the Zorg- en Veiligheidshuis',
  'document.title': '{page} — Schakel',
  'common.loading': 'Loading Schakel…',

  'skipLink.toContent': 'Skip to content',
  'language.nl': 'Nederlands',
  'language.en': 'English',

  'header.signedInAs': 'Signed in as',
  'header.region': 'Region {region}',
  'header.logout': 'Log out',

  'nav.label': 'Main menu',
  'nav.menu': 'Menu',
  'nav.home': 'Home',
  'nav.account': 'My account',

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
  'login.sessionExpired': 'Your session has expired. Log in again to continue.',
  'login.loggedOut': 'You have logged out.',

  'home.title': 'Home',
  'home.welcome': 'Welcome, {name}',
  'home.context': 'You work in Schakel on behalf of {agency} in the {region} region.',
  'home.roleHeading': 'Your role: {role}',
  'home.accountLink': 'View your account details',
  'home.PROCESREGISSEUR':
    'As the process director (procesregisseur) of the Zorg- en Veiligheidshuis you guard the process: you receive referrals, prepare triage, chair case meetings independently and follow up the actions in each plan of action.',
  'home.PRIVACY_OFFICER':
    'As privacy officer you are the covenant’s point of contact: you review the audit trail, handle data-subject requests and watch over retention periods. You do not see case content by default.',
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
  'account.sessionNote':
    'After this time you log in again, even if you have been active all along.',

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

  'error.UNAUTHENTICATED': 'You are not logged in. Log in to continue.',
  'error.FORBIDDEN': 'You do not have access to this information or action.',
  'error.INVALID_CREDENTIALS': 'Incorrect email address or password',
  'error.LOGIN_THROTTLED': 'Too many login attempts. Wait a few minutes and try again.',
  'error.CSRF_REJECTED': 'Your request could not be verified. Reload the page and try again.',
  'error.SESSION_EXPIRED': 'Your session has expired. Log in again.',
  'error.BAD_USER_INPUT': 'Some information was not filled in correctly. Check your input.',
  'error.PASSWORD_TOO_SHORT': 'The password is too short. Use at least {min} characters.',
  'error.PASSWORD_TOO_LONG': 'The password is too long. Use at most {max} characters.',
  'error.QUERY_TOO_COMPLEX': 'This request is too large to process.',
  'error.NOT_FOUND': 'The requested information does not exist (any more).',
  'error.CONFLICT':
    'Someone else changed this information in the meantime. Reload the page and try again.',
  'error.INTERNAL': 'Something went wrong in Schakel. Please try again later.',
  'error.NETWORK':
    'Schakel cannot be reached right now. Check your connection and try again later.',
};
