// The renderers (shared by the reconcilers and `spawn-proxy render`): what each Spawn field
// becomes, what is refused and how, Spawn's quirks fixed, and every object valid offline.
import t from 'tap';
import { loadConfig } from '../../src/control';
import { customResourceDefinitions, renderDocuments, validateObject, type ActorHost, type ActorSystem } from '../../src/operator';
import { renderActorHost } from '../../src/operator/render-host';
import { SpecError, renderActorSystem, statestoreKeys } from '../../src/operator/render-system';
import type { JSONSchema } from '../../src/operator/schema';
import { example } from './support';
import type { Obj } from './fake-apiserver';

const OPTIONS = { proxyImage: 'spawn-proxy:test' };

function base(): { system: ActorSystem; host: ActorHost } {
  const e = example('ns');
  return { system: e.system as ActorSystem, host: e.host as ActorHost };
}

function render(mutate: (s: ActorSystem, h: ActorHost) => void = () => undefined) {
  const { system, host } = base();
  mutate(system, host);
  const keys = statestoreKeys(system, false, false);
  return { system: renderActorSystem(system, keys), host: renderActorHost(host, system, keys, OPTIONS) };
}

function problems(mutate: (s: ActorSystem, h: ActorHost) => void): string {
  try {
    render(mutate);
  } catch (err) {
    if (err instanceof SpecError) return err.message;
    throw err;
  }
  return '';
}

const containers = (r: ReturnType<typeof render>) => r.host.deployment.spec!.template.spec!.containers;
const proxyOf = (r: ReturnType<typeof render>) => containers(r).find((c) => c.name === 'spawn-proxy')!;
const hostOf = (r: ReturnType<typeof render>) => containers(r).find((c) => c.name === 'actorhost')!;

t.test('every rendered object validates offline (Kubernetes 1.33 schema)', async (t) => {
  const r = render((s, h) => {
    s.spec.cluster = { features: { nats: { url: 'nats://nats:4222' } } };
    delete h.spec.replicas;
    h.spec.autoscaler = { min: 1, max: 3, averageCpuUtilizationPercentage: 60, averageMemoryUtilizationValue: 70 };
  });
  const all = [...Object.values(r.system), ...Object.values(r.host)];
  t.equal(all.length, 9, 'ConfigMap, ServiceAccount, Role, RoleBinding, Service, Deployment, Service, PDB, HPA');
  for (const o of all) t.same(await validateObject(o as Obj), [], `${(o as Obj).kind} validates`);
  // The validator does find problems (a test that cannot fail proves nothing).
  const broken = structuredClone(r.host.deployment) as Obj;
  broken.spec.template.spec.containers[0].ports = [{ containerPort: 'eighty' }];
  t.match((await validateObject(broken)).join(), /containerPort must be integer/);
});

t.test("the sidecar's env is the proxy's schema: the proxy reads it back as intended", async (t) => {
  const r = render((_s, h) => {
    h.spec.sidecar = { settings: { PROXY_INVOKE_TIMEOUT_MS: 5000, SPAWN_PUBSUB_NATS_HOSTS: ['nats://a:4222', 'nats://b:4222'], SPAWN_DISABLE_METRICS: true } };
  });
  const env: Record<string, string> = { ...r.system.configMap.data };
  for (const v of proxyOf(r).env!) {
    if (v.value !== undefined) env[v.name] = v.value;
    else if (v.valueFrom?.secretKeyRef?.key === 'SPAWN_STATESTORE_KEY') env[v.name] = Buffer.alloc(32).toString('base64');
    else if (v.valueFrom?.secretKeyRef && !v.valueFrom.secretKeyRef.optional) env[v.name] = 'x';
  }
  const c = loadConfig(env);
  t.equal(c.http.bind, '0.0.0.0');
  t.equal(c.http.port, 9001);
  t.equal(c.host.address, '127.0.0.1');
  t.equal(c.host.port, 8090, "the host's declared port, not the proxy's (Spawn rc.8 gave both 9001)");
  t.equal(c.storage.type, 'postgres');
  t.equal(c.storage.poolSize, 10);
  t.equal(c.invocation.timeoutMs, 5000);
  t.same(c.pubsub.natsServers, ['nats://a:4222', 'nats://b:4222']);
  t.equal(c.metricsEnabled, false);
  t.notOk(r.host.deployment.spec!.template.metadata!.annotations!['prometheus.io/scrape'], 'no scrape annotations with metrics off');
  t.same(
    proxyOf(r).env!.find((v) => v.name === 'PROXY_DATABASE_SECRET')!.valueFrom,
    { secretKeyRef: { name: 'shop-postgres', key: 'password' } },
    'credentials are referenced from their Secret, never copied',
  );
});

t.test('with NATS, the proxies form one cluster per ActorSystem', async (t) => {
  const r = render((s) => (s.spec.cluster = { features: { nats: { url: 'nats://a:4222,nats://b:4222' } } }));
  const env: Record<string, string> = { ...r.system.configMap.data, SPAWN_STATESTORE_KEY: Buffer.alloc(32).toString('base64') };
  const c = loadConfig(env);
  t.equal(c.cluster.strategy, 'nats');
  t.same(c.cluster.natsServers, ['nats://a:4222', 'nats://b:4222']);
  t.equal(c.cluster.prefix, 'spawn-ns-shop', 'a prefix of its own: two systems on one NATS stay apart');
  t.equal(c.pubsub.adapter, 'nats', 'broadcasts reach every pod');
  t.same(
    proxyOf(r).env!.find((v) => v.name === 'PROXY_CLUSTER_MEMBER_NAME')!.valueFrom,
    { fieldRef: { fieldPath: 'metadata.name' } },
    'each member is named after its pod',
  );
  const alone = render();
  t.equal(loadConfig({ ...alone.system.configMap.data }).cluster.strategy, 'none', 'without NATS each proxy runs alone');
});

t.test('probes, ports, grace period and scrape annotations', async (t) => {
  const r = render();
  const proxy = proxyOf(r);
  t.equal(proxy.readinessProbe!.httpGet!.path, '/health/readiness');
  t.equal(proxy.livenessProbe!.httpGet!.path, '/health/liveness');
  t.equal(proxy.ports![0]!.containerPort, 9001);
  t.equal(r.host.deployment.spec!.template.spec!.terminationGracePeriodSeconds, 30, 'PROXY_SHUTDOWN_TIMEOUT_MS 25 s + 5 s');
  t.match(r.host.deployment.spec!.template.metadata!.annotations, {
    'prometheus.io/scrape': 'true',
    'prometheus.io/port': '9001',
    'prometheus.io/path': '/metrics',
  });
  t.same(
    r.host.service.spec!.ports!.map((p) => [p.name, p.port]),
    [
      ['proxy-http', 9001],
      ['actions', 8090],
    ],
  );
  const longer = render((_s, h) => (h.spec.sidecar = { settings: { PROXY_SHUTDOWN_TIMEOUT_MS: 60_000 } }));
  t.equal(longer.host.deployment.spec!.template.spec!.terminationGracePeriodSeconds, 65, 'follows the shutdown timeout');
  t.match(
    problems((_s, h) => (h.spec.terminationGracePeriodSeconds = 25)),
    /terminationGracePeriodSeconds \(25\) must exceed the proxy's shutdown timeout .* at least 26/,
  );
  t.match(
    problems((_s, h) => (h.spec.host.ports = [{ containerPort: 9001 }])),
    /must differ from the proxy's/,
  );
  t.match(
    problems((_s, h) => (h.spec.host.ports = [{ containerPort: 8090 }, { containerPort: 8091 }])),
    /several ports: set spec\.sidecar\.settings\.USER_FUNCTION_PORT/,
  );
  const chosen = render((_s, h) => {
    h.spec.host.ports = [
      { name: 'a', containerPort: 8090 },
      { name: 'b', containerPort: 8091 },
    ];
    h.spec.sidecar = { settings: { USER_FUNCTION_PORT: 8091 } };
  });
  t.equal(proxyOf(chosen).env!.find((v) => v.name === 'USER_FUNCTION_PORT')!.value, '8091');
});

t.test('each host selects only its own pods (Spawn HEAD selected the whole system)', async (t) => {
  const { system } = base();
  const keys = statestoreKeys(system, false, false);
  const h1 = base().host;
  const h2 = base().host;
  h2.metadata.name = 'second';
  const d1 = renderActorHost(h1, system, keys, OPTIONS).deployment;
  const d2 = renderActorHost(h2, system, keys, OPTIONS).deployment;
  t.not(JSON.stringify(d1.spec!.selector), JSON.stringify(d2.spec!.selector));
  const podsOf2 = d2.spec!.template.metadata!.labels!;
  t.notOk(
    Object.entries(d1.spec!.selector.matchLabels!).every(([k, v]) => podsOf2[k] === v),
    "host 1's selector does not match host 2's pods",
  );
});

t.test("Spawn's fields we support become what they say", async (t) => {
  const r = render((s, h) => {
    s.spec.statestore.ssl = true;
    s.spec.statestore.ssl_verify = false;
    h.spec.affinity = {
      nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'k', operator: 'Exists' }] }] } },
    };
    h.spec.topology = { nodeSelector: { pool: 'actors' }, tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'actors', effect: 'NoSchedule' }] };
    h.spec.volumes = [{ name: 'cfg', configMap: { name: 'cfg' } }];
    h.spec.host.volumeMounts = [{ name: 'cfg', mountPath: '/etc/cfg' }];
    h.spec.host.pullSecretsRef = 'regcred';
    h.spec.host.env = [
      { name: 'A', value: '1' },
      { name: 'PROXY_HTTP_PORT', value: 'mine' },
    ];
    h.spec.host.resources = { requests: { cpu: '1' } };
    h.spec.sidecar = { image: 'registry/spawn-proxy:9', resources: { requests: { cpu: '2' } } };
    h.spec.terminationGracePeriodSeconds = 40;
  });
  const pod = r.host.deployment.spec!.template.spec!;
  t.match(pod.affinity, { nodeAffinity: {} });
  t.same(pod.nodeSelector, { pool: 'actors' });
  t.equal(pod.tolerations![0]!.key, 'dedicated');
  t.same(pod.imagePullSecrets, [{ name: 'regcred' }], 'pullSecretsRef becomes a list entry (Spawn read pullSecretRef into a map)');
  t.ok(pod.volumes!.some((v) => v.name === 'cfg'));
  t.same(hostOf(r).volumeMounts, [{ name: 'cfg', mountPath: '/etc/cfg' }]);
  t.equal(hostOf(r).env!.filter((v) => v.name === 'PROXY_HTTP_PORT').length, 1, "the host's own env wins over the defaults");
  t.ok(hostOf(r).env!.some((v) => v.name === 'A' && v.value === '1'));
  t.same(hostOf(r).resources, { requests: { cpu: '1' } });
  t.equal(proxyOf(r).image, 'registry/spawn-proxy:9');
  t.same(proxyOf(r).resources, { requests: { cpu: '2' } });
  t.equal(pod.terminationGracePeriodSeconds, 40);
  t.match(r.system.configMap.data, { PROXY_DATABASE_SSL: 'true', PROXY_DATABASE_SSL_VERIFY: 'false' });
});

const refusals: Array<[string, (s: ActorSystem, h: ActorHost) => void, RegExp]> = [
  ['cluster.kind', (s) => ((s.spec as Obj).cluster = { kind: 'erlang' }), /cluster\.kind: spawn-proxy forms its cluster over NATS/],
  ['cluster.cookie', (s) => ((s.spec as Obj).cluster = { cookie: 'c' }), /cluster\.cookie/],
  ['cluster.tls (rc.8)', (s) => ((s.spec as Obj).cluster = { tls: { secretName: 'x' } }), /cluster\.tls/],
  ['cluster.features.erlangMtls.enabled', (s) => ((s.spec as Obj).cluster = { features: { erlangMtls: { enabled: true } } }), /erlangMtls/],
  ['cluster.features.multiCluster.enabled', (s) => ((s.spec as Obj).cluster = { features: { multiCluster: { enabled: true } } }), /across actor systems/],
  [
    'cluster.features.nats.credentialsSecretRef',
    (s) => ((s.spec as Obj).cluster = { features: { nats: { url: 'nats://n:4222', credentialsSecretRef: 'creds' } } }),
    /the proxy's NATS connections take no credentials yet/,
  ],
  ['cluster.features.nats without url', (s) => ((s.spec as Obj).cluster = { features: { nats: { enabled: true } } }), /nats\.url is required/],
  ['externalInvocation (v1.4.3)', (s) => ((s.spec as Obj).externalInvocation = { enabled: true }), /externalInvocation: invocations across actor systems/],
  ['host.configuration (v1.4.3 examples)', (_s, h) => ((h.spec.host as Obj).configuration = { authentication: {} }), /host\.configuration: authentication/],
  ['statestore.type Native', (s) => (s.spec.statestore.type = 'Native'), /statestore\.type: must be one of/],
  ['statestore.type Sqlite', (s) => (s.spec.statestore.type = 'Sqlite'), /statestore\.type: must be one of/],
  ['host.embedded', (_s, h) => (h.spec.host.embedded = true), /host\.embedded/],
  ['host.taskActors', (_s, h) => ((h.spec.host as Obj).taskActors = [{ actorName: 'x' }]), /task actors/],
  ['topology.affinity', (_s, h) => ((h.spec as Obj).topology = { affinity: {} }), /use spec\.affinity/],
  ['replicas with autoscaler', (_s, h) => (h.spec.autoscaler = { max: 2 }), /replicas or autoscaler, not both/],
  ['autoscaler.max below min', (_s, h) => (delete h.spec.replicas, (h.spec.autoscaler = { min: 3, max: 2 })), /autoscaler\.max must be ≥ autoscaler\.min/],
  ['an unknown field', (_s, h) => ((h.spec as Obj).sidecars = {}), /spec\.sidecars: unknown field/],
  [
    'a sidecar setting of the wrong type',
    (_s, h) => (h.spec.sidecar = { settings: { PROXY_HOST_TIMEOUT_MS: '5s' } }),
    /PROXY_HOST_TIMEOUT_MS: must be an integer/,
  ],
  ['a secret as a sidecar setting', (_s, h) => (h.spec.sidecar = { settings: { SPAWN_STATESTORE_KEY: 'k' } }), /SPAWN_STATESTORE_KEY: unknown field/],
  ['a setting the operator owns', (_s, h) => (h.spec.sidecar = { settings: { PROXY_HTTP_BIND: '127.0.0.1' } }), /PROXY_HTTP_BIND: unknown field/],
  [
    'a value the proxy refuses',
    (_s, h) => (h.spec.sidecar = { settings: { SPAWN_PUBSUB_NATS_PREFIX: 'a b' } }),
    /the proxy would refuse its configuration: SPAWN_PUBSUB_NATS_PREFIX/,
  ],
  ['more than one pod without a cluster', (_s, h) => (h.spec.replicas = 2), /more than one pod needs the ActorSystem's cluster/],
  [
    "Spawn's sidecar annotations",
    (_s, h) => (h.metadata.annotations = { 'spawn-eigr.io/sidecar-http-port': '9000' }),
    /annotation spawn-eigr\.io\/sidecar-http-port: Spawn's sidecar annotations are not read; use spec\.sidecar\.settings/,
  ],
];

t.test('what we do not support is refused with a message naming it', async (t) => {
  for (const [what, mutate, message] of refusals) t.match(problems(mutate), message, what);
});

t.test('render: the key Secret is never printed, a credentials encryptionKey is used instead', async (t) => {
  const e = example('ns');
  const out = renderDocuments([e.secret, e.system, e.host], { namespace: 'ns', ...OPTIONS });
  t.notOk(
    out.objects.some((o) => (o as Obj).kind === 'Secret'),
    'no Secret in the output',
  );
  t.match(out.notes.join('\n'), /kubectl -n ns create secret generic shop-statestore-key/);
  const withKey = structuredClone(e.secret);
  withKey.stringData.encryptionKey = Buffer.alloc(32).toString('base64');
  const own = renderDocuments([withKey, e.system, e.host], { namespace: 'ns', ...OPTIONS });
  t.same(own.notes, []);
  const d = own.objects.find((o) => (o as Obj).kind === 'Deployment') as Obj;
  const key = d.spec.template.spec.containers[1].env.find((v: Obj) => v.name === 'SPAWN_STATESTORE_KEY');
  t.same(key.valueFrom, { secretKeyRef: { name: 'shop-postgres', key: 'encryptionKey' } });
  t.throws(() => renderDocuments([e.host], { namespace: 'ns', ...OPTIONS }), /its ActorSystem ns\/shop is not in the file/);
});

/** Structural-schema rules the API server enforces on a CRD (apiextensions.k8s.io/v1). */
function structuralProblems(s: JSONSchema, path: string, out: string[]): void {
  if (!s.type && !s['x-kubernetes-preserve-unknown-fields'] && !s['x-kubernetes-int-or-string']) out.push(`${path}: no type`);
  if (s.properties && s.additionalProperties) out.push(`${path}: properties and additionalProperties together`);
  if (s['x-kubernetes-list-type'] === 'map') {
    for (const k of s['x-kubernetes-list-map-keys'] ?? []) if (!s.items?.required?.includes(k)) out.push(`${path}: list-map key ${k} is not required`);
  }
  for (const [k, v] of Object.entries(s.properties ?? {})) structuralProblems(v, `${path}.${k}`, out);
  if (s.items) structuralProblems(s.items, `${path}[]`, out);
  if (s.additionalProperties) structuralProblems(s.additionalProperties, `${path}{}`, out);
}

t.test('the CRDs: structural schemas, status subresource, short names, printer columns', async (t) => {
  const crds = customResourceDefinitions();
  t.same(
    crds.map((c) => [c.spec.names.kind, c.spec.scope, c.spec.group, c.spec.versions[0]!.name]),
    [
      ['ActorSystem', 'Namespaced', 'spawn-eigr.io', 'v1'],
      ['ActorHost', 'Namespaced', 'spawn-eigr.io', 'v1'],
      ['Activator', 'Namespaced', 'spawn-eigr.io', 'v1'],
    ],
  );
  t.same(crds[0]!.spec.names.shortNames, ['as', 'actorsys', 'actorsystem', 'actorsystems', 'system'], "Spawn's short names");
  t.same(crds[1]!.spec.names.shortNames, ['ac', 'actor', 'actors', 'actorhost', 'actorhosts']);
  t.same(crds[2]!.spec.names.shortNames, ['act', 'acts', 'activator', 'activators']);
  for (const c of crds) {
    const v = c.spec.versions[0]!;
    t.same(v.subresources!.status, {}, `${c.spec.names.kind} has a status subresource`);
    t.ok(v.additionalPrinterColumns!.some((col) => col.name === 'Age'));
    const out: string[] = [];
    structuralProblems(v.schema!.openAPIV3Schema as unknown as JSONSchema, c.spec.names.kind, out);
    t.same(out, [], `${c.spec.names.kind}'s schema is structural`);
  }
  const broken: string[] = [];
  structuralProblems({ type: 'object', properties: { a: {} } }, 'x', broken);
  t.same(broken, ['x.a: no type'], 'the check does find a node without a type');
});
