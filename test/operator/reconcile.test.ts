// The reconcilers against the fake API server (fake-apiserver.ts), through the real client
// (KubeConfig from a kubeconfig file, HTTP requests, watches): create -> objects and Ready;
// change -> rolled; delete -> garbage; unchanged -> zero writes; an expired watch -> a re-list
// that reconciles only what changed; refusals surface as conditions.
import t, { type Test } from 'tap';
import type { Obj } from './fake-apiserver';
import { condition, example, resourceWrites, rolledOut, startFakeApi, startOperator, until } from './support';

const NS = 'default';

async function deployExample(t: Test, mutate: (e: ReturnType<typeof example>) => void = () => undefined) {
  const { server, kubeconfig } = await startFakeApi(t);
  const e = example(NS);
  mutate(e);
  server.put('secrets', e.secret);
  server.put('actorsystems', e.system);
  server.put('actorhosts', e.host);
  const op = await startOperator(t, kubeconfig);
  return { server, kubeconfig, op, e };
}

async function hostReady(server: Awaited<ReturnType<typeof deployExample>>['server']): Promise<Obj> {
  const d = await until('the Deployment', () => server.get('deployments', NS, 'typescript-host'));
  server.setStatus('deployments', NS, 'typescript-host', rolledOut(d));
  return until('ActorHost Ready', () => {
    const h = server.get('actorhosts', NS, 'typescript-host');
    return condition(h, 'Ready')?.status === 'True' ? h : undefined;
  });
}

t.test('create: the system and host objects appear, owned, and both resources become Ready', async (t) => {
  const { server } = await deployExample(t);
  const system = await until('ActorSystem Ready', () => {
    const s = server.get('actorsystems', NS, 'shop');
    return condition(s, 'Ready')?.status === 'True' ? s : undefined;
  });
  t.equal(system.status.observedGeneration, system.metadata.generation);
  t.same(system.status.statestoreKey, { name: 'shop-statestore-key', key: 'SPAWN_STATESTORE_KEY' });
  const key = server.get('secrets', NS, 'shop-statestore-key');
  t.ok(key, 'the statestore key Secret is generated');
  t.equal(Buffer.from(Buffer.from(key!.data.SPAWN_STATESTORE_KEY, 'base64').toString(), 'base64').length, 32, 'it holds 32 bytes of base64');
  t.notOk(key!.metadata.ownerReferences, 'the key is not owned: deleting the system does not destroy it');
  for (const [plural, name] of [
    ['configmaps', 'shop-proxy-config'],
    ['serviceaccounts', 'shop-proxy'],
    ['roles', 'shop-proxy'],
    ['rolebindings', 'shop-proxy'],
    ['services', 'shop-proxy'],
  ] as const) {
    const o = server.get(plural, NS, name);
    t.equal(o?.metadata.ownerReferences?.[0]?.uid, system.metadata.uid, `${plural}/${name} is owned by the ActorSystem`);
  }
  t.equal(server.get('configmaps', NS, 'shop-proxy-config')!.data.PROXY_DATABASE_TYPE, 'postgres');

  const pending = await until('ActorHost status', () => {
    const h = server.get('actorhosts', NS, 'typescript-host');
    return condition(h, 'Progressing')?.status === 'True' ? h : undefined;
  });
  t.equal(condition(pending, 'Ready')!.status, 'False', 'not Ready before the Deployment has available pods');
  const host = await hostReady(server);
  t.equal(condition(host, 'Ready')!.observedGeneration, host.metadata.generation);
  t.equal(condition(host, 'Degraded')!.status, 'False');
  t.equal(host.status.readyReplicas, 1);
  t.equal(host.status.actorSystem, 'shop');
  for (const plural of ['deployments', 'services', 'poddisruptionbudgets']) {
    t.equal(server.get(plural, NS, 'typescript-host')?.metadata.ownerReferences?.[0]?.uid, host.metadata.uid, `${plural} is owned by the ActorHost`);
  }
  t.notOk(server.get('horizontalpodautoscalers', NS, 'typescript-host'), 'no HPA without an autoscaler');
  const d = server.get('deployments', NS, 'typescript-host')!;
  const proxy = d.spec.template.spec.containers.find((c: Obj) => c.name === 'spawn-proxy');
  t.same(proxy.envFrom, [{ configMapRef: { name: 'shop-proxy-config' } }]);
  t.equal(proxy.image, 'spawn-proxy:test');
  t.match(
    resourceWrites(server).join('\n'),
    /PATCH \/apis\/apps\/v1\/namespaces\/default\/deployments\/typescript-host/,
    'the Deployment is server-side applied',
  );
  t.ok(
    server.requests.some((r) => r.method === 'PATCH' && r.contentType === 'application/apply-patch+yaml' && /fieldManager=spawn-operator/.test(r.query)),
    'apply carries the field manager',
  );
});

t.test('unchanged: a fresh operator reconciles everything and writes nothing', async (t) => {
  const { server, kubeconfig, op } = await deployExample(t);
  await hostReady(server);
  await op.operator.settled();
  await op.stop();
  const before = server.requests.length;
  const second = await startOperator(t, kubeconfig);
  await second.operator.settled();
  const stats = second.operator.stats();
  t.ok((stats.systems?.runs ?? 0) >= 1 && (stats.hosts?.runs ?? 0) >= 1, 'the new operator did reconcile the system and the host');
  t.ok(
    server.requests.slice(before).some((r) => r.method === 'GET' && r.path.endsWith('/deployments/typescript-host')),
    'it read what the host owns',
  );
  t.same(resourceWrites(server, before), [], 'and wrote nothing');
});

t.test('change: a new image rolls the Deployment; a changed system rolls its hosts', async (t) => {
  const { server, e } = await deployExample(t);
  const ready = await hostReady(server);
  const before = server.get('deployments', NS, 'typescript-host')!;
  server.put('actorhosts', { ...ready, spec: { ...ready.spec, host: { ...ready.spec.host, image: 'spawn-typescript-host:0.2.0' } } });
  const rolled = await until('the new image in the Deployment', () => {
    const d = server.get('deployments', NS, 'typescript-host');
    return d?.spec.template.spec.containers[0].image === 'spawn-typescript-host:0.2.0' ? d : undefined;
  });
  t.ok(rolled.metadata.generation > before.metadata.generation, 'the pod template changed: Kubernetes rolls the pods');
  await until('ActorHost status for generation 2', () => {
    const h = server.get('actorhosts', NS, 'typescript-host');
    return condition(h, 'Progressing')?.status === 'True' && h!.status.observedGeneration === 2;
  });

  const hashBefore = rolled.spec.template.metadata.annotations['spawn-eigr.io/proxy-config-hash'];
  const system = server.get('actorsystems', NS, 'shop')!;
  server.put('actorsystems', { ...system, spec: { ...e.system.spec, statestore: { ...e.system.spec.statestore, pool: { size: 20 } } } });
  await until('the pool size in the ConfigMap', () => server.get('configmaps', NS, 'shop-proxy-config')?.data.PROXY_DATABASE_POOL_SIZE === '20');
  const after = await until('a new config hash on the pod template', () => {
    const d = server.get('deployments', NS, 'typescript-host');
    return d?.spec.template.metadata.annotations['spawn-eigr.io/proxy-config-hash'] !== hashBefore ? d : undefined;
  });
  t.ok(after.metadata.generation > rolled.metadata.generation, 'a change to the ActorSystem rolls its hosts’ pods');
});

t.test('delete: what a resource created goes with it; the statestore key stays', async (t) => {
  const { server } = await deployExample(t);
  await hostReady(server);
  const key = server.get('secrets', NS, 'shop-statestore-key')!;
  server.remove('actorhosts', NS, 'typescript-host');
  for (const plural of ['deployments', 'services', 'poddisruptionbudgets']) {
    await until(`${plural} gone`, () => !server.get(plural, NS, 'typescript-host'));
  }
  server.remove('actorsystems', NS, 'shop');
  for (const [plural, name] of [
    ['configmaps', 'shop-proxy-config'],
    ['serviceaccounts', 'shop-proxy'],
    ['roles', 'shop-proxy'],
    ['rolebindings', 'shop-proxy'],
    ['services', 'shop-proxy'],
  ] as const) {
    await until(`${plural}/${name} gone`, () => !server.get(plural, NS, name));
  }
  t.same(server.get('secrets', NS, 'shop-statestore-key')?.data, key.data, 'the generated key survives, unchanged');
  t.pass('everything owned was garbage-collected');
});

t.test('an expired watch: a re-list, and a reconcile of only what changed meanwhile', async (t) => {
  const { server, op } = await deployExample(t);
  await hostReady(server);
  await op.operator.settled();
  const lists = (): number[] => Object.values(op.operator.stats().informers).map((s) => s.lists);
  const listsBefore = lists();
  const runs = { systems: op.operator.stats().systems!.runs, hosts: op.operator.stats().hosts!.runs };
  const writesBefore = server.requests.length;
  server.expireWatches();
  await until('every informer to list again', () => lists().every((n, i) => n > listsBefore[i]!));
  await op.operator.settled();
  t.same({ systems: op.operator.stats().systems!.runs, hosts: op.operator.stats().hosts!.runs }, runs, 'nothing changed, so nothing was reconciled again');
  t.same(resourceWrites(server, writesBefore), []);

  // A change made while no watch runs is found by the next list, and only it is reconciled.
  server.compact();
  const host = server.get('actorhosts', NS, 'typescript-host')!;
  const listsNow = lists();
  server.put('actorhosts', { ...host, spec: { ...host.spec, sidecar: { settings: { SPAWN_PROXY_LOGGER_LEVEL: 'debug' } } } });
  server.expireWatches();
  await until('every informer to list again', () => lists().every((n, i) => n > listsNow[i]!));
  await until('the new setting in the Deployment', () =>
    server
      .get('deployments', NS, 'typescript-host')
      ?.spec.template.spec.containers[1].env.some((v: Obj) => v.name === 'SPAWN_PROXY_LOGGER_LEVEL' && v.value === 'debug'),
  );
  await op.operator.settled();
  t.equal(op.operator.stats().systems!.runs, runs.systems, 'the unchanged system was not reconciled');
});

t.test('autoscaler: an HPA on CPU and memory; removing it deletes the HPA', async (t) => {
  const { server } = await deployExample(t, (e) => {
    e.system.spec.cluster = { features: { nats: { url: 'nats://nats.nats.svc:4222' } } };
    delete e.host.spec.replicas;
    e.host.spec.autoscaler = { min: 2, max: 5, averageMemoryUtilizationValue: 70 };
  });
  const hpa = await until('the HPA', () => server.get('horizontalpodautoscalers', NS, 'typescript-host'));
  t.match(hpa.spec, { minReplicas: 2, maxReplicas: 5, scaleTargetRef: { kind: 'Deployment', name: 'typescript-host' } });
  t.same(
    hpa.spec.metrics.map((m: Obj) => [m.resource.name, m.resource.target.type, m.resource.target.averageUtilization]),
    [
      ['cpu', 'Utilization', 80],
      ['memory', 'Utilization', 70],
    ],
  );
  const d = server.get('deployments', NS, 'typescript-host')!;
  t.equal(d.spec.replicas, 2, 'a new Deployment starts at the autoscaler’s minimum');
  t.equal(d.spec.strategy.type, 'RollingUpdate', 'with a cluster, pods roll one at a time');
  t.equal(server.get('configmaps', NS, 'shop-proxy-config')!.data.SPAWN_PUBSUB_ADAPTER, 'nats');

  const host = server.get('actorhosts', NS, 'typescript-host')!;
  const spec = { ...host.spec, replicas: 3 };
  delete spec.autoscaler;
  server.put('actorhosts', { ...host, spec });
  await until('the HPA gone', () => !server.get('horizontalpodautoscalers', NS, 'typescript-host'));
  await until('3 replicas', () => server.get('deployments', NS, 'typescript-host')?.spec.replicas === 3);
});

t.test('refusals and missing Secrets surface as conditions; a created Secret is picked up', async (t) => {
  const { server } = await startFakeApi(t).then(async (f) => ({ ...f, op: await startOperator(t, f.kubeconfig) }));
  const e = example(NS);
  server.put('actorsystems', e.system); // its credentials Secret does not exist yet
  const missing = await until('SecretNotFound', () => {
    const s = server.get('actorsystems', NS, 'shop');
    return condition(s, 'Degraded')?.reason === 'SecretNotFound' ? s : undefined;
  });
  t.match(condition(missing, 'Degraded')!.message, /Secret shop-postgres does not exist/);
  server.put('secrets', e.secret);
  await until('Ready once the Secret exists (retried with backoff)', () => condition(server.get('actorsystems', NS, 'shop'), 'Ready')?.status === 'True');

  server.put('actorhosts', { ...e.host, spec: { ...e.host.spec, host: { ...e.host.spec.host, embedded: true } } });
  const refused = await until('InvalidSpec', () => {
    const h = server.get('actorhosts', NS, 'typescript-host');
    return condition(h, 'Degraded')?.reason === 'InvalidSpec' ? h : undefined;
  });
  t.match(condition(refused, 'Degraded')!.message, /host\.embedded: the Elixir SDK with an embedded proxy is not supported/, 'names the refused field');
  t.notOk(server.get('deployments', NS, 'typescript-host'), 'nothing is created for a refused spec');

  const current = server.get('actorhosts', NS, 'typescript-host')!;
  server.put('actorhosts', { ...current, spec: { ...e.host.spec, replicas: 3 } });
  await until('the refusal of 3 replicas without the cluster', () =>
    /more than one pod needs the ActorSystem's cluster/.test(condition(server.get('actorhosts', NS, 'typescript-host'), 'Degraded')?.message ?? ''),
  );
  t.notOk(server.get('deployments', NS, 'typescript-host'), 'still nothing created');

  server.put('actorhosts', { ...e.host, metadata: { ...e.host.metadata, name: 'other', annotations: { 'spawn-eigr.io/actor-system': 'nope' } } });
  const orphan = await until('ActorSystemNotFound', () => {
    const h = server.get('actorhosts', NS, 'other');
    return condition(h, 'Degraded')?.status === 'True' ? h : undefined;
  });
  t.match(condition(orphan, 'Degraded'), { reason: 'InvalidSpec', message: /name different systems/ }, 'spec.actorSystem and the annotation disagree');
});

t.test('the statestore key: an existing one is never overwritten, a generated one never logged', async (t) => {
  const { server, kubeconfig } = await startFakeApi(t);
  const e = example(NS);
  const mine = Buffer.alloc(32, 7).toString('base64');
  server.put('secrets', e.secret);
  server.put('secrets', {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'shop-statestore-key', namespace: NS },
    data: { SPAWN_STATESTORE_KEY: Buffer.from(mine).toString('base64') },
  });
  server.put('actorsystems', e.system);
  const other = structuredClone(e.system);
  other.metadata.name = 'other';
  server.put('actorsystems', other);
  const op = await startOperator(t, kubeconfig);
  await until('both systems Ready', () => ['shop', 'other'].every((n) => condition(server.get('actorsystems', NS, n), 'Ready')?.status === 'True'));
  t.equal(Buffer.from(server.get('secrets', NS, 'shop-statestore-key')!.data.SPAWN_STATESTORE_KEY, 'base64').toString(), mine, 'the existing key is kept');
  const generated = Buffer.from(server.get('secrets', NS, 'other-statestore-key')!.data.SPAWN_STATESTORE_KEY, 'base64').toString();
  t.equal(Buffer.from(generated, 'base64').length, 32);
  const logs = op.logs.join('');
  t.match(logs, /generated the statestore key/, 'the generation is logged');
  t.notOk(logs.includes(generated) || logs.includes(Buffer.from(generated).toString('base64')), 'its value is not');
  t.notOk(
    server.requests.some((r) => r.path.endsWith('/secrets/shop-statestore-key') && r.method !== 'GET'),
    'no write ever went to the existing key Secret',
  );

  // Bringing a key of one's own later: it becomes current, the generated one stays readable.
  const creds = server.get('secrets', NS, 'shop-postgres')!;
  server.put('secrets', { ...creds, data: { ...creds.data, encryptionKey: Buffer.from(Buffer.alloc(32, 9).toString('base64')).toString('base64') } });
  const sys = server.get('actorsystems', NS, 'other')!;
  server.put('actorsystems', { ...sys, metadata: { ...sys.metadata, labels: { touched: 'yes' } } });
  const moved = await until('the credentials key in use', () => {
    const s = server.get('actorsystems', NS, 'other');
    return s?.status?.statestoreKey?.key === 'encryptionKey' ? s : undefined;
  });
  t.same(moved.status.previousStatestoreKey, { name: 'other-statestore-key', key: 'SPAWN_STATESTORE_KEY' });
});
