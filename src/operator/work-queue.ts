// Keys to reconcile: each key queued at most once, never reconciled twice at the same time
// (a key added while it runs runs again afterwards), failures retried with exponential
// backoff, and an explicit delay for resources waiting on something outside the cluster's
// events (a Secret the user has not created yet).
import type { Logger } from '../control';
import { backoffDelay, type Backoff } from './informer';

export interface ReconcileResult {
  /** Reconcile again after this long even without an event. */
  requeueAfterMs?: number;
}

export class WorkQueue {
  readonly #name: string;
  readonly #handler: (key: string) => Promise<ReconcileResult | void>;
  readonly #concurrency: number;
  readonly #backoff: Backoff;
  readonly #logger: Logger;
  readonly #ready = new Set<string>();
  readonly #active = new Set<string>();
  readonly #again = new Set<string>();
  readonly #delayed = new Map<string, NodeJS.Timeout>();
  readonly #failures = new Map<string, number>();
  #stopped = false;
  #idleWaiters: Array<() => void> = [];
  /** Counters for logs and tests. */
  readonly stats = { runs: 0, failures: 0 };

  constructor(name: string, handler: (key: string) => Promise<ReconcileResult | void>, options: { concurrency: number; backoff: Backoff }, logger: Logger) {
    this.#name = name;
    this.#handler = handler;
    this.#concurrency = options.concurrency;
    this.#backoff = options.backoff;
    this.#logger = logger;
  }

  /** Reconcile `key` as soon as possible (an event: any pending delayed retry is folded into it). */
  add(key: string): void {
    if (this.#stopped) return;
    const timer = this.#delayed.get(key);
    if (timer) {
      clearTimeout(timer);
      this.#delayed.delete(key);
    }
    if (this.#active.has(key)) this.#again.add(key);
    else this.#ready.add(key);
    this.#pump();
  }

  /** Reconcile `key` after `ms`, unless an event brings it sooner. */
  addAfter(key: string, ms: number): void {
    if (this.#stopped || this.#delayed.has(key) || this.#ready.has(key)) return;
    const timer = setTimeout(() => {
      this.#delayed.delete(key);
      this.add(key);
    }, ms);
    timer.unref();
    this.#delayed.set(key, timer);
  }

  /** Resolves once nothing is queued or running (delayed retries aside). */
  idle(): Promise<void> {
    if (this.#ready.size === 0 && this.#active.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  stop(): void {
    this.#stopped = true;
    for (const t of this.#delayed.values()) clearTimeout(t);
    this.#delayed.clear();
    this.#ready.clear();
    this.#again.clear();
  }

  #pump(): void {
    while (!this.#stopped && this.#active.size < this.#concurrency && this.#ready.size > 0) {
      const key = this.#ready.values().next().value as string;
      this.#ready.delete(key);
      this.#active.add(key);
      void this.#run(key);
    }
    if (this.#ready.size === 0 && this.#active.size === 0) {
      const waiters = this.#idleWaiters;
      this.#idleWaiters = [];
      for (const w of waiters) w();
    }
  }

  async #run(key: string): Promise<void> {
    this.stats.runs++;
    try {
      const result = await this.#handler(key);
      this.#failures.delete(key);
      if (result?.requeueAfterMs !== undefined) this.addAfter(key, result.requeueAfterMs);
    } catch (err) {
      this.stats.failures++;
      const failures = (this.#failures.get(key) ?? 0) + 1;
      this.#failures.set(key, failures);
      const delay = backoffDelay(this.#backoff, failures);
      this.#logger.warn('reconcile failed; retrying', { queue: this.#name, key, failures, retryInMs: delay, error: err });
      this.addAfter(key, delay);
    } finally {
      this.#active.delete(key);
      if (this.#again.delete(key)) this.add(key);
      this.#pump();
    }
  }
}
