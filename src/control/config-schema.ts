// The configuration schema: every environment variable of every plane, described once.
// loadConfig() (config.ts) reads the environment through it into one typed, frozen object
// whose shape is this object's; README.md's configuration tables are rendered from it
// (config-docs.ts, `npm run config:docs`); describeConfig() lists it for tools (an operator
// generating CRD fields and container env). Names follow Spawn's where Spawn has one (spec §6, §5.5).
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import {
  CONFIG_GROUPS,
  DerivedDefault,
  Secret,
  Setting,
  bool,
  computed,
  configError,
  dependsOn,
  duration,
  int,
  list,
  oneOf,
  optionalSecret,
  secret,
  secretList,
  string,
  type ConfigGroup,
  type SettingType,
} from './settings';

export const PROTOCOL_COMPAT = ['1', '0.5'] as const;
export type ProtocolCompat = (typeof PROTOCOL_COMPAT)[number];

export const PUBSUB_ADAPTERS = ['native', 'nats'] as const;
export const CLUSTER_STRATEGIES = ['none', 'nats'] as const;
export type PubsubAdapter = (typeof PUBSUB_ADAPTERS)[number];

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DATABASE_TYPES = ['sqlite', 'postgres', 'mysql', 'mariadb', 'mssql', 'cockroachdb', 'memory'] as const;
export type DatabaseType = (typeof DATABASE_TYPES)[number];

export const PG_DRIVERS = ['native', 'js'] as const;

export const DEFAULT_PORTS: Readonly<Record<DatabaseType, number>> = {
  sqlite: 0,
  memory: 0,
  postgres: 5432,
  mysql: 3306,
  mariadb: 3306,
  mssql: 1433,
  cockroachdb: 26257,
};

export const STORE_KEY_FORMAT = "32 bytes of base64, e.g. the output of 'openssl rand -base64 32'";

/** The 32 bytes of a state encryption key given as base64, or SPAWN_ERR_CONFIG naming `name` (never the key). */
export function decodeStoreKey(name: string, value: string): Buffer {
  const v = value.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(v)) throw configError(name, STORE_KEY_FORMAT, 'got a value that is not base64');
  const bytes = Buffer.from(v, 'base64');
  if (bytes.length !== 32) throw configError(name, STORE_KEY_FORMAT, `got ${bytes.length} bytes`);
  return bytes;
}

const checkStoreKey = (name: string, text: string): void => void decodeStoreKey(name, text);

const databaseType = oneOf({
  env: 'PROXY_DATABASE_TYPE',
  group: 'storage',
  allowed: DATABASE_TYPES,
  default: 'sqlite',
  description: 'State store ([adapters](docs/storage.md)); `memory` keeps state in the process only, lost on exit.',
});
const cockroach =
  <T>(inCockroach: T, otherwise: T) =>
  (type: DatabaseType): T =>
    type === 'cockroachdb' ? inCockroach : otherwise;
const portsText = [...new Set(Object.values(DEFAULT_PORTS))]
  .filter((port) => port !== 0)
  .map((port) => `\`${port}\` (${DATABASE_TYPES.filter((t) => DEFAULT_PORTS[t] === port).join(', ')})`)
  .join(', ');

export const CONFIG_SCHEMA = {
  http: {
    port: int({
      env: 'PROXY_HTTP_PORT',
      group: 'proxy',
      min: 0,
      max: 65535,
      default: 9001,
      description: 'Port of the proxy\'s HTTP API. `0` picks a free port (printed on stdout as `{"event":"listening","port":N}`).',
    }),
    bind: string({
      env: 'PROXY_HTTP_BIND',
      group: 'proxy',
      default: '127.0.0.1',
      values: 'address',
      description: 'Address to listen on. Containers set `0.0.0.0`.',
    }),
    maxBodyBytes: int({
      env: 'PROXY_MAX_BODY_BYTES',
      group: 'proxy',
      min: 1024,
      max: 1024 * 1024 * 1024,
      default: 16 * 1024 * 1024,
      description: 'Largest request body; larger ones get 413 (refused from `Content-Length` before reading).',
    }),
    /** Undefined: the introspection routes answer loopback clients only. */
    adminToken: optionalSecret({
      env: 'PROXY_ADMIN_TOKEN',
      group: 'proxy',
      defaultText: '— (the introspection routes answer loopback clients only)',
      description:
        'Bearer token of the introspection routes (`/api/v1/introspect/...`, `spawn-proxy actors`): when set, every client must send `Authorization: Bearer <token>`, loopback included.',
    }),
  },
  host: {
    address: string({
      env: 'USER_FUNCTION_HOST',
      group: 'host',
      default: '127.0.0.1',
      values: 'host name or address',
      description: 'Address of the actor host (the SDK process).',
    }),
    port: int({
      env: 'USER_FUNCTION_PORT',
      group: 'host',
      min: 1,
      max: 65535,
      default: 8090,
      description: 'Port of the actor host. Java SDK hosts listen on 8091 by default.',
    }),
    timeoutMs: duration({ env: 'PROXY_HOST_TIMEOUT_MS', group: 'host', min: 1, default: 60_000, description: 'Longest wait for the host to answer one call.' }),
    connections: int({ env: 'PROXY_HOST_CONNECTIONS', group: 'host', min: 1, max: 4096, default: 64, description: 'Keep-alive connections to the host.' }),
  },
  invocation: {
    /** Overall deadline of one invocation unless metadata `request-timeout` says otherwise. */
    timeoutMs: duration({
      env: 'PROXY_INVOKE_TIMEOUT_MS',
      group: 'actors',
      min: 1,
      default: 60_000,
      description: 'Deadline of one invocation, mailbox wait included (metadata `request-timeout` overrides it per call).',
    }),
  },
  /** Longest graceful stop (SIGTERM): drain, final writes, closing connections. */
  shutdownTimeoutMs: duration({
    env: 'PROXY_SHUTDOWN_TIMEOUT_MS',
    group: 'proxy',
    min: 100,
    default: 25_000,
    description:
      "Longest graceful stop after SIGTERM/SIGINT (below Kubernetes' default 30 s grace period). Past it the proxy logs what it was still waiting on and exits 1.",
  }),
  scheduler: {
    pollMs: duration({
      env: 'PROXY_SCHEDULER_POLL_MS',
      group: 'actors',
      min: 10,
      default: 1000,
      description: 'How often the store is read for due delayed invocations (`scheduled_to`).',
    }),
    maxLateMs: duration({
      env: 'PROXY_SCHEDULER_MAX_LATE_MS',
      group: 'actors',
      min: 0,
      default: 86_400_000,
      description:
        'A due delayed invocation that cannot run yet — its system, actor or template is not registered yet (e.g. right after a restart), or a retryable error (see Errors) — is retried every second until it is this late, then dropped with an error log. A terminal error (e.g. an unknown action) drops it at once, with an error log.',
    }),
  },
  actors: {
    defaultDeactivateMs: duration({
      env: 'PROXY_DEFAULT_DEACTIVATE_MS',
      group: 'actors',
      min: 1,
      default: 10_000,
      description: 'Deactivation timeout for actors that register none (or ≤ 0).',
    }),
    defaultSnapshotMs: duration({
      env: 'PROXY_DEFAULT_SNAPSHOT_MS',
      group: 'actors',
      min: 1,
      default: 2_000,
      description: 'Snapshot timeout for actors that register none (or ≤ 0).',
    }),
  },
  pubsub: {
    adapter: oneOf({
      env: 'SPAWN_PUBSUB_ADAPTER',
      group: 'pubsub',
      allowed: PUBSUB_ADAPTERS,
      default: 'native',
      description: 'Broadcast transport: `native` (this process) or `nats` ([docs/workflows.md](docs/workflows.md)).',
    }),
    natsServers: list({
      env: 'SPAWN_PUBSUB_NATS_HOSTS',
      group: 'pubsub',
      default: ['nats://127.0.0.1:4222'],
      description: 'NATS servers for `nats` broadcasts.',
    }),
    natsPrefix: string({
      env: 'SPAWN_PUBSUB_NATS_PREFIX',
      group: 'pubsub',
      default: 'spawn',
      pattern: /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/,
      expects: "NATS subject tokens joined by dots, e.g. 'spawn' or 'acme.spawn'",
      values: 'subject tokens joined by `.`',
      description: 'First subject token(s) of broadcast subjects (`<prefix>.<system>.broadcast.<topic>`).',
    }),
  },
  storage: {
    type: databaseType,
    database: string({
      env: 'PROXY_DATABASE_NAME',
      group: 'storage',
      values: 'name (SQLite: name or path)',
      default: dependsOn(databaseType, cockroach('defaultdb', 'eigr-functions-db'), '`eigr-functions-db` (`defaultdb` for CockroachDB)'),
      description:
        'Database name; for SQLite a path (contains `/`, or ends in `.db`/`.sqlite`/`.sqlite3`) is used as the file, a bare name becomes `$PROXY_DATA_DIR/<name>.sqlite3`.',
    }),
    dataDir: string({
      env: 'PROXY_DATA_DIR',
      group: 'storage',
      values: 'path',
      default: './data',
      value: (dir) => resolve(dir),
      description: 'Where the SQLite file (and its generated key) lives.',
    }),
    user: string({
      env: 'PROXY_DATABASE_USERNAME',
      group: 'storage',
      values: 'name',
      default: dependsOn(databaseType, cockroach('root', 'admin'), '`admin` (`root` for CockroachDB)'),
      description: 'Database user.',
    }),
    password: secret({
      env: 'PROXY_DATABASE_SECRET',
      group: 'storage',
      verbatim: true,
      default: dependsOn(databaseType, (type) => new Secret(cockroach('', 'admin')(type)), 'same as the default user name (empty for CockroachDB)'),
      defaultText: 'same as the default user name (empty for CockroachDB)',
      description: 'Database password. Set but empty: no password.',
    }),
    host: string({
      env: 'PROXY_DATABASE_HOST',
      group: 'storage',
      default: '127.0.0.1',
      values: 'host name or address',
      description: 'Database server address.',
    }),
    port: int({
      env: 'PROXY_DATABASE_PORT',
      group: 'storage',
      min: 0,
      max: 65535,
      default: dependsOn(databaseType, (type) => DEFAULT_PORTS[type], `the adapter's: ${portsText}`),
      description: 'Database server port.',
    }),
    poolSize: int({
      env: 'PROXY_DATABASE_POOL_SIZE',
      group: 'storage',
      min: 1,
      max: 1000,
      default: 10,
      description: 'Connections per proxy. Spawn uses 50; one Node thread does not keep 50 busy.',
    }),
    queueTargetMs: duration({
      env: 'PROXY_DATABASE_QUEUE_TARGET',
      group: 'storage',
      min: 1,
      default: 10_000,
      description: 'Longest wait for a database connection (connect timeout / pool checkout).',
    }),
    ssl: bool({ env: 'PROXY_DATABASE_SSL', group: 'storage', default: false, description: 'TLS to the database.' }),
    sslVerify: bool({
      env: 'PROXY_DATABASE_SSL_VERIFY',
      group: 'storage',
      default: true,
      description: 'Verify the server certificate against the system CAs when SSL is on (`false` accepts any certificate: only for testing).',
    }),
    pgDriver: oneOf({
      env: 'PROXY_DATABASE_PG_DRIVER',
      group: 'storage',
      allowed: PG_DRIVERS,
      default: 'js',
      description: 'PostgreSQL/CockroachDB driver: `js` (pg) or `native` (pg-native, libpq); [docs/storage.md](docs/storage.md) says why `js`.',
    }),
    historyRevisions: int({
      env: 'PROXY_DATABASE_HISTORY_REVISIONS',
      group: 'storage',
      min: 0,
      max: 100_000,
      default: 16,
      description: 'Revisions kept per actor for `spawn?revision=N` (0 = none); pruning runs every 8th revision, so up to that many + 7 rows stay.',
    }),
    keys: {
      /** Encrypts every new write; undefined: SQLite generates one (storage/config.ts), other stores refuse to start. */
      current: optionalSecret({
        env: 'SPAWN_STATESTORE_KEY',
        group: 'storage',
        check: checkStoreKey,
        expects: STORE_KEY_FORMAT,
        defaultText: '— (required except SQLite/memory; SQLite [generates one](docs/storage.md#sqlite-without-a-key))',
        description: '32 bytes of base64 (`openssl rand -base64 32`); encrypts every new write.',
      }),
      /** Earlier keys, used only to read. */
      previous: secretList({
        env: 'SPAWN_STATESTORE_KEY_PREVIOUS',
        group: 'storage',
        check: checkStoreKey,
        expects: `a comma-separated list of keys, each ${STORE_KEY_FORMAT}`,
        defaultText: '—',
        description: 'Comma-separated earlier keys, used only to read ([key rotation](docs/storage.md#key-rotation)).',
      }),
    },
    /** Written into the `node` column of each row; unique per process. */
    node: string({
      env: 'PROXY_NODE_NAME',
      group: 'storage',
      values: 'name',
      default: computed(() => hostname(), 'the host name'),
      value: (name) => `${name}/${process.pid}-${randomBytes(3).toString('hex')}`,
      description: "Written (with pid and a random suffix) into each row's `node` column.",
    }),
    snapshot: {
      shards: int({
        env: 'PROXY_SNAPSHOT_SHARDS',
        group: 'storage',
        min: 1,
        max: 256,
        default: 4,
        description: 'Snapshot pipeline shards (one batch in flight per shard).',
      }),
      batchSize: int({ env: 'PROXY_SNAPSHOT_BATCH_SIZE', group: 'storage', min: 1, max: 10_000, default: 256, description: 'Most actors per batch write.' }),
      maxBackoffMs: duration({
        env: 'PROXY_SNAPSHOT_MAX_BACKOFF_MS',
        group: 'storage',
        min: 10,
        default: 5_000,
        description: 'Longest wait between retries while the database is down.',
      }),
    },
  },
  protocolCompat: oneOf({
    env: 'PROXY_PROTOCOL_COMPAT',
    group: 'proxy',
    allowed: PROTOCOL_COMPAT,
    default: '1',
    description: '`0.5` serves Spawn 0.5-era SDKs (Kind 1/2 = ABSTRACT/SINGLETON, one string channel, `command_name`).',
  }),
  cluster: {
    strategy: oneOf({
      env: 'PROXY_CLUSTER_STRATEGY',
      group: 'cluster',
      allowed: CLUSTER_STRATEGIES,
      default: 'none',
      description:
        "`none`: this proxy alone. `nats`: the proxies of an actor system on one NATS form a cluster (README, Cluster). Spawn's `gossip`, `epmd` and `kubernetes-dns` are Erlang distribution and are refused.",
    }),
    natsServers: list({
      env: 'SPAWN_INTERNAL_NATS_HOSTS',
      group: 'cluster',
      default: ['nats://127.0.0.1:4222'],
      description: 'NATS servers (with JetStream) of the cluster: membership, actor claims, forwarded invocations, `spawn.<system>.actors.actions`.',
    }),
    prefix: string({
      env: 'PROXY_CLUSTER_PREFIX',
      group: 'cluster',
      default: 'spawn',
      pattern: /^[A-Za-z0-9_-]+$/,
      expects: "one NATS subject token, e.g. 'spawn'",
      values: 'subject token',
      description: 'Names the cluster on its NATS: KV buckets `<prefix>_members`, `<prefix>_claims` and subjects `<prefix>.member.<id>`.',
    }),
    memberName: string({
      env: 'PROXY_CLUSTER_MEMBER_NAME',
      group: 'cluster',
      values: 'name',
      default: computed(() => `${hostname()}-${process.pid}`, 'host name + pid'),
      description: "This member's name; a random incarnation suffix makes its id unique per start.",
    }),
    leaseMs: duration({
      env: 'PROXY_CLUSTER_LEASE_MS',
      group: 'cluster',
      min: 1000,
      max: 600_000,
      default: 10_000,
      description:
        "A member's lease: renewed every fifth of it; a member that could not renew stops running turns before it ends, and its actors move to other members after it (bounds fail-over time).",
    }),
  },
  logLevel: oneOf({
    env: 'SPAWN_PROXY_LOGGER_LEVEL',
    group: 'process',
    allowed: LOG_LEVELS,
    default: 'info',
    description: 'Least severe level logged. Logs are JSON lines on stderr.',
  }),
  metricsEnabled: bool({
    env: 'SPAWN_DISABLE_METRICS',
    group: 'process',
    default: false,
    value: (disabled) => !disabled,
    description: '`true` turns `/metrics` off.',
  }),
  /** Traces (src/control/tracing.ts): on when either endpoint is set. Other OTEL_* variables are read by the OpenTelemetry SDK. */
  tracing: {
    endpoint: string({
      env: 'OTEL_EXPORTER_OTLP_ENDPOINT',
      group: 'process',
      default: '',
      defaultText: '— (traces off)',
      pattern: /^$|^https?:\/\/\S+$/,
      expects: 'an http:// or https:// URL',
      values: 'URL',
      description:
        'OTLP/HTTP (protobuf) collector base URL; traces go to `<URL>/v1/traces`. Traces are on when it or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` is set ([Traces](#traces)); other `OTEL_*` variables (headers, timeout, sampler) are read by the OpenTelemetry SDK.',
    }),
    tracesEndpoint: string({
      env: 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
      group: 'process',
      default: '',
      defaultText: '— (traces off)',
      pattern: /^$|^https?:\/\/\S+$/,
      expects: 'an http:// or https:// URL',
      values: 'URL',
      description: 'Full OTLP/HTTP traces URL (e.g. `http://collector:4318/v1/traces`), used as is; wins over `OTEL_EXPORTER_OTLP_ENDPOINT`.',
    }),
    protocol: oneOf({
      env: 'OTEL_EXPORTER_OTLP_PROTOCOL',
      group: 'process',
      allowed: ['http/protobuf'],
      default: 'http/protobuf',
      description:
        "The OTLP transport. Only `http/protobuf` is spoken: `grpc` or `http/json` is refused at start rather than exporting nothing (point the endpoint at the collector's OTLP/HTTP port, 4318).",
    }),
    tracesProtocol: oneOf({
      env: 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL',
      group: 'process',
      allowed: ['http/protobuf'],
      default: 'http/protobuf',
      description: 'As `OTEL_EXPORTER_OTLP_PROTOCOL`, for traces only.',
    }),
    serviceName: string({
      env: 'OTEL_SERVICE_NAME',
      group: 'process',
      default: 'spawn-proxy',
      values: 'name',
      description: "The spans' `service.name`.",
    }),
  },
  /** False: the JavaScript twins of the native addon's routines (src/hotpath/native.ts). */
  nativeAddon: bool({
    env: 'SPAWN_NATIVE',
    group: 'process',
    default: true,
    description:
      "`0` (or `false`) runs on the JavaScript twins of the native addon's routines (also what happens, with a log line, when the addon did not build or load).",
  }),
} as const;

/** A setting of any raw and value type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySetting = Setting<any, any>;
export interface ConfigSection {
  readonly [key: string]: AnySetting | ConfigSection;
}

/** The typed configuration that a schema (or one of its sections) describes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ConfigOf<S> = S extends Setting<any, infer Value> ? Value : { readonly [K in keyof S]: ConfigOf<S[K]> };

/** What loadConfig() returns: one frozen object for every plane. */
export type ProxyConfig = ConfigOf<typeof CONFIG_SCHEMA>;
export type StorageConfig = ProxyConfig['storage'];

/** Every setting with its path in the configuration ('storage.snapshot.shards'), in schema order. */
export function schemaSettings(section: ConfigSection = CONFIG_SCHEMA, prefix = ''): Array<{ path: string; setting: AnySetting }> {
  return Object.entries(section).flatMap(([key, node]) =>
    isSetting(node) ? [{ path: `${prefix}${key}`, setting: node }] : schemaSettings(node, `${prefix}${key}.`),
  );
}

export function isSetting(node: AnySetting | ConfigSection): node is AnySetting {
  return node instanceof Setting;
}

/** One setting, described for people and tools (docs, an operator's CRD fields and container env). */
export interface ConfigEntry {
  /** The environment variable. */
  readonly env: string;
  /** Where loadConfig() puts its value, e.g. 'storage.snapshot.shards'. */
  readonly path: string;
  readonly group: ConfigGroup;
  readonly groupTitle: string;
  readonly type: SettingType;
  /** One line, Markdown. */
  readonly description: string;
  /** Its value must come from a secret; no value of it is ever described. */
  readonly secret: boolean;
  /**
   * The variable's text that the default amounts to, when the default is one fixed value;
   * absent for secrets, optional settings and defaults that depend on another setting.
   */
  readonly default?: string;
  /** The default in words (Markdown): always present. */
  readonly defaultText: string;
  /** What a valid value looks like, as error messages say it. */
  readonly expects: string;
  /** Short form of the valid values (Markdown), for tables. */
  readonly values: string;
  /** The allowed values of an enum. */
  readonly allowed?: readonly string[];
  /** Bounds of an int or duration. */
  readonly min?: number;
  readonly max?: number;
  /** Unit of a duration. */
  readonly unit?: 'ms';
}

/** Every setting of the schema (the proxy's unless another is given), described; in schema order. */
export function describeConfig(schema: ConfigSection = CONFIG_SCHEMA): ConfigEntry[] {
  return schemaSettings(schema).map(({ path, setting: s }) => {
    const fixed = !(s.default instanceof DerivedDefault) && s.default !== undefined && !s.secret;
    const entry: ConfigEntry = {
      env: s.env,
      path,
      group: s.group,
      groupTitle: CONFIG_GROUPS[s.group],
      type: s.type,
      description: s.description,
      secret: s.secret,
      ...(fixed ? { default: s.format(s.default) } : {}),
      defaultText: defaultText(s),
      expects: s.expects,
      values: s.values,
      ...(s.allowed ? { allowed: Object.freeze([...s.allowed]) } : {}),
      ...(s.min !== undefined ? { min: s.min } : {}),
      ...(s.max !== undefined ? { max: s.max } : {}),
      ...(s.type === 'duration' ? { unit: 'ms' as const } : {}),
    };
    return Object.freeze(entry);
  });
}

function defaultText(s: AnySetting): string {
  if (s.defaultText !== undefined) return s.defaultText;
  if (s.default instanceof DerivedDefault) return s.default.text;
  if (s.default === undefined) return '—';
  const text = s.format(s.default);
  return text === '' ? 'empty' : `\`${text}\``;
}
