import type { covenantNl } from './nl';

/** English texts of this feature; every Dutch key has one. */
export const covenantEn: Record<keyof typeof covenantNl, string> = {
  'covenant.ceiling.aboveLaw':
    'This goes further than the law allows: {category} may not be shared with {agencyType} ({regime}).',
  'covenant.ceiling.option': '{choice} (not allowed by law)',
  'covenant.regime.AVG': 'GDPR (AVG)',
  'covenant.regime.AVG_SECTOR': 'GDPR and the BSN sector laws',
  'covenant.regime.WPG': 'Police Data Act (Wpg)',
  'covenant.regime.WJSG': 'Judicial and Criminal Records Act (Wjsg)',
  'covenant.regime.WJSG_AVG': 'Wjsg and GDPR',
  'covenant.regime.WGBO': 'medical secrecy, WGBO',
  'covenant.regime.CONSENT_OR_BASIS': 'consent or a legal basis',
  'covenant.regime.AVG_SOCIAL': 'GDPR: Wmo, Participatiewet',
  'covenant.regime.VITAL_INTEREST': 'compelling interest',
  'covenant.regime.COVENANT': 'the covenant',
  'covenant.warning.heading': 'Note: this change touches sensitive data',
  'covenant.warning.text':
    'The change concerns {categories}. Medical data, the BSN and police and justice data are subject to strict legal rules. Check the legal basis; the privacy officer reviews the proposal before it applies.',
  'covenant.proposals.heading': 'Proposed changes',
  'covenant.proposals.intro':
    'A change to the covenant applies only once a privacy officer has approved the proposal. Whoever proposes a change cannot decide on it.',
  'covenant.proposals.loading': 'Loading the proposals…',
  'covenant.proposals.none': 'There are no proposals.',
  'covenant.proposals.title': 'Proposal for version {version}',
  'covenant.proposals.status.PENDING': 'Awaiting approval',
  'covenant.proposals.status.APPROVED': 'Approved',
  'covenant.proposals.status.REJECTED': 'Rejected',
  'covenant.proposals.meta': 'Proposed by {author} on {date}, based on version {version}.',
  'covenant.proposals.note': 'Note: {note}',
  'covenant.proposals.changes': 'Changes',
  'covenant.proposals.change': '{party}, {category}: {before} → {after}',
  'covenant.proposals.sensitive': 'Touches sensitive data: {categories}.',
  'covenant.proposals.approvedMeta':
    'Approved by {author} on {date}; in force as version {version}.',
  'covenant.proposals.rejectedMeta': 'Rejected by {author} on {date}.',
  'covenant.proposals.reason': 'Reason: {reason}',
  'covenant.proposals.waiting': 'This proposal applies only once a privacy officer approves it.',
  'covenant.proposals.ownProposal':
    'You submitted this proposal yourself. Another privacy officer has to decide on it.',
  'covenant.proposals.reasonLabel': 'Note on your decision',
  'covenant.proposals.reasonHint': 'Required to reject; {min} to {max} characters.',
  'covenant.proposals.reasonRequired': 'Give a reason for the rejection.',
  'covenant.proposals.reasonLength': 'The note must be {min} to {max} characters long.',
  'covenant.proposals.approve': 'Approve',
  'covenant.proposals.reject': 'Reject',
  'covenant.proposals.approvedDone':
    'The proposal has been approved. Version {version} is now in force.',
  'covenant.proposals.rejectedDone': 'The proposal has been rejected.',
  'covenant.proposals.notDecided': 'The decision has not been recorded.',
  'covenant.proposals.conflict':
    'This proposal has been decided already, or the covenant has changed since. Reject it and have the change proposed again.',
  'covenant.history.approved': 'approved by {author}',
};
