import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import t from 'tap';
import { loadConfig } from '../../src/control';
import { SpawnError } from '../../src/errors';

t.test('defaults', async (t) => {
  const c = loadConfig({});
  t.equal(c.http.port, 9001);
  t.equal(c.http.bind, '127.0.0.1');
  t.equal(c.http.maxBodyBytes, 16 * 1024 * 1024);
  t.equal(c.host.address, '127.0.0.1');
  t.equal(c.host.port, 8090);
  t.equal(c.invocation.timeoutMs, 60_000);
  t.equal(c.protocolCompat, '1');
  t.equal(c.shutdownTimeoutMs, 25_000);
  t.same(c.host, { address: '127.0.0.1', port: 8090, timeoutMs: 60_000, connections: 64 });
  t.same(c.scheduler, { pollMs: 1000, maxLateMs: 86_400_000 });
  t.same(c.actors, { defaultDeactivateMs: 10_000, defaultSnapshotMs: 2_000 });
  t.same(c.pubsub, { adapter: 'native', natsServers: ['nats://127.0.0.1:4222'], natsPrefix: 'spawn' });
  t.equal(c.logLevel, 'info');
  t.equal(c.metricsEnabled, true);
  t.equal(c.nativeAddon, true);
  t.equal(c.storage.type, 'sqlite');
});

t.test('values are read, trimmed and typed; blank means unset', async (t) => {
  const c = loadConfig({
    PROXY_HTTP_PORT: ' 0 ',
    PROXY_HTTP_BIND: '',
    SPAWN_PUBSUB_ADAPTER: 'NATS',
    SPAWN_PUBSUB_NATS_HOSTS: 'nats://a:4222, nats://b:4222 ,,',
    SPAWN_PUBSUB_NATS_PREFIX: 'acme.spawn',
    SPAWN_DISABLE_METRICS: 'yes',
    SPAWN_NATIVE: '0',
    SPAWN_PROXY_LOGGER_LEVEL: 'Debug',
    PROXY_SHUTDOWN_TIMEOUT_MS: '100',
  });
  t.equal(c.http.port, 0);
  t.equal(c.http.bind, '127.0.0.1', 'blank: the default');
  t.equal(c.pubsub.adapter, 'nats', 'enums are matched in any case and spelled as declared');
  t.same(c.pubsub.natsServers, ['nats://a:4222', 'nats://b:4222']);
  t.equal(c.pubsub.natsPrefix, 'acme.spawn');
  t.equal(c.metricsEnabled, false, 'SPAWN_DISABLE_METRICS=yes turns metrics off');
  t.equal(c.nativeAddon, false, 'SPAWN_NATIVE=0 keeps the JavaScript twins');
  t.equal(c.logLevel, 'debug');
  t.equal(c.shutdownTimeoutMs, 100);
  t.equal(loadConfig({ SPAWN_NATIVE: 'false' }).nativeAddon, false);
  t.equal(loadConfig({ SPAWN_NATIVE: '1' }).nativeAddon, true);
});

t.test('bad values name the variable and a valid form', async (t) => {
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ PROXY_HTTP_PORT: 'abc' }, /PROXY_HTTP_PORT must be an integer between 0 and 65535 \(got 'abc'\)/],
    [{ PROXY_HTTP_PORT: '70000' }, /PROXY_HTTP_PORT must be an integer between 0 and 65535/],
    [{ PROXY_PROTOCOL_COMPAT: '0.4' }, /PROXY_PROTOCOL_COMPAT must be one of 1, 0.5 \(got '0.4'\)/],
    [{ SPAWN_DISABLE_METRICS: 'maybe' }, /SPAWN_DISABLE_METRICS must be true or false/],
    [{ PROXY_SHUTDOWN_TIMEOUT_MS: '99' }, /PROXY_SHUTDOWN_TIMEOUT_MS must be an integer between 100 and 9007199254740991 \(got '99'\)/],
    [{ PROXY_HOST_TIMEOUT_MS: '1.5' }, /PROXY_HOST_TIMEOUT_MS must be an integer between 1 and/],
    [{ SPAWN_PUBSUB_NATS_PREFIX: 'a..b' }, /SPAWN_PUBSUB_NATS_PREFIX must be NATS subject tokens joined by dots, e.g. 'spawn' or 'acme.spawn' \(got 'a..b'\)/],
    [{ SPAWN_NATIVE: 'sometimes' }, /SPAWN_NATIVE must be true or false \(got 'sometimes'\)/],
  ];
  for (const [env, re] of cases) {
    const err = t.throws(() => loadConfig(env)) as SpawnError;
    t.equal(err.code, 'SPAWN_ERR_CONFIG');
    t.match(err.message, re);
  }
});

t.test('one immutable object, with no raw environment in it', async (t) => {
  const c = loadConfig({ PROXY_HTTP_PORT: '9100' });
  t.notOk('env' in c, 'no plane gets the environment to parse later');
  const frozen = (v: unknown, path: string): void => {
    if (typeof v !== 'object' || v === null) return;
    t.ok(Object.isFrozen(v), `${path} is frozen`);
    for (const [k, child] of Object.entries(v)) frozen(child, `${path}.${k}`);
  };
  frozen(c, 'config');
  t.throws(() => ((c.http as { port: number }).port = 1), TypeError);
  t.throws(() => (c.pubsub.natsServers as string[]).push('x'), TypeError);
  t.equal(c.http.port, 9100);
});

t.test('only loadConfig reads the environment (src/, bin/)', async (t) => {
  let root = __dirname;
  while (!existsSync(join(root, 'package.json'))) root = dirname(root);
  const files = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? (e.name === 'generated' ? [] : files(join(dir, e.name))) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );
  // The SDK runs in the actor host's process, not the proxy's: its defaults are the host's own.
  // bin/activator lays its --flags over the environment and hands the result, once, to
  // loadActivatorConfig (src/activators/config-schema.ts, through loadSchema).
  const allowed = new Set(['src/control/config.ts', 'src/sdk/spawn-system.ts', 'bin/activator.ts']);
  const readers = [...files('src'), ...files('bin')].filter((f) => !allowed.has(f) && /process\.env\b/.test(readFileSync(join(root, f), 'utf8')));
  t.same(readers, [], 'these read process.env instead of taking the typed configuration');
  t.match(readFileSync(join(root, 'src/control/config.ts'), 'utf8').match(/process\.env/g), ['process.env'], "config.ts: loadConfig's default argument only");
});
