// Renders deploy/kubernetes's overlays offline and checks them: every object against the
// Kubernetes API schemas (kubernetes-models) or, for the CloudNativePG resources, against the
// focused schemas in ./schemas; then the house policy (security context, resources, probes, image
// tags, secrets from files, network policies, migrations, database). Used by
// tools/test/deploy-manifests.test.mjs (in `npm test`) and by hand:
//   node tools/deploy/manifests.mjs [overlay …]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { parseAllDocuments } from 'yaml';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '../..');
export const KUSTOMIZE_ROOT = join(root, 'deploy/kubernetes');
export const OVERLAYS = readdirSync(join(KUSTOMIZE_ROOT, 'overlays')).sort();

/** The kustomize to use: KUSTOMIZE (a kustomize binary), else `kubectl kustomize` (≥ v5 inside). */
function kustomizeCommand() {
  if (process.env.KUSTOMIZE) return [process.env.KUSTOMIZE, ['build']];
  const probe = spawnSync('kubectl', ['version', '--client', '-o', 'json'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'kubectl is not installed: the manifests are rendered with `kubectl kustomize` (kustomize v5). ' +
        'Install kubectl ≥ 1.27, or set KUSTOMIZE to a kustomize v5 binary.',
    );
  }
  const version = JSON.parse(probe.stdout).kustomizeVersion ?? '';
  const major = Number(/^v(\d+)/.exec(version)?.[1] ?? 0);
  if (major < 5) {
    throw new Error(
      `kubectl's kustomize is ${version || 'unknown'}; the overlays need kustomize v5 (kubectl ≥ 1.27), or set KUSTOMIZE`,
    );
  }
  return ['kubectl', ['kustomize']];
}

/** The rendered objects of one overlay (or of any kustomization folder). */
export function render(folder) {
  const [command, args] = kustomizeCommand();
  const path = folder.startsWith('/') ? folder : join(KUSTOMIZE_ROOT, 'overlays', folder);
  const result = spawnSync(command, [...args, path], { encoding: 'utf8', maxBuffer: 16 << 20 });
  if (result.status !== 0) throw new Error(`kustomize ${path} failed:\n${result.stderr}`);
  const docs = parseAllDocuments(result.stdout);
  for (const doc of docs) {
    if (doc.errors.length) throw new Error(`rendered YAML of ${path}: ${doc.errors[0].message}`);
  }
  return docs.map((doc) => doc.toJS()).filter(Boolean);
}

export const label = (o) => `${o?.kind ?? '?'}/${o?.metadata?.name ?? '?'}`;

// ---- schemas ---------------------------------------------------------------------------------

const ajv = new Ajv({ allErrors: true, strict: true });
for (const file of readdirSync(join(import.meta.dirname, 'schemas')).sort()) {
  ajv.addSchema(JSON.parse(readFileSync(join(import.meta.dirname, 'schemas', file), 'utf8')));
}
const CUSTOM = {
  'postgresql.cnpg.io/v1/Cluster': 'cluster.json',
  'postgresql.cnpg.io/v1/Pooler': 'pooler.json',
  'postgresql.cnpg.io/v1/ScheduledBackup': 'scheduledbackup.json',
  'postgresql.cnpg.io/v1/Backup': 'backup.json',
  'barmancloud.cnpg.io/v1/ObjectStore': 'objectstore.json',
};

/** The kubernetes-models class of a built-in kind, or null. */
function modelOf(apiVersion, kind) {
  const path = apiVersion.includes('/') ? apiVersion : `v1`; // core group: "v1"
  try {
    return require(`kubernetes-models/${path}/${kind}`)[kind] ?? null;
  } catch {
    return null;
  }
}

/** Schema problems of one object, as readable lines; empty when valid. */
export function schemaProblems(object) {
  const { apiVersion, kind } = object ?? {};
  if (typeof apiVersion !== 'string' || typeof kind !== 'string')
    return [`${label(object)}: apiVersion and kind are required`];
  const custom = CUSTOM[`${apiVersion}/${kind}`];
  if (custom) {
    const validate = ajv.getSchema(custom);
    if (validate(object)) return [];
    return validate.errors.map(
      (e) =>
        `${label(object)}: ${e.instancePath || '/'} ${e.message}` +
        (e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ''),
    );
  }
  const Model = modelOf(apiVersion, kind);
  if (!Model) return [`${label(object)}: no schema for ${apiVersion} ${kind}`];
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    return [`${label(object)}: ${error.message}`];
  }
}

// ---- policy ----------------------------------------------------------------------------------

const WORKLOADS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Pod'];
/** Environment variables whose value is a secret: only ever from a file or a Secret reference. */
const SECRET_ENV =
  /(SECRET|PASSWORD|TOKEN|_KEY$|^DATABASE_URL$|^DATABASE_DIRECT_URL$|^SMTP_URL$|PRIVATE)/;

function podSpecOf(o) {
  if (o.kind === 'Pod') return o.spec;
  if (o.kind === 'CronJob') return o.spec?.jobTemplate?.spec?.template?.spec;
  return o.spec?.template?.spec;
}

function podLabelsOf(o) {
  if (o.kind === 'Pod') return o.metadata?.labels ?? {};
  if (o.kind === 'CronJob') return o.spec?.jobTemplate?.spec?.template?.metadata?.labels ?? {};
  return o.spec?.template?.metadata?.labels ?? {};
}

const selects = (selector, labels) =>
  Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels[k] === v) &&
  Object.keys(selector?.matchLabels ?? {}).length > 0;

function imageProblem(image) {
  if (typeof image !== 'string' || image === '') return 'has no image';
  if (image.includes('@sha256:')) return null;
  const tag = /:([^/:]+)$/.exec(image)?.[1];
  if (!tag) return `image ${image} has no tag (set one in the overlay's images:)`;
  if (tag === 'latest') return `image ${image} uses :latest`;
  return null;
}

function containerProblems(where, c) {
  const p = [];
  const at = `${where} container ${c.name}`;
  const image = imageProblem(c.image);
  if (image) p.push(`${at}: ${image}`);
  const sc = c.securityContext ?? {};
  if (sc.allowPrivilegeEscalation !== false)
    p.push(`${at}: allowPrivilegeEscalation must be false`);
  if (sc.readOnlyRootFilesystem !== true) p.push(`${at}: readOnlyRootFilesystem must be true`);
  if (sc.privileged === true) p.push(`${at}: must not be privileged`);
  if (sc.runAsNonRoot === false) p.push(`${at}: runAsNonRoot must not be false`);
  if (sc.runAsUser === 0) p.push(`${at}: must not run as UID 0`);
  if (!(sc.capabilities?.drop ?? []).includes('ALL')) p.push(`${at}: capabilities must drop ALL`);
  if ((sc.capabilities?.add ?? []).length) p.push(`${at}: must not add capabilities`);
  const r = c.resources ?? {};
  for (const kind of ['cpu', 'memory']) {
    if (r.requests?.[kind] === undefined) p.push(`${at}: resources.requests.${kind} is missing`);
  }
  if (r.limits?.memory === undefined) p.push(`${at}: resources.limits.memory is missing`);
  for (const e of c.env ?? []) {
    if (SECRET_ENV.test(e.name) && !e.name.endsWith('_FILE') && e.value !== undefined)
      p.push(`${at}: ${e.name} is a secret and must come from a file (${e.name}_FILE) or a Secret`);
  }
  return p;
}

function workloadProblems(o) {
  const p = [];
  const spec = podSpecOf(o);
  if (!spec) return [`${label(o)}: no pod template`];
  if (spec.automountServiceAccountToken !== false)
    p.push(`${label(o)}: automountServiceAccountToken must be false`);
  if (spec.hostNetwork || spec.hostPID || spec.hostIPC)
    p.push(`${label(o)}: must not use the host's network, PID or IPC namespace`);
  if ((spec.volumes ?? []).some((v) => v.hostPath)) p.push(`${label(o)}: must not mount hostPath`);
  const psc = spec.securityContext ?? {};
  if (psc.runAsNonRoot !== true) p.push(`${label(o)}: pod runAsNonRoot must be true`);
  if (psc.runAsUser !== 1000) p.push(`${label(o)}: pod runAsUser must be the numeric UID 1000`);
  if (psc.seccompProfile?.type !== 'RuntimeDefault')
    p.push(`${label(o)}: pod seccompProfile must be RuntimeDefault`);
  const containers = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
  if (containers.length === 0) p.push(`${label(o)}: no containers`);
  for (const c of containers) p.push(...containerProblems(label(o), c));
  return p;
}

function probeProblems(o) {
  const p = [];
  for (const c of podSpecOf(o)?.containers ?? []) {
    const at = `${label(o)} container ${c.name}`;
    if (c.livenessProbe?.httpGet?.path !== '/health/live')
      p.push(`${at}: livenessProbe must GET /health/live`);
    if (c.readinessProbe?.httpGet?.path !== '/health/ready')
      p.push(`${at}: readinessProbe must GET /health/ready`);
  }
  return p;
}

function networkProblems(objects) {
  const p = [];
  const policies = objects.filter((o) => o.kind === 'NetworkPolicy');
  const denyAll = policies.some(
    (n) =>
      Object.keys(n.spec?.podSelector ?? {}).length === 0 &&
      ['Ingress', 'Egress'].every((t) => n.spec?.policyTypes?.includes(t)) &&
      !(n.spec?.ingress ?? []).length &&
      !(n.spec?.egress ?? []).length,
  );
  if (!denyAll) p.push('NetworkPolicy: no default-deny policy (all pods, Ingress and Egress)');
  for (const w of objects.filter((o) => WORKLOADS.includes(o.kind))) {
    const labels = podLabelsOf(w);
    const mine = policies.filter((n) => selects(n.spec?.podSelector, labels));
    if (!mine.some((n) => n.spec?.policyTypes?.includes('Ingress')))
      p.push(`${label(w)}: no NetworkPolicy limits its ingress`);
    if (!mine.some((n) => n.spec?.policyTypes?.includes('Egress')))
      p.push(`${label(w)}: no NetworkPolicy limits its egress`);
    const appPorts = new Set(
      (podSpecOf(w)?.containers ?? []).flatMap((c) =>
        (c.ports ?? []).filter((x) => x.name === 'http').flatMap((x) => [x.containerPort, x.name]),
      ),
    );
    for (const n of mine) {
      for (const rule of n.spec?.ingress ?? []) {
        // Another port (e.g. metrics for Prometheus) may be open to others; the app's port not.
        const ports = rule.ports ?? [];
        if (ports.length > 0 && !ports.some((x) => appPorts.has(x.port))) continue;
        for (const peer of rule.from ?? [{}]) {
          const fromIngressController =
            peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] ===
            'ingress-nginx';
          if (!fromIngressController || peer.ipBlock)
            p.push(`${label(n)}: ${label(w)} may take traffic only from the ingress controller`);
        }
        if (!(rule.from ?? []).length)
          p.push(`${label(n)}: an ingress rule without "from" opens ${label(w)} to everyone`);
      }
    }
  }
  return p;
}

function secretProblems(objects) {
  return objects
    .filter((o) => o.kind === 'Secret')
    .map((o) => `${label(o)}: Secrets are made out of band, never rendered from this repository`);
}

function ingressProblems(objects) {
  const p = [];
  const ingresses = objects.filter((o) => o.kind === 'Ingress');
  if (ingresses.length === 0) p.push('Ingress: none');
  for (const i of ingresses) {
    const a = i.metadata?.annotations ?? {};
    for (const name of ['proxy-read-timeout', 'proxy-send-timeout']) {
      const value = Number(a[`nginx.ingress.kubernetes.io/${name}`]);
      if (!(value >= 3600))
        p.push(`${label(i)}: nginx.ingress.kubernetes.io/${name} must be ≥ 3600 (live WebSocket)`);
    }
    if (!(i.spec?.tls ?? []).length) p.push(`${label(i)}: no TLS`);
    const paths = (i.spec?.rules ?? []).flatMap((r) => r.http?.paths ?? []);
    const graphql = paths.find((x) => x.path === '/graphql' || x.path === '/');
    if (graphql?.backend?.service?.name !== 'schakel-api')
      p.push(`${label(i)}: /graphql (HTTP and WebSocket) must go to the schakel-api Service`);
  }
  return p;
}

function apiProblems(objects) {
  const p = [];
  const api = objects.find((o) => o.kind === 'Deployment' && o.metadata?.name === 'schakel-api');
  if (!api) return ['Deployment/schakel-api: missing'];
  if (!(api.spec?.replicas >= 2)) p.push(`${label(api)}: needs at least 2 replicas`);
  p.push(...probeProblems(api));
  const labels = podLabelsOf(api);
  const pdb = objects.find(
    (o) => o.kind === 'PodDisruptionBudget' && selects(o.spec?.selector, labels),
  );
  if (!pdb) p.push(`${label(api)}: no PodDisruptionBudget selects its pods`);
  else if (!(pdb.spec?.minAvailable >= 1) && pdb.spec?.maxUnavailable === undefined)
    p.push(`${label(pdb)}: needs minAvailable ≥ 1 or maxUnavailable`);
  // configMapGenerator: the name ends in a hash of the content.
  const config = objects.find(
    (o) => o.kind === 'ConfigMap' && /^schakel-config(-[a-z0-9]+)?$/.test(o.metadata?.name ?? ''),
  );
  if (config?.data?.DB_MIGRATE_AT_START !== 'off')
    p.push('ConfigMap/schakel-config: DB_MIGRATE_AT_START must be off (the Job migrates)');
  const volumes = podSpecOf(api)?.volumes ?? [];
  if (volumes.some((v) => v.secret?.secretName === 'schakel-db-app'))
    p.push(`${label(api)}: must not mount the database owner's secret schakel-db-app`);
  const job = objects.find((o) => o.kind === 'Job' && o.metadata?.name === 'schakel-migrate');
  if (!job) p.push('Job/schakel-migrate: missing');
  else {
    const c = podSpecOf(job)?.containers?.[0] ?? {};
    if ((c.args ?? []).join(' ') !== 'node dist/apps/api/admin.js migrate')
      p.push(`${label(job)}: must run \`node dist/apps/api/admin.js migrate\``);
    if (c.image !== api.spec.template.spec.containers[0].image)
      p.push(`${label(job)}: must run the same image as the API`);
    if (!(podSpecOf(job)?.volumes ?? []).some((v) => v.secret?.secretName === 'schakel-db-app'))
      p.push(`${label(job)}: must migrate with the owner's secret schakel-db-app`);
  }
  return p;
}

function databaseProblems(objects) {
  const p = [];
  const clusters = objects.filter((o) => o.kind === 'Cluster');
  if (clusters.length === 0) return ['Cluster: none'];
  const stores = new Set(
    objects.filter((o) => o.kind === 'ObjectStore').map((o) => o.metadata?.name),
  );
  for (const c of clusters) {
    if (!(c.spec?.instances >= 3)) p.push(`${label(c)}: needs 3 instances`);
    const archiver = (c.spec?.plugins ?? []).find(
      (x) => x.name === 'barman-cloud.cloudnative-pg.io' && x.isWALArchiver === true,
    );
    if (!archiver) p.push(`${label(c)}: no WAL archiving to object storage (Barman Cloud plugin)`);
    else if (!stores.has(archiver.parameters?.barmanObjectName))
      p.push(`${label(c)}: its barmanObjectName names no ObjectStore`);
    if (c.spec?.enableSuperuserAccess !== false)
      p.push(`${label(c)}: enableSuperuserAccess must be false`);
  }
  const names = new Set(clusters.map((c) => c.metadata?.name));
  const poolers = objects.filter((o) => o.kind === 'Pooler');
  if (poolers.length === 0) p.push('Pooler: none');
  for (const x of poolers) {
    if (x.spec?.pgbouncer?.poolMode !== 'transaction')
      p.push(`${label(x)}: poolMode must be transaction`);
    if (!names.has(x.spec?.cluster?.name)) p.push(`${label(x)}: names no Cluster`);
  }
  for (const b of objects.filter((o) => o.kind === 'ScheduledBackup')) {
    if (!names.has(b.spec?.cluster?.name)) p.push(`${label(b)}: names no Cluster`);
  }
  if (!objects.some((o) => o.kind === 'ScheduledBackup'))
    p.push('ScheduledBackup: none (PITR needs a base backup)');
  return p;
}

/** The house policy over one rendered overlay, as readable lines; empty when it complies. */
export function policyProblems(objects) {
  return [
    ...objects.filter((o) => WORKLOADS.includes(o.kind)).flatMap(workloadProblems),
    ...apiProblems(objects),
    ...networkProblems(objects),
    ...secretProblems(objects),
    ...ingressProblems(objects),
    ...databaseProblems(objects),
  ];
}

/** Everything wrong with one overlay. */
export function checkOverlay(overlay) {
  const objects = render(overlay);
  return {
    objects,
    problems: [...objects.flatMap(schemaProblems), ...policyProblems(objects)],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let failed = 0;
  for (const overlay of process.argv.slice(2).length ? process.argv.slice(2) : OVERLAYS) {
    const { objects, problems } = checkOverlay(overlay);
    console.log(`${overlay}: ${objects.length} objects, ${problems.length} problems`);
    for (const line of problems) console.log(`  ${line}`);
    failed += problems.length;
  }
  process.exit(failed ? 1 : 0);
}
