// The Activator reconciler: the renderer (shared with `spawn-proxy render`) and the operator
// against the fake API server (fake-apiserver.ts) through the real client: create ->
// Deployment (+ Service for HTTP) owned by the Activator, with the env bin/activator reads;
// change -> rolled; unchanged -> zero writes; delete -> garbage; conditions for what is missing
// or refused. And the rendered container's env, run as a real bin/activator process against a
// real proxy and host (what a pod would do, minus Kubernetes).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import t, { type Test } from 'tap';
import { request } from 'undici';
import { describeActivatorConfig, resolveActivator } from '../../src/activators';
import { renderDocuments, validateObject, type ActorSystem } from '../../src/operator';
import type { Activator } from '../../src/operator/crds';
import { renderActivator } from '../../src/operator/render-activator';
import { renderActorHost } from '../../src/operator/render-host';
import { SpecError, renderActorSystem, statestoreKeys } from '../../src/operator/render-system';
import type { Obj } from './fake-apiserver';
import { condition, example, resourceWrites, rolledOut, startFakeApi, startOperator, until } from './support';
import { startActivator } from '../activators/support';
import { actor, register, startHost, startProxy } from '../support/harness';

const NS = 'default';
const OPTIONS = { proxyImage: 'spawn-proxy:test' };

/** The example's HTTP activator (deploy/examples/typescript-host.yaml). */
function webhook(ns = NS): Activator {
  return example(ns).activator as Activator;
}

function amqp(ns = NS): Activator {
  return {
    apiVersion: 'spawn-eigr.io/v1',
    kind: 'Activator',
    metadata: { name: 'order-events', namespace: ns, annotations: { 'spawn-eigr.io/actor-system': 'shop' } },
    spec: {
      activator: { type: 'AMQP', replicas: 2, externalConnectorRef: 'rabbitmq-connector', settings: { backpressure: { prefetchCount: 8 } } },
      bindings: [{ name: 'created', source: { queue: 'orders' }, sinks: [{ name: 'order', to: { actor: { action: 'place', actorId: { name: 'orders' } } } }] }],
    },
  };
}

const envOf = (d: Obj): Obj[] => d.spec.template.spec.containers[0].env;
const valueOf = (d: Obj, name: string): string | undefined => envOf(d).find((e) => e.name === name)?.value;

function refusal(a: Activator): string {
  try {
    renderActivator(a, OPTIONS);
  } catch (err) {
    if (err instanceof SpecError) return err.message;
    throw err;
  }
  return '';
}

t.test('render: a Deployment running bin/activator with the env it reads, a Service for HTTP', async (t) => {
  const a = webhook('ns');
  const o = renderActivator(a, OPTIONS);
  t.equal(o.system, 'shop');
  t.equal(o.proxyUrl, 'http://shop-proxy.ns.svc:9001', "the ActorSystem's Service");
  const d = o.deployment as Obj;
  const c = d.spec.template.spec.containers[0];
  t.equal(c.image, 'spawn-proxy:test', 'the proxy image');
  t.same(c.command, ['node', 'dist/bin/activator.js']);
  t.same(c.ports, [{ name: 'http', containerPort: 8080, protocol: 'TCP' }], "the HTTP source's settings.port");
  t.equal(c.readinessProbe.httpGet.path, '/health/readiness');
  t.equal(d.spec.replicas, 1);
  t.equal(d.spec.template.spec.terminationGracePeriodSeconds, 30, 'SPAWN_ACTIVATOR_SHUTDOWN_TIMEOUT_MS 25 s + 5 s');
  t.equal(d.spec.template.spec.enableServiceLinks, false);
  t.same(d.spec.selector.matchLabels, { 'spawn-eigr.io/activator': 'order-webhook' });
  t.equal(d.spec.template.metadata.labels['app.kubernetes.io/component'], 'activator', "not an actor-host pod: the system's Service does not select it");
  t.match(d.spec.template.metadata.annotations, { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '8080' });
  t.notOk(d.metadata.ownerReferences, 'no owner reference offline (no uid)');
  t.same(
    (o.service as Obj).spec.ports.map((p: Obj) => [p.name, p.port, p.targetPort]),
    [['http', 8080, 'http']],
  );

  const names = new Set(describeActivatorConfig().map((e) => e.env));
  t.same(
    envOf(d).filter((e) => !names.has(e.name)),
    [],
    "every variable is one of bin/activator's schema (src/activators/config-schema.ts)",
  );
  const plain: Record<string, string> = {};
  for (const e of envOf(d)) if (e.value !== undefined) plain[e.name] = e.value;
  const back = resolveActivator(plain);
  t.equal(back.config.proxyUrl, 'http://shop-proxy.ns.svc:9001');
  t.equal(back.config.httpBind, '0.0.0.0');
  t.equal(back.config.httpPort, 8080);
  t.equal(back.spec.name, 'order-webhook');
  t.equal(back.spec.system, 'shop');
  t.same(
    back.spec.bindings.map((b) => [b.name, (b.source as Obj).path, b.sinks.map((s) => `${s.actor}.${s.action}`)]),
    [['place-order', '/orders', ['orders.place']]],
    'bin/activator reads the resource from SPAWN_ACTIVATOR_SPEC',
  );
  for (const obj of [o.deployment, o.service!]) t.same(await validateObject(obj as Obj), [], `${obj.kind} validates offline`);

  const noAnnotation = webhook('ns');
  delete noAnnotation.metadata.annotations;
  const def = renderActivator(noAnnotation, OPTIONS);
  t.equal(def.proxyUrl, 'http://spawn-system-proxy.ns.svc:9001', 'no annotation: spawn-system, as bin/activator reads it');
  t.equal(valueOf(def.deployment as Obj, 'SPAWN_ACTIVATOR_SYSTEM'), 'spawn-system');
});

t.test('the rendered container runs: bin/activator, with its env, invokes the actor through SPAWN_PROXY_URL', async (t) => {
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port) });
  await register(proxy, 'shop', [actor('orders', { actions: ['echo'] })]);
  const a = webhook();
  (a.spec.bindings as Obj).sinks[0].action = 'echo';
  const c = (renderActivator(a, OPTIONS).deployment as Obj).spec.template.spec.containers[0];
  let root = __dirname;
  while (!existsSync(join(root, 'package.json'))) root = dirname(root);
  t.ok(existsSync(join(root, c.command[1])), `the command's script ${c.command[1]} is what the build produces (the image's working directory)`);
  const env: Record<string, string> = {};
  for (const e of c.env as Obj[]) if (e.value !== undefined) env[e.name] = e.value;
  // What only the cluster provides: the system's Service (here the proxy itself) and the pod's
  // own network namespace (here a free port on the loopback).
  const act = await startActivator(t, { ...env, SPAWN_PROXY_URL: proxy.url, SPAWN_ACTIVATOR_HTTP_PORT: '0', SPAWN_ACTIVATOR_HTTP_BIND: '127.0.0.1' });
  const base = `http://127.0.0.1:${act.port}`;
  for (const probe of [c.startupProbe, c.livenessProbe, c.readinessProbe]) {
    const r = await request(`${base}${probe.httpGet.path}`);
    await r.body.dump();
    t.equal(r.statusCode, 200, `probe ${probe.httpGet.path} answers 200`);
  }
  const r = await request(`${base}/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ item: 'tea' }) });
  t.equal(r.statusCode, 200);
  t.same(await r.body.json(), { item: 'tea' }, "the actor's reply: the webhook reached orders.echo in system shop");
  const call = (await host.calls()).find((x) => x.action === 'echo');
  t.equal(call?.metadata.activator, 'order-webhook', 'named after the resource');
  t.equal(await act.stop('SIGTERM'), 0, 'SIGTERM: a clean exit (within the grace period the pod gets)');
});

t.test('render: a broker activator gets no Service, and its Secrets by reference', async (t) => {
  const o = renderActivator(amqp('ns'), OPTIONS);
  t.notOk(o.service, 'no Service without an HTTP source');
  const d = o.deployment as Obj;
  t.equal(d.spec.replicas, 2);
  t.same(
    envOf(d).find((e) => e.name === 'SPAWN_ACTIVATOR_AMQP_URL'),
    { name: 'SPAWN_ACTIVATOR_AMQP_URL', valueFrom: { secretKeyRef: { name: 'rabbitmq-connector', key: 'url' } } },
    'the connector Secret is referenced, never copied',
  );
  t.same(d.spec.template.spec.containers[0].ports, [{ name: 'http', containerPort: 9090, protocol: 'TCP' }], '/metrics and /health on the default port');
  t.same(await validateObject(d), []);
});

t.test('render: what bin/activator or Kubernetes would refuse is refused, naming the field', async (t) => {
  const noBindings = webhook();
  noBindings.spec.bindings = [];
  t.match(refusal(noBindings), /bin\/activator would refuse it: spec\.bindings/);
  const badSink = amqp();
  (badSink.spec.bindings as Obj[])[0]!.sinks[0].to.actor.action = undefined;
  t.match(refusal(badSink), /spec\.bindings\[0\]\.sinks\[0\]\.to\.actor\.action must be/);
  const unknownType = webhook();
  unknownType.spec.activator.type = 'kafka';
  t.match(refusal(unknownType), /spec\.activator\.type must be one of amqp/);
  const daemon = amqp();
  daemon.spec.activator.kind = 'daemonset';
  t.match(refusal(daemon), /activator\.kind daemonset: the operator runs activators as a Deployment only/);
  const freePort = webhook();
  freePort.spec.activator.settings = { port: 0 };
  t.match(refusal(freePort), /settings\.port 0/);
  const dotted = webhook();
  dotted.metadata.name = 'order.webhook';
  t.match(refusal(dotted), /an HTTP activator's Service needs a DNS label/);
  const unknownField = webhook();
  (unknownField.spec.activator as Obj).image = 'x';
  t.match(refusal(unknownField), /activator\.image: unknown field/, "the CRD's schema, as the API server applies it");
});

t.test('render -f: Activators are rendered by the same code, with or without their ActorSystem in the file', async (t) => {
  const e = example(NS);
  const all = renderDocuments([e.secret, e.system, e.host, e.activator], { namespace: NS, ...OPTIONS });
  const fromFile = all.objects.filter((o) => (o as Obj).metadata.name === 'order-webhook');
  t.same(
    fromFile.map((o) => (o as Obj).kind),
    ['Deployment', 'Service'],
  );
  const direct = renderActivator(e.activator as Activator, OPTIONS);
  t.same(fromFile, [direct.deployment, direct.service], 'the objects the reconciler applies');
  t.notMatch(all.notes.join('\n'), /not rendered/);
  const alone = renderDocuments([e.activator], { namespace: NS, ...OPTIONS });
  t.equal(alone.objects.length, 2, 'an Activator alone renders too (only its system’s name is read)');
  const bad = structuredClone(e.activator);
  bad.spec.bindings = { sources: [] };
  t.throws(() => renderDocuments([bad], { namespace: NS, ...OPTIONS }), /Activator default\/order-webhook: .*spec\.bindings\.sources/);
});

t.test("the ActorSystem's Service selects every proxy of the system and no activator", async (t) => {
  const e = example('ns');
  const system = e.system as ActorSystem;
  const svc = renderActorSystem(system, statestoreKeys(system, false, false)).service as Obj;
  t.equal(svc.metadata.name, 'shop-proxy');
  t.same(svc.spec.ports, [{ name: 'proxy-http', port: 9001, targetPort: 'proxy-http', protocol: 'TCP' }], "each pod's named proxy port");
  const selects = (labels: Record<string, string>): boolean => Object.entries(svc.spec.selector as Record<string, string>).every(([k, v]) => labels[k] === v);
  const keys = statestoreKeys(system, false, false);
  const hostPods = renderActorHost(e.host as never, system, keys, OPTIONS).deployment.spec!.template.metadata!.labels!;
  t.ok(selects(hostPods), "the host's pods");
  t.notOk(selects(renderActivator(webhook('ns'), OPTIONS).deployment.spec!.template.metadata!.labels!), 'not the activator’s pods');
  t.same(await validateObject(svc), []);
});

async function deploy(t: Test, activator: Activator = webhook()) {
  const { server, kubeconfig } = await startFakeApi(t);
  const e = example(NS);
  server.put('secrets', e.secret);
  server.put('actorsystems', e.system);
  server.put('activators', activator as unknown as Obj);
  const op = await startOperator(t, kubeconfig);
  return { server, kubeconfig, op };
}

const activatorStatus = (server: Awaited<ReturnType<typeof deploy>>['server'], name = 'order-webhook') => server.get('activators', NS, name);

async function activatorReady(server: Awaited<ReturnType<typeof deploy>>['server'], name = 'order-webhook'): Promise<Obj> {
  const d = await until('the Deployment', () => server.get('deployments', NS, name));
  server.setStatus('deployments', NS, name, rolledOut(d));
  return until('Activator Ready', () => {
    const a = activatorStatus(server, name);
    return condition(a, 'Ready')?.status === 'True' && a!.status.observedGeneration === a!.metadata.generation ? a : undefined;
  });
}

t.test('create: a Deployment and a Service owned by the Activator, then Ready', async (t) => {
  const { server } = await deploy(t);
  const pending = await until('Progressing', () => {
    const a = activatorStatus(server);
    return condition(a, 'Progressing')?.status === 'True' ? a : undefined;
  });
  t.equal(condition(pending, 'Ready')!.status, 'False', 'not Ready before the Deployment has available pods');
  const a = await activatorReady(server);
  t.equal(condition(a, 'Ready')!.observedGeneration, a.metadata.generation);
  t.equal(condition(a, 'Degraded')!.status, 'False');
  t.match(a.status, { actorSystem: 'shop', proxyUrl: 'http://shop-proxy.default.svc:9001', replicas: 1, readyReplicas: 1 });
  for (const plural of ['deployments', 'services']) {
    const o = server.get(plural, NS, 'order-webhook')!;
    t.match(
      o.metadata.ownerReferences,
      [{ kind: 'Activator', name: 'order-webhook', uid: a.metadata.uid, controller: true }],
      `${plural} is owned by the Activator`,
    );
  }
  const d = server.get('deployments', NS, 'order-webhook')!;
  t.equal(d.spec.template.spec.containers[0].image, 'spawn-proxy:test', "the operator's --proxy-image");
  t.equal(valueOf(d, 'SPAWN_PROXY_URL'), 'http://shop-proxy.default.svc:9001');
  t.equal(JSON.parse(valueOf(d, 'SPAWN_ACTIVATOR_SPEC')!).spec.bindings.sources[0].path, '/orders', 'the resource travels in SPAWN_ACTIVATOR_SPEC');
  await until("the system's Service the activator calls", () => server.get('services', NS, 'shop-proxy'));
  t.ok(
    server.requests.some((r) => r.method === 'PATCH' && r.path.endsWith('/deployments/order-webhook') && r.contentType === 'application/apply-patch+yaml'),
    'server-side applied',
  );
});

t.test('unchanged: a fresh operator reconciles the Activator and writes nothing', async (t) => {
  const { server, kubeconfig, op } = await deploy(t);
  await activatorReady(server);
  await op.operator.settled();
  await op.stop();
  const before = server.requests.length;
  const second = await startOperator(t, kubeconfig);
  await second.operator.settled();
  t.ok((second.operator.stats().activators?.runs ?? 0) >= 1, 'the new operator did reconcile the Activator');
  t.ok(
    server.requests.slice(before).some((r) => r.method === 'GET' && r.path.endsWith('/deployments/order-webhook')),
    'it read the Deployment',
  );
  t.same(resourceWrites(server, before), [], 'and wrote nothing');
});

t.test('change: a new binding rolls the Deployment; a broker source drops the Service', async (t) => {
  const { server } = await deploy(t);
  const ready = await activatorReady(server);
  const before = server.get('deployments', NS, 'order-webhook')!;
  const spec = structuredClone(ready.spec);
  spec.bindings.sources[0].path = '/v2/orders';
  server.put('activators', { ...ready, spec });
  const rolled = await until('the new path in the Deployment', () => {
    const d = server.get('deployments', NS, 'order-webhook');
    return d && JSON.parse(valueOf(d, 'SPAWN_ACTIVATOR_SPEC')!).spec.bindings.sources[0].path === '/v2/orders' ? d : undefined;
  });
  t.ok(rolled.metadata.generation > before.metadata.generation, 'the pod template changed: Kubernetes rolls the pods');
  await until('status for generation 2', () => {
    const a = activatorStatus(server);
    return condition(a, 'Progressing')?.status === 'True' && a!.status.observedGeneration === 2;
  });

  server.put('secrets', {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'rabbitmq-connector', namespace: NS },
    data: { url: Buffer.from('amqp://rabbitmq:5672').toString('base64') },
  });
  const current = activatorStatus(server)!;
  const a = amqp();
  server.put('activators', { ...current, spec: a.spec });
  await until('the Service gone', () => !server.get('services', NS, 'order-webhook'));
  const d = await until('the AMQP Deployment', () => {
    const x = server.get('deployments', NS, 'order-webhook');
    return x?.spec.replicas === 2 ? x : undefined;
  });
  t.same(envOf(d).find((e) => e.name === 'SPAWN_ACTIVATOR_AMQP_URL')?.valueFrom, { secretKeyRef: { name: 'rabbitmq-connector', key: 'url' } });
});

t.test('delete: the Deployment and Service go with the Activator', async (t) => {
  const { server, op } = await deploy(t);
  await activatorReady(server);
  // A reconcile in flight could apply the Deployment again after the collector ran; a real
  // garbage collector also removes dependents whose owner is gone, the fake one does not.
  await op.operator.settled();
  server.remove('activators', NS, 'order-webhook');
  for (const plural of ['deployments', 'services']) await until(`${plural} gone`, () => !server.get(plural, NS, 'order-webhook'));
  t.ok(server.get('services', NS, 'shop-proxy'), "the system's Service stays: it is the system's");
});

t.test('conditions: a missing system or Secret waits, a refused spec creates nothing', async (t) => {
  const { server, kubeconfig } = await startFakeApi(t);
  await startOperator(t, kubeconfig);
  const e = example(NS);
  server.put('activators', amqp() as unknown as Obj);
  const noSystem = await until('ActorSystemNotFound', () => {
    const a = activatorStatus(server, 'order-events');
    return condition(a, 'Degraded')?.reason === 'ActorSystemNotFound' ? a : undefined;
  });
  t.match(condition(noSystem, 'Degraded')!.message, /ActorSystem shop does not exist in namespace default/);
  t.equal(condition(noSystem, 'Ready')!.observedGeneration, noSystem.metadata.generation);
  t.notOk(server.get('deployments', NS, 'order-events'), 'nothing created without the system');

  server.put('secrets', e.secret);
  server.put('actorsystems', e.system);
  const noSecret = await until('SecretNotFound once the system exists', () => {
    const a = activatorStatus(server, 'order-events');
    return condition(a, 'Degraded')?.reason === 'SecretNotFound' ? a : undefined;
  });
  t.match(condition(noSecret, 'Degraded')!.message, /Secret rabbitmq-connector does not exist/);
  t.notOk(server.get('deployments', NS, 'order-events'), 'nothing created while the connector Secret is missing');
  server.put('secrets', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'rabbitmq-connector', namespace: NS }, data: { host: 'eA==' } });
  await until('SecretIncomplete (retried with backoff)', () =>
    /Secret rabbitmq-connector lacks the key\(s\) url/.test(condition(activatorStatus(server, 'order-events'), 'Degraded')?.message ?? ''),
  );
  server.put('secrets', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'rabbitmq-connector', namespace: NS }, data: { url: 'eA==' } });
  await activatorReady(server, 'order-events');

  const current = activatorStatus(server, 'order-events')!;
  const spec = structuredClone(current.spec);
  spec.bindings[0].sinks[0].to.actor.action = undefined;
  server.put('activators', { ...current, spec });
  const refused = await until('InvalidSpec', () => {
    const a = activatorStatus(server, 'order-events');
    return condition(a, 'Degraded')?.reason === 'InvalidSpec' ? a : undefined;
  });
  t.match(condition(refused, 'Degraded')!.message, /spec\.bindings\[0\]\.sinks\[0\]\.to\.actor\.action must be/, 'names the field');
  t.equal(refused.status.observedGeneration, refused.metadata.generation);
  t.equal(
    JSON.parse(valueOf(server.get('deployments', NS, 'order-events')!, 'SPAWN_ACTIVATOR_SPEC')!).spec.bindings[0].sinks[0].to.actor.action,
    'place',
    'the running Deployment is left as it was',
  );
});
