export { loadConfig, type ProxyConfig, type ProtocolCompat, type LogLevel } from './config';
export { type Env, readBool, readEnum, readInt, readOptionalString, readString } from './env';
export { createLogger, type Logger, type LogFields } from './logger';
export { ProxyMetrics, MetricsRegistry, Counter, Gauge } from './metrics';
export { Health, type HealthCheck } from './health';
