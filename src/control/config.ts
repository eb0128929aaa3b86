// Proxy configuration, read once at start-up from the environment. Names follow Spawn's
// where Spawn has one (spec §6); README.md has the table of every variable.
import { SpawnError } from '../errors';
import { type Env, readBool, readEnum, readInt, readString } from './env';

export const PROTOCOL_COMPAT = ['1', '0.5'] as const;
export type ProtocolCompat = (typeof PROTOCOL_COMPAT)[number];

export const PUBSUB_ADAPTERS = ['native', 'nats'] as const;
export type PubsubAdapter = (typeof PUBSUB_ADAPTERS)[number];

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ProxyConfig {
  http: {
    port: number;
    bind: string;
    maxBodyBytes: number;
  };
  host: {
    address: string;
    port: number;
    timeoutMs: number;
    connections: number;
  };
  /** Longest graceful stop (SIGTERM): drain, final writes, closing connections. */
  shutdownTimeoutMs: number;
  invocation: {
    /** Overall deadline of one invocation unless metadata `request-timeout` says otherwise. */
    timeoutMs: number;
  };
  scheduler: {
    /** How often the store is read for due delayed invocations. */
    pollMs: number;
    /** A delayed invocation that cannot run (actor not registered) is retried until this late. */
    maxLateMs: number;
  };
  actors: {
    /** Used when an actor registers no (or a non-positive) deactivation timeout. */
    defaultDeactivateMs: number;
    /** Used when an actor registers no (or a non-positive) snapshot timeout. */
    defaultSnapshotMs: number;
  };
  pubsub: {
    adapter: PubsubAdapter;
    natsServers: string[];
    natsPrefix: string;
  };
  protocolCompat: ProtocolCompat;
  logLevel: LogLevel;
  metricsEnabled: boolean;
  /** The raw environment, for planes (storage) that read their own variables. */
  env: Env;
}

export function loadConfig(env: Env = process.env): ProxyConfig {
  return {
    http: {
      port: readInt(env, 'PROXY_HTTP_PORT', 9001, { min: 0, max: 65535 }),
      bind: readString(env, 'PROXY_HTTP_BIND', '127.0.0.1'),
      maxBodyBytes: readInt(env, 'PROXY_MAX_BODY_BYTES', 16 * 1024 * 1024, { min: 1024, max: 1024 * 1024 * 1024 }),
    },
    host: {
      address: readString(env, 'USER_FUNCTION_HOST', '127.0.0.1'),
      port: readInt(env, 'USER_FUNCTION_PORT', 8090, { min: 1, max: 65535 }),
      timeoutMs: readInt(env, 'PROXY_HOST_TIMEOUT_MS', 60_000, { min: 1 }),
      connections: readInt(env, 'PROXY_HOST_CONNECTIONS', 64, { min: 1, max: 4096 }),
    },
    shutdownTimeoutMs: readInt(env, 'PROXY_SHUTDOWN_TIMEOUT_MS', 25_000, { min: 100 }),
    invocation: {
      timeoutMs: readInt(env, 'PROXY_INVOKE_TIMEOUT_MS', 60_000, { min: 1 }),
    },
    scheduler: {
      pollMs: readInt(env, 'PROXY_SCHEDULER_POLL_MS', 1000, { min: 10 }),
      maxLateMs: readInt(env, 'PROXY_SCHEDULER_MAX_LATE_MS', 86_400_000, { min: 0 }),
    },
    actors: {
      defaultDeactivateMs: readInt(env, 'PROXY_DEFAULT_DEACTIVATE_MS', 10_000, { min: 1 }),
      defaultSnapshotMs: readInt(env, 'PROXY_DEFAULT_SNAPSHOT_MS', 2_000, { min: 1 }),
    },
    pubsub: {
      adapter: readEnum(env, 'SPAWN_PUBSUB_ADAPTER', PUBSUB_ADAPTERS, 'native'),
      natsServers: readString(env, 'SPAWN_PUBSUB_NATS_HOSTS', 'nats://127.0.0.1:4222')
        .split(',')
        .map((h) => h.trim())
        .filter(Boolean),
      natsPrefix: readSubjectPrefix(env),
    },
    protocolCompat: readEnum(env, 'PROXY_PROTOCOL_COMPAT', PROTOCOL_COMPAT, '1'),
    logLevel: readEnum(env, 'SPAWN_PROXY_LOGGER_LEVEL', LOG_LEVELS, 'info'),
    metricsEnabled: !readBool(env, 'SPAWN_DISABLE_METRICS', false),
    env,
  };
}

function readSubjectPrefix(env: Env): string {
  const prefix = readString(env, 'SPAWN_PUBSUB_NATS_PREFIX', 'spawn');
  if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(prefix)) {
    throw new SpawnError('SPAWN_ERR_CONFIG', `SPAWN_PUBSUB_NATS_PREFIX must be NATS subject tokens joined by dots, e.g. 'spawn' or 'acme.spawn' (got '${prefix}')`);
  }
  return prefix;
}
