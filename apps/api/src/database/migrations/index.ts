import { Foundation1763800000000 } from './1763800000000-foundation';
import { SharingModel1763900000000 } from './1763900000000-sharing-model';
import { WorkflowBase1764000000000 } from './1764000000000-workflow-base';
import { Referrals1764000000100 } from './1764000000100-referrals';
import { Plans1764000000200 } from './1764000000200-plans';
import { AgreedApproach1764000000300 } from './1764000000300-agreed-approach';
import { CaseClosing1764000000400 } from './1764000000400-case-closing';
import { SharingIntegrity1764000000500 } from './1764000000500-sharing-integrity';
import { Audit1764000000600 } from './1764000000600-audit';
import { Meetings1764000000700 } from './1764000000700-meetings';
import { PrivacyOffice1764000000800 } from './1764000000800-privacy-office';
import { DataSubjectRequests1764000000900 } from './1764000000900-data-subject-requests';
import { Retention1764000001000 } from './1764000001000-retention';
import { AuditChainV21764000001100 } from './1764000001100-audit-chain-v2';
import { AuditLoggingEvents1764000001200 } from './1764000001200-audit-logging-events';
import { RegionUserReferences1764000001300 } from './1764000001300-region-user-references';
import { RegionRemainingReferences1764000001400 } from './1764000001400-region-remaining-references';
import { CovenantApproval1764000001600 } from './1764000001600-covenant-approval';
import { FreeTextCategories1764000001700 } from './1764000001700-free-text-categories';
import { VolunteerConsent1764000001800 } from './1764000001800-volunteer-consent';
import { PrivacyContactRelease1764000001900 } from './1764000001900-privacy-contact-release';
import { LoginThrottle1764000002000 } from './1764000002000-login-throttle';
import { AuditOutbox1764000002100 } from './1764000002100-audit-outbox';
import { PolicyContextNotify1764000002200 } from './1764000002200-policy-context-notify';
import { CaseCounts1764000002300 } from './1764000002300-case-counts';
import { JobQueue1764000003000 } from './1764000003000-job-queue';
import { PasswordReset1764000003010 } from './1764000003010-password-reset';
import { NotificationMail1764000003020 } from './1764000003020-notification-mail';
import { AccountActivation1764000003100 } from './1764000003100-account-activation';
import { AccountLifecycle1764000003110 } from './1764000003110-account-lifecycle';
import { AgencyAdministration1764000003120 } from './1764000003120-agency-administration';
import { Mfa1764000003300 } from './1764000003300-mfa';
import { AuditDetail1764000003400 } from './1764000003400-audit-detail';
import { UserSessions1764000003410 } from './1764000003410-user-sessions';
import { RegionSettings1764000003500 } from './1764000003500-region-settings';
import { CovenantSignatures1764000003600 } from './1764000003600-covenant-signatures';
import { RegionSettingsVersion1764000003610 } from './1764000003610-region-settings-version';
import { AgencySettingsVersion1764000003700 } from './1764000003700-agency-settings-version';
import { AgencySso1764000003200 } from './1764000003200-agency-sso';
import { AccessReview1764000003750 } from './1764000003750-access-review';
import { LifeDomainScores1764000004300 } from './1764000004300-life-domain-scores';
import { ConsentEvidence1764000003800 } from './1764000003800-consent-evidence';
import { InformationRectification1764000004050 } from './1764000004050-information-rectification';
import { Areas1764000004100 } from './1764000004100-areas';
import { ReferralAddressProposal1764000004200 } from './1764000004200-referral-address-proposal';
import { Supervision1764000004500 } from './1764000004500-supervision';
import { VolunteerCouplings1764000004600 } from './1764000004600-volunteer-couplings';
import { Transparency1764000004700 } from './1764000004700-transparency';
import { AreaTeams1764000004800 } from './1764000004800-area-teams';
import { OutcomeReport1764000004900 } from './1764000004900-outcome-report';
import { AuditDayRollup1764000005000 } from './1764000005000-audit-day-rollup';
import { OutcomeVolunteerCouplings1764000005100 } from './1764000005100-outcome-volunteer-couplings';
import { PlanActionsInForce1764000005200 } from './1764000005200-plan-actions-in-force';
import { OpenReferralsByDate1764000005300 } from './1764000005300-open-referrals-by-date';
import { PartialBirthDate1764000003950 } from './1764000003950-partial-birth-date';

/** Every migration, in order. Listed explicitly so bundling or ts-jest cannot miss one. */
export const MIGRATIONS = [
  Foundation1763800000000,
  SharingModel1763900000000,
  WorkflowBase1764000000000,
  Referrals1764000000100,
  Plans1764000000200,
  AgreedApproach1764000000300,
  CaseClosing1764000000400,
  SharingIntegrity1764000000500,
  Audit1764000000600,
  Meetings1764000000700,
  PrivacyOffice1764000000800,
  DataSubjectRequests1764000000900,
  Retention1764000001000,
  AuditChainV21764000001100,
  AuditLoggingEvents1764000001200,
  RegionUserReferences1764000001300,
  RegionRemainingReferences1764000001400,
  CovenantApproval1764000001600,
  FreeTextCategories1764000001700,
  VolunteerConsent1764000001800,
  PrivacyContactRelease1764000001900,
  LoginThrottle1764000002000,
  AuditOutbox1764000002100,
  PolicyContextNotify1764000002200,
  CaseCounts1764000002300,
  JobQueue1764000003000,
  PasswordReset1764000003010,
  NotificationMail1764000003020,
  AccountActivation1764000003100,
  AccountLifecycle1764000003110,
  AgencyAdministration1764000003120,
  Mfa1764000003300,
  AgencySso1764000003200,
  AuditDetail1764000003400,
  UserSessions1764000003410,
  RegionSettings1764000003500,
  CovenantSignatures1764000003600,
  RegionSettingsVersion1764000003610,
  AgencySettingsVersion1764000003700,
  AccessReview1764000003750,
  ConsentEvidence1764000003800,
  PartialBirthDate1764000003950,
  InformationRectification1764000004050,
  Areas1764000004100,
  ReferralAddressProposal1764000004200,
  LifeDomainScores1764000004300,
  Supervision1764000004500,
  VolunteerCouplings1764000004600,
  Transparency1764000004700,
  AreaTeams1764000004800,
  OutcomeReport1764000004900,
  AuditDayRollup1764000005000,
  OutcomeVolunteerCouplings1764000005100,
  PlanActionsInForce1764000005200,
  OpenReferralsByDate1764000005300,
];
