// Folder imports that break the order today and are being removed by named work. Each entry is
// a folder pair ('from>to'); the check tolerates it, and says so when it no longer occurs, so the
// entry can be deleted. This list only ever shrinks: new entries need a reason and an owner.
module.exports = {
  // Issue 12, part R (one request context): sharing/ and audit/ stop importing auth/, and the
  // audit scope stops being a side channel between sharing/ and audit/.
  'audit>auth': 'issue 12 part R: audit/ reads the caller from auth/',
  'audit>sharing': 'issue 12 part R: audit trail service loads a policy',
  'sharing>auth': 'issue 12 part R: PolicyService takes the AuthenticatedUser',
};
