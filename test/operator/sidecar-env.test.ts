// The operator and the proxy share one configuration schema: every setting is placed
// (operator-set, from the ActorSystem, or tunable per host), the CRD's settings are the
// schema's, and the sidecar gets no variable the proxy does not know.
import t from 'tap';
import { describeConfig } from '../../src/control';
import { specSchema, type ActorHost, type ActorSystem } from '../../src/operator';
import { renderActorHost } from '../../src/operator/render-host';
import { proxyConfigData, statestoreKeys } from '../../src/operator/render-system';
import { OPERATOR_SET, SYSTEM_SET, settingSchema, settingsSchema, tunableEntries, unplacedGroups, unsourcedSecrets } from '../../src/operator/sidecar-settings';
import { example } from './support';

t.test('every group of the schema is placed, every secret of the sidecar has a source', async (t) => {
  t.same(unplacedGroups(), [], 'a new group in src/control/settings.ts must go into SIDECAR_GROUPS or NON_SIDECAR_GROUPS (src/operator/sidecar-settings.ts)');
  t.same(unsourcedSecrets(), [], 'a new secret setting of the sidecar needs a source in SYSTEM_SET or OPERATOR_SET');
  const names = new Set(describeConfig().map((e) => e.env));
  for (const env of [...Object.keys(OPERATOR_SET), ...Object.keys(SYSTEM_SET)]) t.ok(names.has(env), `${env} (placed by the operator) is in the schema`);
});

t.test("the CRD's sidecar settings are the schema's tunable settings, typed and bounded alike", async (t) => {
  const crd = specSchema('ActorHost').properties!.sidecar!.properties!.settings!;
  t.same(crd, settingsSchema());
  const tunable = tunableEntries();
  t.same(
    Object.keys(crd.properties!),
    tunable.map((e) => e.env),
  );
  t.ok(tunable.length >= 20, `most settings are tunable (${tunable.length})`);
  for (const e of tunable) {
    const s = crd.properties![e.env]!;
    if (e.type === 'int' || e.type === 'duration') {
      t.equal(s.type, 'integer', e.env);
      if (e.max !== undefined) t.equal(s.maximum, e.max, `${e.env} max`);
    }
    if (e.type === 'enum') t.same(s.enum, e.allowed, `${e.env} values`);
    if (e.type === 'bool') t.equal(s.type, 'boolean', e.env);
  }
  t.equal(crd.properties!.PROXY_HTTP_PORT!.minimum, 1, 'port 0 (a free port) is not offered: probes need the port');
  t.throws(() => settingSchema(describeConfig().find((e) => e.secret)!), /is a secret/);
});

t.test('the sidecar gets only variables of the schema', async (t) => {
  const e = example('ns');
  const system = e.system as ActorSystem;
  system.spec.cluster = { features: { nats: { url: 'nats://n:4222' } } };
  const host = e.host as ActorHost;
  host.spec.sidecar = {
    settings: Object.fromEntries(
      tunableEntries()
        .filter((x) => x.type === 'bool')
        .map((x) => [x.env, false]),
    ),
  };
  const keys = statestoreKeys(system, true, true);
  const d = renderActorHost(host, system, keys, { proxyImage: 'p' }).deployment;
  const proxy = d.spec!.template.spec!.containers.find((c) => c.name === 'spawn-proxy')!;
  const names = [...proxy.env!.map((v) => v.name), ...Object.keys(proxyConfigData(system))];
  const schema = new Set(describeConfig().map((x) => x.env));
  const unknown = names.filter((n) => !schema.has(n));
  t.same(unknown, [], 'no variable the proxy does not know');
  for (const n of ['PROXY_CLUSTER_STRATEGY', 'SPAWN_INTERNAL_NATS_HOSTS', 'PROXY_CLUSTER_PREFIX', 'PROXY_CLUSTER_MEMBER_NAME'])
    t.ok(names.includes(n), `${n} is set`);
  t.equal(new Set(proxy.env!.map((v) => v.name)).size, proxy.env!.length, 'no variable twice');
});
