// Activators: separate processes (bin/activator) that turn external events — RabbitMQ
// messages, NATS (JetStream) messages, HTTP requests, cron ticks — into actor invocations
// through the proxy, like any client (spec §8; the Activator resource, §7.3).
export type { Activator, ActivatorContext, ActivatorPlugin } from './activator';
export {
  ACTIVATOR_CONFIG_END,
  ACTIVATOR_CONFIG_START,
  ACTIVATOR_SCHEMA,
  ACTIVATOR_SCHEMA_FILE,
  describeActivatorConfig,
  flagOf,
  loadActivatorConfig,
  type ActivatorConfig,
  type ActorKind,
  type PayloadEncoding,
} from './config-schema';
export { Dispatcher, type Delivery, type Invoker, type Outcome, type RetryPolicy } from './dispatcher';
export { ProxyInvoker, classify, type FailureKind, type InvokeOutcome } from './invoker';
export { planInvocations, MappingError, type InboundEvent, type PlannedInvocation } from './mapping';
export { ActivatorMetrics } from './metrics';
export { activatorWorkload, type ActivatorWorkload } from './operator';
export { PLUGINS } from './plugins';
export { resolveActivator, startActivator, type ResolvedActivator, type RunningActivator } from './run';
export {
  activatorFromEnv,
  configWithResource,
  parseActivatorResource,
  parseResourceText,
  settingsAsEnv,
  type ActivatorSpec,
  type BindingSpec,
  type SinkSpec,
  type ValueFrom,
} from './spec';
