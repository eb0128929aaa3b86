// A StateStore that times what it passes on: load and save latency, snapshot batch sizes and
// compare-and-set conflicts (spawn_store_*, spawn_state_conflicts_total). It wraps the store
// the proxy builds, so every path — activation, reload, fencing, the snapshot pipeline — is
// measured in one place, whatever the adapter.
import { performance } from 'node:perf_hooks';
import type { HistogramSeries, ProxyMetrics } from '../control';
import { SpawnError } from '../errors';
import type { ActorKey, ActorStateRecord, SaveItem, SaveOutcome, ScheduledInvocation, SnapshotSettings, StateStore, StoredState } from './state-store';

type Operation = 'load' | 'load_revision' | 'save' | 'save_batch';

const isConflict = (err: unknown): boolean => err instanceof SpawnError && err.code === 'SPAWN_ERR_STATE_CONFLICT';

export class InstrumentedStateStore implements StateStore {
  readonly #inner: StateStore;
  readonly #metrics: ProxyMetrics;
  /** operation -> [ok, error] */
  readonly #timings: Record<Operation, readonly [HistogramSeries, HistogramSeries]>;
  readonly #batchSize: HistogramSeries;

  constructor(inner: StateStore, metrics: ProxyMetrics) {
    this.#inner = inner;
    this.#metrics = metrics;
    const store = inner.kind;
    const d = metrics.storeDuration;
    const bind = (operation: Operation): readonly [HistogramSeries, HistogramSeries] => [
      d.child({ store, operation, outcome: 'ok' }),
      d.child({ store, operation, outcome: 'error' }),
    ];
    this.#timings = { load: bind('load'), load_revision: bind('load_revision'), save: bind('save'), save_batch: bind('save_batch') };
    this.#batchSize = metrics.storeBatchSize.child({ store });
  }

  get kind(): string {
    return this.#inner.kind;
  }

  get snapshotSettings(): SnapshotSettings | undefined {
    return this.#inner.snapshotSettings;
  }

  set snapshotSettings(s: SnapshotSettings | undefined) {
    this.#inner.snapshotSettings = s;
  }

  async #timed<T>(operation: Operation, run: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      const out = await run();
      this.#timings[operation][0].observe((performance.now() - start) / 1000);
      return out;
    } catch (err) {
      // A conflict is the store answering, not failing: timed as ok, counted as a conflict.
      this.#timings[operation][isConflict(err) ? 0 : 1].observe((performance.now() - start) / 1000);
      throw err;
    }
  }

  #conflicts(system: string, n = 1): void {
    this.#metrics.stateConflicts.inc({ system }, n);
  }

  init(): Promise<void> {
    return this.#inner.init();
  }

  load(key: ActorKey): Promise<StoredState | null> {
    return this.#timed('load', () => this.#inner.load(key));
  }

  loadRevision(key: ActorKey, revision: number): Promise<StoredState | null> {
    return this.#timed('load_revision', () => this.#inner.loadRevision(key, revision));
  }

  async save(key: ActorKey, state: ActorStateRecord, expectedRevision: number): Promise<number> {
    try {
      return await this.#timed('save', () => this.#inner.save(key, state, expectedRevision));
    } catch (err) {
      if (isConflict(err)) this.#conflicts(key.system);
      throw err;
    }
  }

  async saveBatch(items: readonly SaveItem[]): Promise<SaveOutcome[]> {
    this.#batchSize.observe(items.length);
    const outcomes = await this.#timed('save_batch', () => this.#inner.saveBatch(items));
    outcomes.forEach((o, i) => {
      if (o instanceof Error && isConflict(o)) this.#conflicts(items[i]!.key.system);
    });
    return outcomes;
  }

  addScheduled(item: ScheduledInvocation): Promise<void> {
    return this.#inner.addScheduled(item);
  }

  dueScheduled(now: number, limit: number): Promise<ScheduledInvocation[]> {
    return this.#inner.dueScheduled(now, limit);
  }

  claimScheduled(item: Pick<ScheduledInvocation, 'dueAt' | 'id'>): Promise<boolean> {
    return this.#inner.claimScheduled(item);
  }

  health(): string | undefined {
    return this.#inner.health();
  }

  close(): Promise<void> {
    return this.#inner.close();
  }
}
