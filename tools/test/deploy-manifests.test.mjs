// deploy/kubernetes, rendered offline with kustomize: every object is valid against the Kubernetes
// API schemas (or the focused CloudNativePG schemas) and complies with the house policy; and the
// checks themselves catch what an operator's mistake would bring in (issue 19 item 1).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import {
  OVERLAYS,
  checkOverlay,
  policyProblems,
  render,
  schemaProblems,
} from '../deploy/manifests.mjs';

const rendered = new Map(OVERLAYS.map((overlay) => [overlay, checkOverlay(overlay)]));
const production = () => structuredClone(rendered.get('production').objects);
const find = (objects, kind, name) =>
  objects.find((o) => o.kind === kind && (!name || o.metadata.name === name));
const api = (objects) => find(objects, 'Deployment', 'schakel-api');
const apiContainer = (objects) => api(objects).spec.template.spec.containers[0];

describe('the overlays', () => {
  it('are at least acceptance and production', () => {
    assert.deepEqual(
      ['acceptance', 'production'].filter((o) => !OVERLAYS.includes(o)),
      [],
    );
  });

  for (const overlay of OVERLAYS) {
    it(`${overlay}: every object is schema-valid and complies with the policy`, () => {
      assert.deepEqual(rendered.get(overlay).problems, []);
    });

    it(`${overlay}: renders the API, its PDB, Service, Ingress, migration Job, NetworkPolicies and the CloudNativePG database`, () => {
      const kinds = rendered
        .get(overlay)
        .objects.map((o) => o.kind)
        .sort();
      for (const kind of [
        'ConfigMap',
        'Deployment',
        'Ingress',
        'Job',
        'NetworkPolicy',
        'PodDisruptionBudget',
        'Service',
        'ServiceAccount',
        'Cluster',
        'Pooler',
        'ObjectStore',
        'ScheduledBackup',
      ])
        assert.ok(kinds.includes(kind), `${overlay} lacks a ${kind}`);
      const namespaces = new Set(rendered.get(overlay).objects.map((o) => o.metadata.namespace));
      assert.equal(namespaces.size, 1, `${overlay} puts everything in one namespace`);
    });
  }

  it('production runs three API instances of a pinned release image, as UID 1000', () => {
    const objects = production();
    assert.equal(api(objects).spec.replicas, 3);
    assert.equal(apiContainer(objects).image, 'registry.example.nl/gemeente/schakel:1.0.0');
    assert.equal(api(objects).spec.template.spec.securityContext.runAsUser, 1000);
  });

  it('a changed setting rolls the API out again (the ConfigMap name carries a hash of its content)', () => {
    const objects = production();
    const config = find(objects, 'ConfigMap');
    assert.match(config.metadata.name, /^schakel-config-[a-z0-9]{10}$/);
    assert.equal(apiContainer(objects).envFrom[0].configMapRef.name, config.metadata.name);
    assert.equal(config.data.PUBLIC_URL, 'https://schakel.gemeente.example.nl');
    assert.equal(config.data.DB_MIGRATE_AT_START, 'off');
    assert.notEqual(
      find(rendered.get('acceptance').objects, 'ConfigMap').metadata.name,
      config.metadata.name,
    );
  });

  it('the API reads its secrets from mounted files and talks to the pooler, LISTEN directly to the primary', () => {
    const env = Object.fromEntries(apiContainer(production()).env.map((e) => [e.name, e.value]));
    assert.deepEqual(env, {
      DATABASE_URL_FILE: '/run/secrets/schakel-db-api/uri',
      DATABASE_DIRECT_URL_FILE: '/run/secrets/schakel-db-api/direct-uri',
      SESSION_SECRET_FILE: '/run/secrets/schakel/session-secret',
      MFA_ENCRYPTION_KEY_FILE: '/run/secrets/schakel/mfa-encryption-key',
      SSO_SECRET_KEY_FILE: '/run/secrets/schakel/sso-secret-key',
    });
  });
});

describe('the schema check', () => {
  it('refuses a misspelt field and a wrong type in a CloudNativePG Cluster', () => {
    const cluster = find(production(), 'Cluster');
    cluster.spec.instance = 3;
    cluster.spec.storage.size = true;
    const problems = schemaProblems(cluster);
    assert.ok(
      problems.some((p) => p.includes('(instance)')),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((p) => p.includes('/spec/storage/size')),
      problems.join('\n'),
    );
  });

  it('refuses a pool mode PgBouncer does not have', () => {
    const pooler = find(production(), 'Pooler');
    pooler.spec.pgbouncer.poolMode = 'statement';
    assert.match(schemaProblems(pooler).join('\n'), /poolMode must be equal to one of/);
  });

  it('refuses a Deployment whose UID is a string and a Service whose port is missing', () => {
    const objects = production();
    api(objects).spec.template.spec.securityContext.runAsUser = '1000';
    assert.match(schemaProblems(api(objects)).join('\n'), /runAsUser must be integer/);
    const service = find(objects, 'Service');
    delete service.spec.ports[0].port;
    assert.match(
      schemaProblems(service).join('\n'),
      /spec\/ports\/0 must have required property port/,
    );
  });

  it('knows no kind it has no schema for', () => {
    assert.deepEqual(
      schemaProblems({ apiVersion: 'example.org/v1', kind: 'Gadget', metadata: {} }),
      ['Gadget/?: no schema for example.org/v1 Gadget'],
    );
  });
});

describe('the policy check catches', () => {
  const problemsAfter = (change) => {
    const objects = production();
    change(objects);
    return policyProblems(objects);
  };

  it('a container that may write its root file system, escalate, or keeps its capabilities', () => {
    const problems = problemsAfter((o) => {
      const sc = apiContainer(o).securityContext;
      sc.readOnlyRootFilesystem = false;
      delete sc.allowPrivilegeEscalation;
      sc.capabilities = { add: ['NET_ADMIN'] };
    });
    assert.deepEqual(problems, [
      'Deployment/schakel-api container api: allowPrivilegeEscalation must be false',
      'Deployment/schakel-api container api: readOnlyRootFilesystem must be true',
      'Deployment/schakel-api container api: capabilities must drop ALL',
      'Deployment/schakel-api container api: must not add capabilities',
    ]);
  });

  it('a pod running as root or by user name, or without the runtime seccomp profile', () => {
    const problems = problemsAfter((o) => {
      const job = find(o, 'Job', 'schakel-migrate');
      delete job.spec.template.spec.securityContext.runAsUser;
      delete job.spec.template.spec.securityContext.seccompProfile;
    });
    assert.deepEqual(problems, [
      'Job/schakel-migrate: pod runAsUser must be the numeric UID 1000',
      'Job/schakel-migrate: pod seccompProfile must be RuntimeDefault',
    ]);
  });

  it(':latest, an untagged image and missing resources', () => {
    const problems = problemsAfter((o) => {
      apiContainer(o).image = 'registry.example.nl/gemeente/schakel:latest';
      const job = find(o, 'Job', 'schakel-migrate').spec.template.spec.containers[0];
      job.image = 'registry.example.nl/gemeente/schakel';
      delete job.resources;
    });
    assert.ok(
      problems.includes(
        'Deployment/schakel-api container api: image registry.example.nl/gemeente/schakel:latest uses :latest',
      ),
    );
    assert.ok(problems.some((p) => p.includes('schakel has no tag')));
    assert.ok(
      problems.includes('Job/schakel-migrate container migrate: resources.requests.cpu is missing'),
    );
    assert.ok(
      problems.includes(
        'Job/schakel-migrate container migrate: resources.limits.memory is missing',
      ),
    );
    assert.ok(problems.includes('Job/schakel-migrate: must run the same image as the API'));
  });

  it('one replica, a readiness probe on the wrong path and no PodDisruptionBudget', () => {
    const problems = problemsAfter((o) => {
      api(o).spec.replicas = 1;
      apiContainer(o).readinessProbe.httpGet.path = '/health/live';
      o.splice(o.indexOf(find(o, 'PodDisruptionBudget')), 1);
    });
    assert.deepEqual(problems, [
      'Deployment/schakel-api: needs at least 2 replicas',
      'Deployment/schakel-api container api: readinessProbe must GET /health/ready',
      'Deployment/schakel-api: no PodDisruptionBudget selects its pods',
    ]);
  });

  it('a secret as a plain environment value, and a rendered Secret', () => {
    const problems = problemsAfter((o) => {
      apiContainer(o).env.push({ name: 'SESSION_SECRET', value: 'x'.repeat(40) });
      o.push({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'schakel-app' },
        stringData: {},
      });
    });
    assert.deepEqual(problems, [
      'Deployment/schakel-api container api: SESSION_SECRET is a secret and must come from a file (SESSION_SECRET_FILE) or a Secret',
      'Secret/schakel-app: Secrets are made out of band, never rendered from this repository',
    ]);
  });

  it('an API that migrates at start or mounts the owner secret, and a Job without it', () => {
    const problems = problemsAfter((o) => {
      find(o, 'ConfigMap').data.DB_MIGRATE_AT_START = 'on';
      const job = find(o, 'Job', 'schakel-migrate').spec.template.spec;
      api(o).spec.template.spec.volumes.push(job.volumes.find((v) => v.name === 'db-owner'));
      job.volumes = job.volumes.filter((v) => v.name !== 'db-owner');
    });
    assert.deepEqual(problems, [
      'ConfigMap/schakel-config: DB_MIGRATE_AT_START must be off (the Job migrates)',
      "Deployment/schakel-api: must not mount the database owner's secret schakel-db-app",
      "Job/schakel-migrate: must migrate with the owner's secret schakel-db-app",
    ]);
  });

  it('an API open to every pod, and a namespace without default-deny', () => {
    const problems = problemsAfter((o) => {
      const policy = find(o, 'NetworkPolicy', 'schakel-api');
      policy.spec.ingress.push({ ports: [{ port: 3000 }] });
      o.splice(o.indexOf(find(o, 'NetworkPolicy', 'default-deny')), 1);
    });
    assert.deepEqual(problems, [
      'NetworkPolicy: no default-deny policy (all pods, Ingress and Egress)',
      'NetworkPolicy/schakel-api: Deployment/schakel-api may take traffic only from the ingress controller',
      'NetworkPolicy/schakel-api: an ingress rule without "from" opens Deployment/schakel-api to everyone',
    ]);
  });

  it("the app's port open to the monitoring namespace, but not a metrics port", () => {
    const fromMonitoring = {
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } },
    };
    const metricsOnly = problemsAfter((o) => {
      find(o, 'NetworkPolicy', 'schakel-api').spec.ingress.push({
        from: [fromMonitoring],
        ports: [{ port: 9464, protocol: 'TCP' }],
      });
    });
    assert.deepEqual(metricsOnly, []);
    const appPort = problemsAfter((o) => {
      find(o, 'NetworkPolicy', 'schakel-api').spec.ingress.push({
        from: [fromMonitoring],
        ports: [{ port: 'http' }],
      });
    });
    assert.deepEqual(appPort, [
      'NetworkPolicy/schakel-api: Deployment/schakel-api may take traffic only from the ingress controller',
    ]);
  });

  it('an Ingress that would cut live connections after a minute', () => {
    const problems = problemsAfter((o) => {
      delete find(o, 'Ingress').metadata.annotations[
        'nginx.ingress.kubernetes.io/proxy-read-timeout'
      ];
    });
    assert.deepEqual(problems, [
      'Ingress/schakel: nginx.ingress.kubernetes.io/proxy-read-timeout must be ≥ 3600 (live WebSocket)',
    ]);
  });

  it('a database of two instances without WAL archiving, and a pooler in session mode', () => {
    const problems = problemsAfter((o) => {
      const cluster = find(o, 'Cluster');
      cluster.spec.instances = 2;
      cluster.spec.plugins = [];
      find(o, 'Pooler').spec.pgbouncer.poolMode = 'session';
    });
    assert.deepEqual(problems, [
      'Cluster/schakel-db: needs 3 instances',
      'Cluster/schakel-db: no WAL archiving to object storage (Barman Cloud plugin)',
      'Pooler/schakel-db-pooler: poolMode must be transaction',
    ]);
  });
});

describe('the base alone', () => {
  it('is not deployable: it has no release tag (an overlay must pin one)', () => {
    const objects = render(new URL('../../deploy/kubernetes/base', import.meta.url).pathname);
    assert.ok(
      policyProblems(objects).includes(
        "Deployment/schakel-api container api: image schakel has no tag (set one in the overlay's images:)",
      ),
    );
  });
});

describe('the restore manifests (deploy/kubernetes/restore)', () => {
  const restore = (file) =>
    parseAllDocuments(
      readFileSync(new URL(`../../deploy/kubernetes/restore/${file}`, import.meta.url), 'utf8'),
    ).map((d) => d.toJS());

  it('are schema-valid', () => {
    const objects = [...restore('schakel-db-pitr.yaml'), ...restore('backup-now.yaml')];
    assert.deepEqual(objects.flatMap(schemaProblems), []);
  });

  it('recover to a point in time from the overlay object store, and archive under a new server name', () => {
    const [pitr] = restore('schakel-db-pitr.yaml');
    const original = find(production(), 'Cluster');
    const source = pitr.spec.externalClusters.find(
      (c) => c.name === pitr.spec.bootstrap.recovery.source,
    );
    assert.ok(source, 'the recovery source is one of the external clusters');
    assert.ok(!Number.isNaN(Date.parse(pitr.spec.bootstrap.recovery.recoveryTarget.targetTime)));
    const store = find(production(), 'ObjectStore').metadata.name;
    assert.equal(source.plugin.parameters.barmanObjectName, store);
    assert.equal(source.plugin.parameters.serverName, original.metadata.name);
    const archiver = pitr.spec.plugins.find((p) => p.isWALArchiver);
    assert.equal(archiver.parameters.barmanObjectName, store);
    assert.notEqual(archiver.parameters.serverName, original.metadata.name);
    // The restored cluster is the same database otherwise: name, roles, storage, instances.
    assert.equal(pitr.metadata.name, original.metadata.name);
    assert.deepEqual(pitr.spec.managed, original.spec.managed);
    assert.deepEqual(pitr.spec.storage, original.spec.storage);
    assert.equal(pitr.spec.instances, original.spec.instances);
    assert.equal(pitr.spec.imageName, original.spec.imageName);
  });
});
