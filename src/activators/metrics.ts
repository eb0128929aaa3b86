// The activator's metrics, on its own GET /metrics, in the proxy's registry (src/control/metrics.ts).
import { MetricsRegistry } from '../control';

export class ActivatorMetrics {
  readonly registry = new MetricsRegistry();
  readonly received = this.registry.counter(
    'spawn_activator_messages_received_total',
    'Events received (messages, HTTP requests, cron ticks fired here), by binding.',
  );
  readonly redelivered = this.registry.counter(
    'spawn_activator_messages_redelivered_total',
    'Messages the source delivered again (an earlier delivery was not acknowledged), by binding.',
  );
  readonly invocations = this.registry.counter('spawn_activator_invocations_total', 'Invocation attempts, by binding, sink and result (ok, error).');
  readonly failures = this.registry.counter('spawn_activator_invocation_failures_total', 'Failed invocation attempts, by binding and error code.');
  readonly retries = this.registry.counter(
    'spawn_activator_retries_total',
    'Invocations tried again after a retryable error (the proxy being unreachable included), by binding.',
  );
  readonly acked = this.registry.counter('spawn_activator_messages_acked_total', 'Messages acknowledged after every sink answered OK, by binding.');
  readonly deadLettered = this.registry.counter(
    'spawn_activator_dead_lettered_total',
    'Messages that failed for good and went to the dead-letter destination (dropped with an error log where the source has none), by binding and code.',
  );
  readonly returned = this.registry.counter(
    'spawn_activator_messages_returned_total',
    'Messages given back to the source unprocessed (stopping, connection lost), by binding.',
  );
  readonly reconnects = this.registry.counter('spawn_activator_reconnects_total', 'Connections to the broker re-established after a loss.');
  readonly cronTicks = this.registry.counter('spawn_activator_cron_ticks_total', 'Cron ticks by binding and result (fired, claimed-elsewhere, claim-failed).');
  readonly inFlight = this.registry.gauge('spawn_activator_messages_in_flight', 'Messages being processed now.');
  readonly backlog = this.registry.gauge(
    'spawn_activator_backlog_messages',
    'Messages waiting in the source, as it reports them (RabbitMQ queue depth, JetStream consumer pending), by binding.',
  );
  readonly lag = this.registry.gauge(
    'spawn_activator_lag_ms',
    'Age of the last message received when the source stamps it (AMQP timestamp, JetStream), by binding.',
  );

  #inFlight = 0;

  constructor() {
    this.registry.collectDefaults();
    this.inFlight.track(() => this.#inFlight);
  }

  begin(): void {
    this.#inFlight++;
  }

  end(): void {
    this.#inFlight--;
  }
}
