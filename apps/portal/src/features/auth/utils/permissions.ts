import { ROLES_WITHOUT_CASE_CONTENT, type Role } from '@schakel/domain';

/*
 * Which pages the portal offers to whom. Only a convenience for the menu and the pages: the API
 * decides what anyone may actually see or do.
 */

/** Any role besides the administrative ones brings case content (as in the API's policy). */
export function canSeeCaseContent(roles: readonly Role[]): boolean {
  return roles.some((role) => !ROLES_WITHOUT_CASE_CONTENT.includes(role));
}

/** The functional administrator manages the covenant; the privacy officer reads it. */
export function canReadCovenant(roles: readonly Role[]): boolean {
  return roles.includes('FUNCTIONAL_ADMIN') || roles.includes('PRIVACY_OFFICER');
}

export function canEditCovenant(roles: readonly Role[]): boolean {
  return roles.includes('FUNCTIONAL_ADMIN');
}

/** The monitoring overview (Overzicht) and closing cases: the procesregisseur's work. */
export function canSeeDashboard(roles: readonly Role[]): boolean {
  return roles.includes('PROCESREGISSEUR');
}

/**
 * The region's anonymous outcome report (ADR 0037): the procesregisseur, and the partners'
 * managers — in Schakel's role model their agency administrators. No case content in it.
 */
export function canSeeOutcomeReport(roles: readonly Role[]): boolean {
  return roles.includes('PROCESREGISSEUR') || roles.includes('AGENCY_ADMIN');
}

export function canCloseCase(roles: readonly Role[]): boolean {
  return roles.includes('PROCESREGISSEUR');
}

/**
 * "View as" another agency: the procesregisseur from the dossier page; the privacy officer and the
 * functional administrator check the covenant's effect (shape only, the API decides).
 */
export function canViewCaseAsAgency(roles: readonly Role[]): boolean {
  return (
    roles.includes('PROCESREGISSEUR') ||
    roles.includes('PRIVACY_OFFICER') ||
    roles.includes('FUNCTIONAL_ADMIN')
  );
}

/** Referring a case (aanmelding): any case worker. */
export function canRefer(roles: readonly Role[]): boolean {
  return roles.includes('MEMBER') || roles.includes('PROCESREGISSEUR');
}

/** The triage board: the procesregisseur's work. */
export function canTriage(roles: readonly Role[]): boolean {
  return roles.includes('PROCESREGISSEUR');
}

/** Planning and chairing case meetings: the procesregisseur's work. */
export function canPlanMeetings(roles: readonly Role[]): boolean {
  return roles.includes('PROCESREGISSEUR');
}

/** Retention periods: the privacy officer manages them (and legal holds); the admin reads them. */
export function canReadRetention(roles: readonly Role[]): boolean {
  return roles.includes('PRIVACY_OFFICER') || roles.includes('FUNCTIONAL_ADMIN');
}

export function canManageRetention(roles: readonly Role[]): boolean {
  return roles.includes('PRIVACY_OFFICER');
}

/** Inviting a partner into a case (addCaseParticipant): the procesregisseur's work. */
export function canInviteParticipant(roles: readonly Role[]): boolean {
  return roles.includes('PROCESREGISSEUR');
}

/** The agency admin manages the accounts of the own agency (/beheer/gebruikers). */
export function canManageAgencyUsers(roles: readonly Role[]): boolean {
  return roles.includes('AGENCY_ADMIN');
}

/** The functional administrator keeps the region's settings (/beheer/instellingen). */
export function canManageRegionSettings(roles: readonly Role[]): boolean {
  return roles.includes('FUNCTIONAL_ADMIN');
}

/** The functional administrator keeps the region's wijken (/beheer/wijken, ADR 0026). */
export function canManageAreas(roles: readonly Role[]): boolean {
  return roles.includes('FUNCTIONAL_ADMIN');
}

/** Break-the-glass (opening a case outside participation): the procesregisseur only. */
export function canBreakGlass(roles: readonly Role[]): boolean {
  return roles.includes('PROCESREGISSEUR');
}

/** A referrer's address for a known person is taken over or not by the procesregisseur. */
export function canDecideAddressProposals(roles: readonly Role[]): boolean {
  return roles.includes('PROCESREGISSEUR');
}
