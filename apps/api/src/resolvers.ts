import { AccessReviewResolver } from './administration/access-review.resolver';
import { ActivationResolver } from './administration/activation.resolver';
import { AgencyUsersResolver } from './administration/agency-users.resolver';
import { RegionAgenciesResolver } from './administration/region-agencies.resolver';
import { RegionSettingsResolver } from './region-settings/region-settings.resolver';
import { AreaResolver } from './areas/area.resolver';
import { AreaTeamResolver } from './areas/area-team.resolver';
import { AgencyResolver } from './agencies/agency.resolver';
import { AuditResolver } from './audit-trail/audit-trail.resolver';
import { AgreedApproachResolver } from './agreed-approaches/agreed-approach.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { MfaResolver } from './auth/mfa/mfa.resolver';
import { PasswordResetResolver } from './auth/password-reset.resolver';
import { UserSessionsResolver } from './auth/user-sessions.resolver';
import { BreakGlassResolver } from './break-glass/break-glass.resolver';
import { CaseClosingResolver } from './case-closing/case-closing.resolver';
import { LifeDomainScoresResolver } from './life-domain-scores/life-domain-scores.resolver';
import { CaseEventResolver } from './case-events/case-event.resolver';
import { CaseResolver } from './cases/case.resolver';
import { ConsentResolver } from './consents/consent.resolver';
import { CovenantResolver } from './covenant/covenant.resolver';
import { DataSubjectRequestPartResolver } from './data-subject-requests/data-subject-request-part.resolver';
import { DataSubjectRequestResolver } from './data-subject-requests/data-subject-request.resolver';
import { DashboardResolver } from './dashboard/dashboard.resolver';
import { OutcomeReportResolver } from './outcome-report/outcome-report.resolver';
import { InformationResolver } from './information/information.resolver';
import { MeetingResolver } from './meetings/meeting.resolver';
import { NotificationResolver } from './notifications/notification.resolver';
import { NotificationMailResolver } from './notification-mail/notification-mail.resolver';
import { ParticipantResolver } from './participants/participant.resolver';
import { PersonResolver } from './persons/person.resolver';
import { MyActionsResolver } from './plans/my-actions.resolver';
import { PlanResolver } from './plans/plan.resolver';
import { PrivacyOfficeResolver } from './privacy-office/privacy-office.resolver';
import { AddressProposalResolver } from './referrals/address-proposal.resolver';
import { ReferralResolver } from './referrals/referral.resolver';
import { RetentionResolver } from './retention/retention.resolver';
import { SearchResolver } from './search/search.resolver';
import { SsoResolver } from './sso/sso.resolver';
import { SupervisionResolver } from './supervision/supervision.resolver';
import { TransparencyResolver } from './transparency/transparency.resolver';
import { VolunteerCouplingResolver } from './volunteer-couplings/volunteer-coupling.resolver';

/** Every resolver class, for printing the schema without a database. */
export const RESOLVERS = [
  AuthResolver,
  MfaResolver,
  UserSessionsResolver,
  PasswordResetResolver,
  AgencyResolver,
  PersonResolver,
  ReferralResolver,
  AddressProposalResolver,
  CaseResolver,
  SearchResolver,
  ParticipantResolver,
  InformationResolver,
  ConsentResolver,
  CovenantResolver,
  BreakGlassResolver,
  NotificationResolver,
  NotificationMailResolver,
  CaseEventResolver,
  PlanResolver,
  MyActionsResolver,
  AgreedApproachResolver,
  CaseClosingResolver,
  LifeDomainScoresResolver,
  DashboardResolver,
  OutcomeReportResolver,
  AuditResolver,
  MeetingResolver,
  RetentionResolver,
  PrivacyOfficeResolver,
  DataSubjectRequestResolver,
  DataSubjectRequestPartResolver,
  ActivationResolver,
  AgencyUsersResolver,
  AccessReviewResolver,
  RegionAgenciesResolver,
  RegionSettingsResolver,
  AreaResolver,
  AreaTeamResolver,
  SsoResolver,
  SupervisionResolver,
  TransparencyResolver,
  VolunteerCouplingResolver,
];
