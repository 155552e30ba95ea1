// Folder imports that break the order today and are being removed by named work. Each entry is
// a folder pair ('from>to'); the check tolerates it, and says so when it no longer occurs, so the
// entry can be deleted. This list only ever shrinks: new entries need a reason and an owner.
module.exports = {};
