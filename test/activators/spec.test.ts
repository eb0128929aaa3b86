// The Activator resource and the activator's configuration: both Spawn shapes read into one
// model, errors that name the field, settings under the environment, the operator's
// container, bin/activator's flags and the README's activator tables.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import t from 'tap';
import { protocol } from '../../src/hotpath/codec';
import { CONFIG_GROUPS, renderConfigTables, withConfigTables } from '../../src/control';
import {
  ACTIVATOR_CONFIG_END,
  ACTIVATOR_CONFIG_START,
  ACTIVATOR_SCHEMA_FILE,
  PLUGINS,
  activatorWorkload,
  describeActivatorConfig,
  flagOf,
  planInvocations,
  resolveActivator,
  type ActivatorSpec,
} from '../../src/activators';
import { DIST } from '../support/harness';

const amqpResource = {
  apiVersion: 'spawn-eigr.io/v1',
  kind: 'Activator',
  metadata: { name: 'orders', namespace: 'shop', annotations: { 'spawn-eigr.io/actor-system': 'shop-system' } },
  spec: {
    activator: {
      type: 'AMQP',
      kind: 'deployment',
      replicas: 3,
      externalConnectorRef: 'rabbit-conn',
      settings: { host: 'rabbitmq.shop.svc', port: 5672, vhost: 'orders', credentialsSecretRef: 'rabbit-creds', backpressure: { prefetchCount: 12 } },
    },
    bindings: [
      {
        name: 'created',
        source: { queue: 'orders' },
        sinks: [
          {
            name: 'order',
            to: {
              actor: {
                type: 'named',
                action: 'create',
                actorId: { nameFrom: { strategy: { type: 'metadata', value: 'order-id' }, prefixWith: 'order-', suffixWith: '-x' } },
              },
            },
          },
          { name: 'audit', to: { actor: { type: 'pooled', action: 'record', actorId: { name: 'auditor', system: 'audit-system' } } } },
        ],
      },
    ],
  },
};

const resolve = (env: Record<string, string>): { spec: ActivatorSpec; config: ReturnType<typeof resolveActivator>['config'] } => resolveActivator(env, PLUGINS);

t.test("Spawn v1.4.3's shape: bindings with sources and nested sinks", async (t) => {
  const { spec, config } = resolve({ SPAWN_ACTIVATOR_SPEC: JSON.stringify(amqpResource) });
  t.equal(spec.name, 'orders');
  t.equal(spec.namespace, 'shop');
  t.equal(spec.type, 'amqp', 'the type is read in any case');
  t.equal(spec.system, 'shop-system', 'the actor-system annotation gives the default system');
  t.same(spec.workload, { kind: 'deployment', replicas: 3 });
  t.equal(spec.externalConnectorRef, 'rabbit-conn');
  t.equal(spec.credentialsSecretRef, 'rabbit-creds');
  t.equal(config.concurrency, 12, 'backpressure.prefetchCount is the concurrency');
  t.equal(config.amqp.url, 'amqp://rabbitmq.shop.svc:5672/orders', 'host, port and vhost make the broker URL');
  const b = spec.bindings[0]!;
  t.same(b.source, { queue: 'orders', exchangeType: 'topic', routingKey: '#', deadLetterQueue: 'orders.dead-letter', declare: true });
  t.same(b.sinks[0], {
    name: 'order',
    kind: 'named',
    actorFrom: { strategy: 'metadata', key: 'order-id', prefix: 'order-', suffix: '-x' },
    action: 'create',
    async: false,
    metadata: {},
  });
  t.same(b.sinks[1], { name: 'audit', kind: 'pooled', actor: 'auditor', system: 'audit-system', action: 'record', async: false, metadata: {} });

  const planned = planInvocations(
    b,
    { body: Buffer.from('{"total": 3}'), metadata: { 'order-id': '7', trace: 'abc' }, headerKeys: ['order-id', 'trace'], messageId: 'mid-1' },
    { activator: 'orders', defaultSystem: spec.system, timeoutMs: 5000 },
  );
  const [order, audit] = planned.map((p) => protocol.InvocationRequest.decode(p.body));
  t.equal(order!.actor?.id?.name, 'order-7-x', 'name from metadata with prefix and suffix');
  t.equal(order!.system?.name, 'shop-system');
  t.equal(order!.actionName, 'create');
  t.same(order!.metadata, {
    'order-id': '7',
    trace: 'abc',
    activator: 'orders',
    'activator-binding': 'created',
    'activator-message-id': 'mid-1',
    'request-timeout': '5000',
  });
  t.equal(protocol.JSONType.decode(order!.value!.value!).content, '{"total": 3}', 'the JSON body is the payload, as a JSONType');
  t.equal(audit!.pooled, true, 'pooled sinks invoke with pooled=true');
  t.equal(audit!.system?.name, 'audit-system', "a sink's own system");
});

t.test("Spawn HEAD's shape: bindings {sources, sinks} with sinks naming their sources", async (t) => {
  const { spec, config } = resolve({
    SPAWN_ACTIVATOR_SPEC: JSON.stringify({
      apiVersion: 'spawn-eigr.io/v1',
      kind: 'Activator',
      metadata: { name: 'cron-activator' },
      spec: {
        activator: { type: 'Cron', externalConnectorRef: 'nats-invocation-conn-secret' },
        bindings: {
          sources: [
            { name: 'minute-scheduler', expr: '* * * * *' },
            { name: 'daily-scheduler', expr: '0 0 */1 * *' },
          ],
          sinks: [
            {
              name: 'joe-sink',
              actor: 'joe',
              action: 'setLanguage',
              system: 'spawn-system',
              binding: [{ name: 'minute-scheduler' }, { name: 'daily-scheduler' }],
            },
            { name: 'robert-sink', actor: 'robert', action: 'sum', system: 'spawn-system', binding: [{ name: 'daily-scheduler' }] },
          ],
        },
      },
    }),
  });
  t.equal(spec.type, 'cron');
  t.equal(config.cron.claim, 'nats');
  t.same(
    spec.bindings.map((b) => [b.name, b.sinks.map((s) => s.name)]),
    [
      ['minute-scheduler', ['joe-sink']],
      ['daily-scheduler', ['joe-sink', 'robert-sink']],
    ],
    "Spawn's example: each source with the sinks bound to it",
  );
  t.same(spec.bindings[0]!.source, { expression: '* * * * *', timezone: 'UTC', payload: '' });
});

t.test('a resource that cannot run is refused, naming the field', async (t) => {
  const bad = (mutate: (r: typeof amqpResource) => void): string => {
    const r = structuredClone(amqpResource);
    mutate(r);
    try {
      resolve({ SPAWN_ACTIVATOR_SPEC: JSON.stringify(r) });
    } catch (err) {
      t.equal((err as { code?: string }).code, 'SPAWN_ERR_CONFIG');
      return (err as Error).message;
    }
    return 'accepted';
  };
  t.match(
    bad((r) => (r.spec.activator.type = 'kafka')),
    /spec\.activator\.type must be one of amqp, rabbitmq, nats, jetstream, http, api, cron, scheduler \(got 'kafka'\)/,
    'no plugin: Kafka is not shipped',
  );
  t.match(
    bad((r) => delete (r.spec.bindings[0]!.source as Partial<{ queue: string }>).queue),
    /spec\.bindings\[0\]\.source\.queue must be a non-empty string \(got nothing\)/,
  );
  t.match(
    bad((r) => delete (r.spec.bindings[0]!.sinks[1]!.to.actor as Partial<{ action: string }>).action),
    /spec\.bindings\[0\]\.sinks\[1\]\.to\.actor\.action must be an action name/,
  );
  t.match(
    bad((r) => (r.spec.bindings[0]!.sinks[1]!.to.actor.type = 'unnamed')),
    /sinks\[1\]\.to\.actor\.actorId\.parent must be the template/,
  );
  t.match(
    bad((r) => (r.spec.activator.settings.backpressure.prefetchCount = 0)),
    /spec\.activator\.settings\.backpressure\.prefetchCount must be an integer between 1 and 65535 \(got 0\)/,
  );
  t.match(
    bad((r) => (r.spec.bindings = [])),
    /spec\.bindings must be at least one binding/,
  );
  t.match(
    bad((r) => (r.kind = 'ActorHost')),
    /resource\.kind must be 'Activator'/,
  );
  t.throws(() => resolve({ SPAWN_ACTIVATOR_SPEC: '{not yaml: [' }), /SPAWN_ACTIVATOR_SPEC is not YAML or JSON/);
  t.throws(() => resolve({}), /nothing to run/);
  t.throws(() => resolve({ SPAWN_ACTIVATOR_TYPE: 'amqp', SPAWN_ACTIVATOR_ACTION: 'a' }), /SPAWN_ACTIVATOR_ACTOR must be an actor name/);
  t.throws(
    () => resolve({ SPAWN_ACTIVATOR_TYPE: 'cron', SPAWN_ACTIVATOR_ACTOR: 'a', SPAWN_ACTIVATOR_ACTION: 'b', SPAWN_ACTIVATOR_CRON: 'every day' }),
    /SPAWN_ACTIVATOR_CRON must be a cron expression/,
  );
});

t.test('a variable that is set wins over the resource; the resource over the defaults', async (t) => {
  const { config } = resolve({
    SPAWN_ACTIVATOR_SPEC: JSON.stringify(amqpResource),
    SPAWN_ACTIVATOR_CONCURRENCY: '3',
    SPAWN_ACTIVATOR_AMQP_URL: 'amqp://elsewhere:5673',
  });
  t.equal(config.concurrency, 3);
  t.equal(config.amqp.url, 'amqp://elsewhere:5673');
  t.equal(config.maxRetries, 5, 'unset in both: the default');
});

t.test("the operator's container for an Activator", async (t) => {
  const applied = {
    ...amqpResource,
    metadata: { ...amqpResource.metadata, annotations: { ...amqpResource.metadata.annotations, 'kubectl.kubernetes.io/last-applied-configuration': '{}' } },
  };
  const w = activatorWorkload(applied, { system: 'shop-system', proxyUrl: 'http://shop-system-proxy.shop.svc:9001' });
  t.equal(w.replicas, 3);
  t.same(w.command, ['node', 'dist/bin/activator.js']);
  t.same(w.port, { name: 'http', containerPort: 9090 });
  const env = new Map(w.env.map((e) => [e.name, e]));
  t.same(env.get('SPAWN_PROXY_URL'), { name: 'SPAWN_PROXY_URL', value: 'http://shop-system-proxy.shop.svc:9001' });
  t.same(
    env.get('SPAWN_ACTIVATOR_AMQP_URL'),
    { name: 'SPAWN_ACTIVATOR_AMQP_URL', valueFrom: { secretKeyRef: { name: 'rabbit-conn', key: 'url' } } },
    'the connector Secret is referenced, not copied',
  );
  t.same(env.get('SPAWN_ACTIVATOR_AMQP_PASSWORD'), {
    name: 'SPAWN_ACTIVATOR_AMQP_PASSWORD',
    valueFrom: { secretKeyRef: { name: 'rabbit-creds', key: 'password' } },
  });
  const carried = JSON.parse((env.get('SPAWN_ACTIVATOR_SPEC') as { value: string }).value) as { metadata: { annotations: object } };
  t.same(carried.metadata.annotations, { 'spawn-eigr.io/actor-system': 'shop-system' }, 'only the annotation bin/activator reads travels');
  // What the container gets is what bin/activator reads back.
  const plain: Record<string, string> = {};
  for (const e of w.env) if ('value' in e) plain[e.name] = e.value;
  const back = resolve(plain);
  t.same(back.spec, w.spec, 'bin/activator reads the same activator from that environment');
  t.equal(back.config.httpBind, '0.0.0.0');
  t.throws(
    () => activatorWorkload({ ...amqpResource, spec: { ...amqpResource.spec, bindings: [] } }, { system: 's', proxyUrl: 'http://p:9001' }),
    /spec\.bindings/,
    'a resource bin/activator would refuse fails at reconcile time',
  );
});

t.test('bin/activator: flags named after the variables, unknown arguments refused with a usage line', async (t) => {
  const bin = join(DIST, 'bin', 'activator.js');
  const bad = spawnSync(process.execPath, [bin, '--bogus'], { encoding: 'utf8' });
  t.equal(bad.status, 64);
  t.match(bad.stderr, /unknown argument '--bogus'\nusage: spawn-activator/);
  const missing = spawnSync(process.execPath, [bin, '--amqp-queue'], { encoding: 'utf8' });
  t.equal(missing.status, 64);
  t.match(missing.stderr, /--amqp-queue needs a value/);
  const out = execFileSync(process.execPath, [bin, '--type', 'amqp', '--amqp-queue=orders', '--actor', 'a', '--action', 'go', '--async', '--check'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
  });
  const checked = JSON.parse(out) as { spec: ActivatorSpec };
  t.equal((checked.spec.bindings[0]!.source as { queue: string }).queue, 'orders');
  t.equal(checked.spec.bindings[0]!.sinks[0]!.async, true, 'a bool flag alone means true');
  const config = spawnSync(process.execPath, [bin, '--concurrency', 'lots', '--check'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  t.equal(config.status, 78);
  t.match(config.stderr, /SPAWN_ACTIVATOR_CONCURRENCY must be an integer between 1 and 65535 \(got 'lots'\)/);
  t.equal(flagOf('SPAWN_PROXY_URL'), '--proxy-url');
});

t.test("README.md's activator tables are the schema's rendering", async (t) => {
  let root = __dirname;
  while (!existsSync(join(root, 'package.json'))) root = dirname(root);
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const tables = renderConfigTables(describeActivatorConfig(), ACTIVATOR_SCHEMA_FILE);
  t.equal(
    readme,
    withConfigTables(readme, tables, { start: ACTIVATOR_CONFIG_START, end: ACTIVATOR_CONFIG_END }),
    'stale: run `npm run config:docs` and commit README.md',
  );
  for (const e of describeActivatorConfig()) {
    t.ok(e.description.length > 10 && /[.)]$/.test(e.description), `${e.env} has a one-sentence description`);
    t.ok(e.group.startsWith('activator') && CONFIG_GROUPS[e.group] === e.groupTitle, `${e.env} is in an activator table`);
  }
});
