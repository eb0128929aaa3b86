// The one interface every event source implements (RabbitMQ, NATS, HTTP, cron today; Kafka,
// SQS or Pub/Sub would be one more plugin). A plugin reads its own part of the Activator
// resource (a binding's `source`, the activator's `settings`) and creates the running source;
// everything else — mapping an event to invocations, invoking through the proxy, retries,
// dead-letter decisions, metrics — is shared (dispatcher.ts).
import type { Logger } from '../control';
import type { ActivatorConfig } from './config-schema';
import type { Dispatcher } from './dispatcher';
import type { RouteTable } from './http-server';
import type { ActivatorMetrics } from './metrics';
import type { ActivatorSpec, BindingSpec, SpecReader } from './spec';

/** A running event source. */
export interface Activator {
  /** Connects and starts consuming; rejects on what retrying cannot fix (configuration, a missing stream). */
  start(): Promise<void>;
  /**
   * Stops taking new events at once, lets invocations in flight finish until `deadline`
   * (epoch ms) and acknowledges them; what is left is given back to the source (nacked,
   * or left unacknowledged to be redelivered). Resolves once closed.
   */
  stop(deadline: number): Promise<void>;
  /** Connected and consuming (readiness). */
  ready(): boolean;
}

export interface ActivatorContext {
  readonly spec: ActivatorSpec;
  readonly config: ActivatorConfig;
  readonly dispatcher: Dispatcher;
  readonly metrics: ActivatorMetrics;
  readonly logger: Logger;
  /** The activator's HTTP server (the one serving /metrics): the HTTP source adds its routes here. */
  readonly routes: RouteTable;
}

/** What a source type contributes: how its part of the spec reads, and how it runs. */
export interface ActivatorPlugin<Source = unknown> {
  /** The canonical `spec.activator.type` (lower case). */
  readonly type: string;
  /** Other spellings of the type that mean the same (`rabbitmq` for `amqp`). */
  readonly aliases: readonly string[];
  /**
   * A binding's `source` object (or, in the flat `bindings: {sources, sinks}` form, one
   * source entry), validated; `read` names fields by their path in the resource.
   */
  parseSource(read: SpecReader, config: ActivatorConfig, ctx: { activator: string; binding: string }): Source;
  /** The one binding's source from the environment (no spec file). */
  sourceFromEnv(config: ActivatorConfig, ctx: { activator: string; binding: string }): Source;
  create(ctx: ActivatorContext, bindings: ReadonlyArray<BindingSpec<Source>>): Activator;
}
