// What every source does with an event, once: map it to its sinks' invocations, run each in
// its actor's order, retry what may succeed later, and tell the source the outcome — ack,
// dead-letter, or give it back. Sources only translate that outcome into their broker's terms.
//
// Retries happen here, with the message held (unacknowledged, occupying one prefetch slot),
// so a message keeps its place among its actor's messages: invocations of one actor run in
// the order their events arrived, a failing one holds back those behind it until it
// succeeds or is dead-lettered. Deliveries the source counted before (a redelivery after a
// crash, JetStream's delivery count, a quorum queue's x-delivery-count) count as attempts,
// so a message that kills its consumer still reaches the dead-letter queue.
import type { Logger } from '../control';
import type { IAny } from '../hotpath/codec';
import type { InvokeOutcome } from './invoker';
import { MappingError, planInvocations, type InboundEvent, type MappingOptions, type PlannedInvocation } from './mapping';
import type { ActivatorMetrics } from './metrics';
import type { BindingSpec } from './spec';

export interface Invoker {
  invoke(p: PlannedInvocation): Promise<InvokeOutcome>;
}

/** The source's handle on one delivery. */
export interface Delivery {
  /** Deliveries of this message before this one, as far as the source knows (0 when it does not). */
  readonly priorDeliveries: number;
  /** False once the delivery cannot be acknowledged any more (its connection is gone): its retries stop. */
  live(): boolean;
  /** Called while the message waits for a retry, so the source does not hand it to someone else meanwhile. */
  keepAlive?(): void;
}

export type Outcome =
  | { readonly kind: 'ok'; readonly values: ReadonlyArray<IAny | null> }
  | {
      readonly kind: 'dead-letter';
      readonly code: string;
      readonly message: string;
      readonly sink?: string;
      readonly attempts: number;
      readonly httpStatus?: number;
    }
  | { readonly kind: 'abandoned'; readonly reason: string };

export interface RetryPolicy {
  readonly maxRetries: number;
  readonly backoffMs: number;
  readonly maxBackoffMs: number;
  readonly awaitRegistrationMs: number;
}

type SinkResult =
  | { kind: 'ok'; value: IAny | null }
  | { kind: 'dead-letter'; code: string; message: string; sink: string; attempts: number; httpStatus?: number }
  | { kind: 'abandoned'; reason: string };

const KEEP_ALIVE_EVERY_MS = 5_000;

export class Dispatcher {
  readonly #invoker: Invoker;
  readonly #retry: RetryPolicy;
  readonly #mapping: MappingOptions;
  readonly #metrics: ActivatorMetrics;
  readonly #logger: Logger;
  /** Per actor, the tail of its invocations in arrival order. */
  readonly #chains = new Map<string, Promise<void>>();
  readonly #sleepers = new Set<() => void>();
  #stopped = false;

  constructor(opts: { invoker: Invoker; retry: RetryPolicy; mapping: MappingOptions; metrics: ActivatorMetrics; logger: Logger }) {
    this.#invoker = opts.invoker;
    this.#retry = opts.retry;
    this.#mapping = opts.mapping;
    this.#metrics = opts.metrics;
    this.#logger = opts.logger;
  }

  /**
   * The outcome of `event`: every sink invoked OK (ack), one failed for good (dead-letter;
   * the others may have run), or it was given up unfinished (stopping, delivery lost).
   * `once`: one attempt per sink and no waiting (HTTP: the caller decides about retries).
   */
  async dispatch(binding: BindingSpec, event: InboundEvent, delivery: Delivery, opts: { once?: boolean } = {}): Promise<Outcome> {
    this.#metrics.received.inc({ binding: binding.name });
    if (delivery.priorDeliveries > 0) this.#metrics.redelivered.inc({ binding: binding.name });
    let planned: PlannedInvocation[];
    try {
      planned = planInvocations(binding, event, this.#mapping);
    } catch (err) {
      if (!(err instanceof MappingError)) throw err;
      return { kind: 'dead-letter', code: err.code, message: err.message, attempts: 1, httpStatus: err.httpStatus };
    }
    this.#metrics.begin();
    try {
      const results = await Promise.all(planned.map((p) => this.#inOrder(p.key, () => this.#invoke(binding, p, delivery, opts.once === true))));
      const failed = results.find((r) => r.kind === 'dead-letter');
      if (failed) return failed;
      const abandoned = results.find((r) => r.kind === 'abandoned');
      if (abandoned) return abandoned;
      return { kind: 'ok', values: results.map((r) => (r.kind === 'ok' ? r.value : null)) };
    } finally {
      this.#metrics.end();
    }
  }

  /** Ends every wait for a retry: those messages are abandoned (given back to their source). */
  stop(): void {
    this.#stopped = true;
    for (const wake of this.#sleepers) wake();
    this.#sleepers.clear();
  }

  #inOrder<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.#chains.get(key);
    const run = prev ? prev.then(fn) : fn();
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    this.#chains.set(key, tail);
    void tail.then(() => {
      if (this.#chains.get(key) === tail) this.#chains.delete(key);
    });
    return run;
  }

  async #invoke(binding: BindingSpec, p: PlannedInvocation, delivery: Delivery, once: boolean): Promise<SinkResult> {
    const labels = { binding: binding.name, sink: p.sink.name };
    let retries = 0;
    let waits = 0;
    let awaitingSince: number | undefined;
    const prior = delivery.priorDeliveries;
    for (;;) {
      if (this.#stopped) return { kind: 'abandoned', reason: 'stopping' };
      if (!delivery.live()) return { kind: 'abandoned', reason: 'delivery lost (connection closed)' };
      const r = await this.#invoker.invoke(p);
      if (r.ok) {
        this.#metrics.invocations.inc({ ...labels, result: 'ok' });
        return { kind: 'ok', value: r.value };
      }
      this.#metrics.invocations.inc({ ...labels, result: 'error' });
      this.#metrics.failures.inc({ binding: binding.name, code: r.code });
      const dead = (): SinkResult => ({
        kind: 'dead-letter',
        code: r.code,
        message: r.message,
        sink: p.sink.name,
        attempts: prior + retries + 1,
        ...(r.httpStatus !== undefined ? { httpStatus: r.httpStatus } : {}),
      });
      if (once) return dead();
      let wait: number;
      switch (r.kind) {
        case 'terminal':
          return dead();
        case 'unavailable':
          wait = this.#backoff(waits++);
          break;
        case 'awaiting-registration':
          awaitingSince ??= Date.now();
          if (Date.now() - awaitingSince >= this.#retry.awaitRegistrationMs) return dead();
          wait = this.#backoff(waits++);
          break;
        case 'retryable':
          if (prior + retries >= this.#retry.maxRetries) return dead();
          wait = this.#backoff(retries++);
          break;
      }
      this.#metrics.retries.inc({ binding: binding.name });
      const fields = {
        binding: binding.name,
        sink: p.sink.name,
        actor: p.actor,
        action: p.action,
        code: r.code,
        error: r.message,
        retryInMs: wait,
        retries,
        prior,
      };
      if (r.kind === 'retryable') this.#logger.warn('invocation failed; retrying', fields);
      else this.#logger.debug('invocation not possible yet; waiting', { ...fields, kind: r.kind });
      await this.#sleep(wait, delivery);
    }
  }

  #backoff(n: number): number {
    const base = Math.min(this.#retry.maxBackoffMs, this.#retry.backoffMs * 2 ** Math.min(n, 30));
    // ±20% so that many messages failing together do not come back together.
    return Math.max(1, Math.round(base * (0.8 + Math.random() * 0.4)));
  }

  /** Waits `ms`, keeping the delivery alive; ends early when stopping. */
  #sleep(ms: number, delivery: Delivery): Promise<void> {
    delivery.keepAlive?.();
    if (this.#stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        clearInterval(keep);
        this.#sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      const keep = setInterval(() => delivery.keepAlive?.(), KEEP_ALIVE_EVERY_MS);
      this.#sleepers.add(done);
    });
  }
}
