// The schema itself: complete, self-consistent, and never a channel for secrets.
import { inspect } from 'node:util';
import t from 'tap';
import { CONFIG_GROUPS, DATABASE_TYPES, Secret, describeConfig, loadConfig, renderConfigTables } from '../../src/control';
import { readSettings } from '../../src/control/config';
import { schemaSettings } from '../../src/control/config-schema';
import { SpawnError } from '../../src/errors';

const settings = schemaSettings();
const entries = describeConfig();

t.test('every variable the proxy has ever read keeps its name', async (t) => {
  t.same(entries.map((e) => e.env).sort(), [
    'OTEL_EXPORTER_OTLP_ENDPOINT',
    'OTEL_EXPORTER_OTLP_PROTOCOL',
    'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
    'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL',
    'OTEL_SERVICE_NAME',
    'PROXY_ADMIN_TOKEN',
    'PROXY_CLUSTER_LEASE_MS',
    'PROXY_CLUSTER_MEMBER_NAME',
    'PROXY_CLUSTER_PREFIX',
    'PROXY_CLUSTER_STRATEGY',
    'PROXY_DATABASE_HISTORY_REVISIONS',
    'PROXY_DATABASE_HOST',
    'PROXY_DATABASE_NAME',
    'PROXY_DATABASE_PG_DRIVER',
    'PROXY_DATABASE_POOL_SIZE',
    'PROXY_DATABASE_PORT',
    'PROXY_DATABASE_QUEUE_TARGET',
    'PROXY_DATABASE_SECRET',
    'PROXY_DATABASE_SSL',
    'PROXY_DATABASE_SSL_VERIFY',
    'PROXY_DATABASE_TYPE',
    'PROXY_DATABASE_USERNAME',
    'PROXY_DATA_DIR',
    'PROXY_DEFAULT_DEACTIVATE_MS',
    'PROXY_DEFAULT_SNAPSHOT_MS',
    'PROXY_HOST_CONNECTIONS',
    'PROXY_HOST_TIMEOUT_MS',
    'PROXY_HTTP_BIND',
    'PROXY_HTTP_PORT',
    'PROXY_INVOKE_TIMEOUT_MS',
    'PROXY_MAX_BODY_BYTES',
    'PROXY_NODE_NAME',
    'PROXY_PROTOCOL_COMPAT',
    'PROXY_SCHEDULER_MAX_LATE_MS',
    'PROXY_SCHEDULER_POLL_MS',
    'PROXY_SHUTDOWN_TIMEOUT_MS',
    'PROXY_SNAPSHOT_BATCH_SIZE',
    'PROXY_SNAPSHOT_MAX_BACKOFF_MS',
    'PROXY_SNAPSHOT_SHARDS',
    'SPAWN_DISABLE_METRICS',
    'SPAWN_INTERNAL_NATS_HOSTS',
    'SPAWN_NATIVE',
    'SPAWN_PROXY_LOGGER_LEVEL',
    'SPAWN_PUBSUB_ADAPTER',
    'SPAWN_PUBSUB_NATS_HOSTS',
    'SPAWN_PUBSUB_NATS_PREFIX',
    'SPAWN_STATESTORE_KEY',
    'SPAWN_STATESTORE_KEY_PREVIOUS',
    'USER_FUNCTION_HOST',
    'USER_FUNCTION_PORT',
  ]);
});

t.test('every entry is described once, in a known plane', async (t) => {
  t.equal(new Set(entries.map((e) => e.env)).size, entries.length, 'one entry per variable');
  t.equal(new Set(entries.map((e) => e.path)).size, entries.length, 'one entry per config path');
  for (const e of entries) {
    t.match(e.env, /^[A-Z][A-Z0-9_]*$/);
    t.ok(e.description.length > 10 && !e.description.includes('\n'), `${e.env} has a one-line description`);
    t.match(e.description, /[.)]$/, `${e.env}: the description is a sentence`);
    t.ok(e.defaultText.length > 0, `${e.env} documents its default`);
    t.ok(e.groupTitle === CONFIG_GROUPS[e.group], `${e.env} is in a known plane`);
    t.ok(e.expects.length > 0, `${e.env} says what a valid value looks like`);
  }
  t.same(JSON.parse(JSON.stringify(entries)), entries, 'the description is plain data (for an operator to generate CRD fields from)');
});

t.test('defaults parse under their own validator, for every database type', async (t) => {
  for (const type of DATABASE_TYPES) {
    const raw = readSettings({ PROXY_DATABASE_TYPE: type });
    for (const { setting: s } of settings) {
      if (s.env === 'PROXY_DATABASE_TYPE') continue;
      const value = raw.get(s);
      if (value === undefined) {
        t.equal(s.default, undefined, `${s.env}: only an optional setting has no value`);
        continue;
      }
      const text = s.format(value);
      const again: unknown = text === '' && !s.verbatim ? value : s.parse(text);
      const plain = (v: unknown): unknown => (v instanceof Secret ? v.reveal() : Array.isArray(v) ? v.map(plain) : v);
      t.same(plain(again), plain(value), `${s.env} (${type}): the default '${s.secret ? '…' : text}' parses to itself`);
    }
  }
  const byEnv = new Map(entries.map((e) => [e.env, e]));
  for (const { setting: s } of settings) {
    const e = byEnv.get(s.env)!;
    if (e.default !== undefined) t.same(s.parse(e.default), s.default, `${s.env}: describeConfig's default is the default`);
  }
});

t.test('unknown enum values are refused with the allowed list', async (t) => {
  const enums = entries.filter((e) => e.type === 'enum');
  t.ok(enums.length >= 5);
  for (const e of enums) {
    const err = t.throws(() => loadConfig({ [e.env]: 'no-such-value' })) as SpawnError;
    t.equal(err.code, 'SPAWN_ERR_CONFIG');
    t.equal(err.message, `${e.env} must be one of ${e.allowed!.join(', ')} (got 'no-such-value')`);
  }
});

t.test('an OTLP protocol other than http/protobuf is refused at start, not exported into the void', async (t) => {
  t.equal(loadConfig({ OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf' }).tracing.protocol, 'http/protobuf');
  for (const env of ['OTEL_EXPORTER_OTLP_PROTOCOL', 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL']) {
    for (const other of ['grpc', 'http/json']) {
      const err = t.throws(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4317', [env]: other })) as SpawnError;
      t.equal(err.code, 'SPAWN_ERR_CONFIG');
      t.equal(err.message, `${env} must be one of http/protobuf (got '${other}')`);
    }
  }
});

t.test('numbers outside their range are refused with the range', async (t) => {
  for (const e of entries.filter((e) => e.type === 'int' || e.type === 'duration')) {
    for (const bad of [e.min !== undefined ? e.min - 1 : undefined, e.max !== undefined ? e.max + 1 : undefined, '12x']) {
      if (bad === undefined) continue;
      const err = t.throws(() => loadConfig({ [e.env]: String(bad) })) as SpawnError;
      t.match(
        err.message,
        new RegExp(`^${e.env} must be an integer between ${e.min ?? -Number.MAX_SAFE_INTEGER} and ${e.max ?? Number.MAX_SAFE_INTEGER} \\(got '${bad}'\\)$`),
      );
    }
  }
});

t.test('secrets are never described, rendered, logged or echoed as values', async (t) => {
  const secrets = entries.filter((e) => e.secret).map((e) => e.env);
  t.same(secrets, ['PROXY_ADMIN_TOKEN', 'PROXY_DATABASE_SECRET', 'SPAWN_STATESTORE_KEY', 'SPAWN_STATESTORE_KEY_PREVIOUS']);
  for (const e of entries.filter((e) => e.secret)) {
    t.equal(e.default, undefined, `${e.env}: no default value in the description`);
    const s = settings.find((x) => x.setting.env === e.env)!.setting;
    for (const type of DATABASE_TYPES) {
      const d = s.format(readSettings({ PROXY_DATABASE_TYPE: type }).get(s));
      if (d !== '') t.notMatch(e.defaultText, d, `${e.env}: the default text does not spell the default (${type})`);
    }
  }
  const key = Buffer.alloc(32, 9).toString('base64');
  const old = Buffer.alloc(32, 8).toString('base64');
  const password = 'hunter2-password';
  const adminToken = 'admin-token-value';
  const c = loadConfig({
    PROXY_DATABASE_TYPE: 'postgres',
    PROXY_DATABASE_SECRET: password,
    SPAWN_STATESTORE_KEY: key,
    SPAWN_STATESTORE_KEY_PREVIOUS: old,
    PROXY_ADMIN_TOKEN: adminToken,
  });
  t.equal(c.http.adminToken?.reveal(), adminToken);
  t.equal(c.storage.password.reveal(), password);
  t.equal(c.storage.keys.current?.reveal(), key);
  t.same(
    c.storage.keys.previous.map((k) => k.reveal()),
    [old],
  );
  const shown = [JSON.stringify(c), inspect(c, { depth: null }), `${c.storage.password}`, JSON.stringify(entries), renderConfigTables()];
  for (const text of shown) for (const value of [password, key, old, adminToken]) t.notOk(text.includes(value), 'a secret value is not shown');
  t.match(JSON.stringify(c.storage), /"password":"\[secret\]"/);

  for (const [env, value] of [
    ['SPAWN_STATESTORE_KEY', 'sekrit-but-not-base64!'],
    ['SPAWN_STATESTORE_KEY', Buffer.from('sekrit, too short').toString('base64')],
    ['SPAWN_STATESTORE_KEY_PREVIOUS', `${key},sekrit-but-not-base64!`],
  ] as const) {
    const err = t.throws(() => loadConfig({ [env]: value })) as SpawnError;
    t.equal(err.code, 'SPAWN_ERR_CONFIG');
    t.match(err.message, new RegExp(`^${env}`));
    t.notOk(err.message.includes('sekrit') || err.message.includes(value), `${env}: the error does not echo the value`);
  }
});
