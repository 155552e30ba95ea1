// The folder order of apps/api/src, lowest first: the one written rule from which
// .dependency-cruiser.cjs is generated (docs/architecture.md, "Rules of the house").
//
// A folder may import its own files and the folders in LOWER tiers, nothing else: not a higher
// tier, and not another folder of its own tier. Files at the root of apps/api/src (app.module.ts,
// bootstrap.ts, resolvers.ts, entities.ts, …) assemble the app and may import every folder;
// no folder imports them. A new folder must be added here, or the check fails.

/** @type {{ name: string; folders: string[]; note: string }[]} */
const TIERS = [
  { name: 'platform', folders: ['observability'], note: 'JSON log, request id' },
  { name: 'platform', folders: ['config'], note: 'settings from the environment' },
  {
    name: 'platform',
    folders: ['portal'],
    note: 'the built portal as static files (framework-neutral handler)',
  },
  { name: 'common', folders: ['common'], note: 'errors, input validation, SQL types, enums' },
  {
    name: 'platform',
    folders: ['graphql'],
    note: 'GraphQL plumbing: options, error format, limits',
  },
  { name: 'platform', folders: ['database'], note: 'pool, prepared queries, migrations' },
  { name: 'platform', folders: ['jobs'], note: 'durable job queue in PostgreSQL (pg-boss)' },
  { name: 'platform', folders: ['mail'], note: 'e-mail through the job queue' },
  { name: 'kernel', folders: ['audit'], note: 'audit trail and its notes' },
  {
    name: 'kernel',
    folders: ['sharing'],
    note: 'policy kernel: policy SQL, masking, need-to-know',
  },
  { name: 'identity', folders: ['users'], note: 'accounts as auth reads them' },
  { name: 'identity', folders: ['auth'], note: 'session, caller, policy decorators' },
  { name: 'directory', folders: ['regions'], note: '' },
  { name: 'directory', folders: ['agencies'], note: '' },
  {
    name: 'identity',
    folders: ['sso'],
    note: 'single sign-on per agency (OpenID Connect), on top of auth',
  },
  {
    name: 'feature',
    folders: ['health', 'audit-trail'],
    note: 'audit-trail: the trail as the privacy office reads it',
  },
  { name: 'feature', folders: ['notifications'], note: '' },
  { name: 'feature', folders: ['case-events'], note: '' },
  { name: 'feature', folders: ['consents'], note: '' },
  { name: 'feature', folders: ['participants', 'persons'], note: '' },
  { name: 'feature', folders: ['information'], note: '' },
  { name: 'feature', folders: ['cases'], note: '' },
  {
    name: 'feature',
    folders: ['search'],
    note: 'finding cases from the header: the case list with a search condition',
  },
  {
    name: 'feature',
    folders: [
      'break-glass',
      'covenant',
      'dashboard',
      'data-subject-requests',
      'privacy-office',
      'retention',
    ],
    note: 'features on top of cases that use no other feature',
  },
  {
    name: 'feature',
    folders: ['administration'],
    note: 'regions, agencies and accounts as administrators manage them; the admin command',
  },
  {
    name: 'feature',
    folders: ['region-settings'],
    note: "the region's settings (/beheer/instellingen), audited like administration",
  },
  {
    name: 'feature',
    folders: ['areas'],
    note: "the region's wijken and their postcodes (/beheer/wijken, ADR 0026)",
  },
  { name: 'feature', folders: ['plans'], note: '' },
  {
    name: 'feature',
    folders: ['life-domain-scores'],
    note: 'outcomes per life domain (ADR 0028): scored against the plan versions',
  },
  {
    name: 'feature',
    folders: ['supervision'],
    note: 'supervision conditions and violation signals (ADR 0033); the card shows their street summary',
  },
  {
    name: 'feature',
    folders: ['transparency'],
    note: 'telling the person (ADR 0035): the letter to the person and the informed record',
  },
  {
    name: 'feature',
    folders: ['volunteer-couplings'],
    note: "match requests to volunteer organisations under the person's consent (ADR 0034)",
  },
  { name: 'feature', folders: ['agreed-approaches', 'case-closing', 'referrals'], note: '' },
  {
    name: 'feature',
    folders: ['outcome-report'],
    note: "the region's outcome report (ADR 0037): anonymous aggregates kept by triggers",
  },
  { name: 'feature', folders: ['live'], note: 'live transport (WebSocket, LISTEN/NOTIFY)' },
  { name: 'feature', folders: ['meetings'], note: '' },
  {
    name: 'feature',
    folders: ['notification-mail'],
    note: 'e-mail about notifications (the .ics of a meeting invitation)',
  },
  {
    name: 'feature',
    folders: ['metrics'],
    note: 'Prometheus metrics: reads the writer, queue, pools and live sockets',
  },
  { name: 'feature', folders: ['demo'], note: 'demo region: uses the features it seeds' },
];

/** Folders no lower layer may depend on: the kernel and common layer import no feature. */
const NO_FEATURE_IMPORTS = ['common', 'sharing'];

module.exports = { TIERS, NO_FEATURE_IMPORTS, SRC: 'apps/api/src' };
