export { loadConfig, loadSchema, type Env } from './config';
export {
  CONFIG_SCHEMA,
  DATABASE_TYPES,
  DEFAULT_PORTS,
  LOG_LEVELS,
  PROTOCOL_COMPAT,
  PUBSUB_ADAPTERS,
  STORE_KEY_FORMAT,
  decodeStoreKey,
  describeConfig,
  schemaSettings,
  type ConfigEntry,
  type ConfigOf,
  type ConfigSection,
  type DatabaseType,
  type LogLevel,
  type ProtocolCompat,
  type ProxyConfig,
  type PubsubAdapter,
  type StorageConfig,
} from './config-schema';
export { CONFIG_GROUPS, Secret, type ConfigGroup, type SettingType } from './settings';
// The builders, for another process's schema (bin/activator's: src/activators/config-schema.ts).
export { bool, configError, duration, int, list, oneOf, optionalSecret, string } from './settings';
export { CONFIG_END, CONFIG_START, renderConfigTables, withConfigTables } from './config-docs';
export { createLogger, type Logger, type LogFields } from './logger';
export { ProxyMetrics, MetricsRegistry, Counter, Gauge, Histogram, type ActorSeries, type CounterSeries, type HistogramSeries, type Labels } from './metrics';
export { Health, type HealthCheck } from './health';
export { runActorsCli } from './actors-cli';
export {
  KIND,
  endSpan,
  endWith,
  startSpan,
  startTracing,
  stopTracing,
  traceField,
  traceIdOf,
  traceparentOf,
  tracesUrl,
  tracing,
  withTraceparent,
  type TraceSpan,
} from './tracing';
