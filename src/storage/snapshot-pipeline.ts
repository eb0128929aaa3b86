// Snapshot pipeline: dirty actors are written in batches, one batch per shard (a hash of
// the actor key picks the shard), when their snapshot timeout comes due, on checkpoint and
// on deactivation. A shard has at most one batch in flight, and an actor is never in two
// writes at once, so its compare-and-set revision always follows its previous write.
//
// When the store fails, the batch's actors stay dirty in memory and the shard retries with
// exponential backoff (100 ms doubling up to maxBackoffMs, with jitter); nothing is dropped.
// Encryption and batch encoding run inline: bench/micro/snapshot-pool.ts measured a piscina
// pool as slower than inline for actor-sized states (docs/storage.md).
import { KIND, endWith, startSpan, tracing, type Logger } from '../control';
import { SpawnError } from '../errors';
import type { ActorKey, SaveItem, SaveOutcome, StateStore } from './state-store';

export interface SnapshotCapture {
  item: SaveItem;
}

/** Something with state to persist: the runtime's ActorCell. */
export interface Snapshotable {
  readonly storeKey: ActorKey;
  /**
   * The write to make now, or undefined when there is nothing to write. Throws (a
   * SpawnError) when the source cannot be written at all, e.g. its state is stale: the
   * callers waiting on that write get the error instead of a false "written".
   */
  capture(): SnapshotCapture | undefined;
  /** The outcome of a captured write: a revision, a conflict, or a store failure (still dirty). */
  settle(capture: SnapshotCapture, outcome: SaveOutcome): void;
}

export interface SnapshotPipelineOptions {
  shards?: number;
  batchSize?: number;
  maxBackoffMs?: number;
  logger: Logger;
  /** Counts writes: ok / conflict / error (a failed batch counts each of its items). */
  onWrite?(result: 'ok' | 'conflict' | 'error', count: number): void;
  /** Called after settle with a conflict, so the owner can drop the stale actor. */
  onConflict?(source: Snapshotable, err: Error): void;
}

interface Waiter {
  resolve(wrote: boolean): void;
  reject(err: Error): void;
}

class Shard {
  /** Dirty sources and when each is due. */
  readonly dirty = new Map<Snapshotable, number>();
  /** flush() callers waiting for a write that starts after they asked. */
  readonly waiting = new Map<Snapshotable, Waiter[]>();
  running = false;
  timer: NodeJS.Timeout | undefined;
  timerAt = Infinity;
  immediate: NodeJS.Immediate | undefined;
  backoffMs = 0;
  retryAt = 0;
  constructor(readonly index: number) {}
}

const FIRST_BACKOFF_MS = 100;

export class SnapshotPipeline {
  readonly #store: StateStore;
  readonly #o: SnapshotPipelineOptions;
  readonly #shards: Shard[];
  readonly #batchSize: number;
  readonly #inflight = new Set<Snapshotable>();
  #closed = false;

  constructor(store: StateStore, options: SnapshotPipelineOptions) {
    this.#store = store;
    this.#o = options;
    this.#batchSize = options.batchSize ?? 256;
    this.#shards = Array.from({ length: options.shards ?? 4 }, (_, i) => new Shard(i));
  }

  /** Number of actors with unwritten changes. */
  get backlog(): number {
    let n = 0;
    for (const s of this.#shards) n += s.dirty.size;
    return n + this.#inflight.size;
  }

  shardOf(key: ActorKey): number {
    return fnv1a(key.system, key.name) % this.#shards.length;
  }

  /** The source changed: write it within `withinMs` (keeps an earlier due time). */
  markDirty(source: Snapshotable, withinMs: number): void {
    const shard = this.#shards[this.shardOf(source.storeKey)]!;
    const due = Date.now() + withinMs;
    const prev = shard.dirty.get(source);
    if (prev === undefined || due < prev) shard.dirty.set(source, due);
    this.#schedule(shard, Math.max(due, shard.retryAt));
  }

  /**
   * Writes the source in the shard's next batch (this tick's checkpoints and deactivations
   * share it) and resolves when that write is done: true when it wrote, false when there was
   * nothing to write. Rejects with the conflict or the store failure; after a store failure
   * the source stays dirty and the shard keeps retrying.
   */
  flush(source: Snapshotable): Promise<boolean> {
    const shard = this.#shards[this.shardOf(source.storeKey)]!;
    return new Promise<boolean>((resolve, reject) => {
      let list = shard.waiting.get(source);
      if (!list) shard.waiting.set(source, (list = []));
      list.push({ resolve, reject });
      if (!shard.dirty.has(source)) shard.dirty.set(source, Date.now());
      else shard.dirty.set(source, Math.min(shard.dirty.get(source)!, Date.now()));
      this.#runSoon(shard);
    });
  }

  /**
   * Stops tracking a source (its writes, if any, are finished or not wanted). Callers still
   * waiting for a write of it get `reason`: no write will come for them.
   */
  forget(source: Snapshotable, reason?: Error): void {
    const shard = this.#shards[this.shardOf(source.storeKey)]!;
    shard.dirty.delete(source);
    this.#rejectWaiting(shard, source, reason ?? new SpawnError('SPAWN_ERR_INTERNAL', `the write of actor '${source.storeKey.name}' was cancelled`));
  }

  /** True while a write of the source is in flight. */
  writing(source: Snapshotable): boolean {
    return this.#inflight.has(source);
  }

  #rejectWaiting(shard: Shard, source: Snapshotable, err: Error): void {
    const waiting = shard.waiting.get(source);
    if (!waiting) return;
    shard.waiting.delete(source);
    for (const w of waiting) w.reject(err);
  }

  /**
   * Writes everything dirty, retrying store failures until `timeoutMs` passes. Returns the
   * number of actors whose changes could not be written. Bounded even when sources keep
   * changing while it runs: it never waits past `timeoutMs` (a write already sent to the
   * store is not waited for beyond it).
   */
  async flushAll(timeoutMs: number): Promise<number> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const pending: Promise<unknown>[] = [];
      for (const shard of this.#shards) {
        for (const source of [...shard.dirty.keys()]) pending.push(this.flush(source).catch((e: Error) => e));
      }
      const left = until - Date.now();
      if (left <= 0) return this.backlog;
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([Promise.all(pending).then(() => false), new Promise<boolean>((r) => (timer = setTimeout(() => r(true), left)))]);
      clearTimeout(timer);
      if (this.backlog === 0) return 0;
      if (timedOut || Date.now() >= until) return this.backlog;
      if (pending.length === 0) {
        // Only writes in flight (started by someone else): wait a little for them.
        await new Promise((r) => setTimeout(r, Math.min(20, Math.max(1, until - Date.now()))));
      }
      // Otherwise go again: failed writes are due at their shard's retry time, sources
      // changed meanwhile are dirty again.
      else if (this.#shards.some((s) => s.retryAt > Date.now())) {
        await new Promise((r) => setTimeout(r, Math.min(500, Math.max(10, until - Date.now()))));
      }
    }
  }

  close(): void {
    this.#closed = true;
    for (const s of this.#shards) {
      clearTimeout(s.timer);
      if (s.immediate) clearImmediate(s.immediate);
    }
  }

  #schedule(shard: Shard, at: number): void {
    if (this.#closed || shard.running || at >= shard.timerAt) return;
    clearTimeout(shard.timer);
    shard.timerAt = at;
    shard.timer = setTimeout(
      () => {
        shard.timer = undefined;
        shard.timerAt = Infinity;
        void this.#run(shard);
      },
      Math.max(0, at - Date.now()),
    );
    // Not unref'd: unwritten state is a reason to stay alive.
  }

  #runSoon(shard: Shard): void {
    if (this.#closed || shard.running || shard.immediate) return;
    if (shard.retryAt > Date.now()) {
      this.#schedule(shard, shard.retryAt);
      return;
    }
    shard.immediate = setImmediate(() => {
      shard.immediate = undefined;
      void this.#run(shard);
    });
  }

  async #run(shard: Shard): Promise<void> {
    if (shard.running || this.#closed) return;
    shard.running = true;
    clearTimeout(shard.timer);
    shard.timer = undefined;
    shard.timerAt = Infinity;
    const now = Date.now();
    const sources: Snapshotable[] = [];
    const captures: SnapshotCapture[] = [];
    const waiters: Array<Waiter[] | undefined> = [];
    for (const [source, due] of shard.dirty) {
      if (captures.length >= this.#batchSize) break;
      if (due > now + 20 || this.#inflight.has(source)) continue;
      shard.dirty.delete(source);
      const w = shard.waiting.get(source);
      shard.waiting.delete(source);
      let cap: SnapshotCapture | undefined;
      try {
        cap = source.capture();
      } catch (err) {
        for (const x of w ?? []) x.reject(err instanceof Error ? err : new Error(String(err)));
        continue;
      }
      if (!cap) {
        for (const x of w ?? []) x.resolve(false);
        continue;
      }
      sources.push(source);
      captures.push(cap);
      waiters.push(w);
      this.#inflight.add(source);
    }
    try {
      if (captures.length === 0) return;
      let outcomes: SaveOutcome[];
      try {
        const items = captures.map((c) => c.item);
        // A batch serves many actors' turns: its span is a trace of its own.
        outcomes = await (tracing.on
          ? endWith(
              startSpan(
                'spawn.state.save_batch',
                undefined,
                { 'db.system.name': this.#store.kind, 'spawn.snapshot.shard': shard.index, 'spawn.batch.size': items.length },
                KIND.client,
              ),
              this.#store.saveBatch(items),
            )
          : this.#store.saveBatch(items));
      } catch (err) {
        const e = err instanceof Error ? err : new Error(String(err));
        shard.backoffMs = Math.min(this.#o.maxBackoffMs ?? 5000, shard.backoffMs ? shard.backoffMs * 2 : FIRST_BACKOFF_MS);
        shard.retryAt = Date.now() + shard.backoffMs * (0.5 + Math.random() / 2);
        this.#o.onWrite?.('error', captures.length);
        this.#o.logger.warn('state batch write failed: changes stay in memory and are retried', {
          shard: shard.index,
          actors: captures.length,
          retryInMs: Math.round(shard.retryAt - Date.now()),
          error: e.message,
        });
        sources.forEach((source, i) => {
          this.#inflight.delete(source);
          source.settle(captures[i]!, e);
          if (!shard.dirty.has(source)) shard.dirty.set(source, shard.retryAt);
          for (const x of waiters[i] ?? []) x.reject(e);
        });
        return;
      }
      shard.backoffMs = 0;
      shard.retryAt = 0;
      let ok = 0;
      let conflicts = 0;
      sources.forEach((source, i) => {
        this.#inflight.delete(source);
        const outcome = outcomes[i]!;
        source.settle(captures[i]!, outcome);
        if (outcome instanceof Error) {
          conflicts++;
          shard.dirty.delete(source);
          for (const x of waiters[i] ?? []) x.reject(outcome);
          // Callers that asked for a later write while this one was in flight (a checkpoint
          // of a turn that ran meanwhile): their state was built on the stale revision too.
          this.#rejectWaiting(shard, source, outcome);
          this.#o.onConflict?.(source, outcome);
        } else {
          ok++;
          for (const x of waiters[i] ?? []) x.resolve(true);
        }
      });
      if (ok) this.#o.onWrite?.('ok', ok);
      if (conflicts) this.#o.onWrite?.('conflict', conflicts);
    } finally {
      for (const s of sources) this.#inflight.delete(s);
      shard.running = false;
      this.#next(shard);
    }
  }

  /** After a run: go again at once for urgent work, else at the earliest due time. */
  #next(shard: Shard): void {
    if (shard.dirty.size === 0 || this.#closed) return;
    const now = Date.now();
    let earliest = Infinity;
    for (const due of shard.dirty.values()) if (due < earliest) earliest = due;
    const at = Math.max(earliest, shard.retryAt);
    if (at <= now + 20) this.#runSoon(shard);
    else this.#schedule(shard, at);
  }
}

/** FNV-1a over "system\0name": cheap and stable across processes. */
export function fnv1a(system: string, name: string): number {
  let h = 0x811c9dc5;
  const s = `${system}\u0000${name}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
