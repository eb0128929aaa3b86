// The activation lifecycle: which actors are activated here, and their life from activation
// to deactivation.
//
//   cell(target)   activates on first use, as the first task of the new cell's mailbox
//                  (load state, run the init action); turns queued behind it wait for it
//   warmUp         activates stateful named actors right after registration, 4 at a time
//   timers         timer actions run while the actor is active; timer turns are not activity
//   idle           after its deactivation timeout without activity: final save, then gone
//   hand-over      a new activation of an actor still being deactivated waits for its final
//                  save; when that save failed, the new cell takes over the unsaved state
//   afterTurn      a changed state joins the snapshot pipeline (batched per shard)
import { performance } from 'node:perf_hooks';
import { endWith, startSpan, type Labels, type Logger, type ProxyMetrics, type TraceSpan } from '../../control';
import { asSpawnError } from '../../errors';
import type { SnapshotPipeline, StateStore } from '../../storage';
import { ActorCell } from './actor-cell';
import { seriesOf, type ActorDefinition } from './definitions';
import type { Target } from './directory';
import type { Ownership } from './ownership';
import type { StateTable } from './state-table';

export interface LifecycleOptions {
  store: StateStore;
  ownership: Ownership;
  states: StateTable;
  snapshots: SnapshotPipeline;
  hostTimeoutMs: number;
  /** Deadline of warm-up activations. */
  invokeTimeoutMs: number;
  logger: Logger;
  metrics: ProxyMetrics;
  /** Runs a timer action of an active actor as an async turn that does not count as activity. */
  fireTimer(cell: ActorCell, action: string): void;
}

const WARMUP_CONCURRENCY = 4;

/** Map key of a cell: system + NUL + cell name. */
export function cellKey(system: string, cellName: string): string {
  return `${system}\u0000${cellName}`;
}

export class ActivationLifecycle {
  readonly #o: LifecycleOptions;
  readonly #cells = new Map<string, ActorCell>();
  /**
   * Cells being deactivated, so a new activation waits for their final save; resolves to
   * the old cell when that save failed, so the new one takes over its unsaved state.
   */
  readonly #leaving = new Map<string, Promise<ActorCell | undefined>>();
  /** The cells behind #leaving, for what a drain still waits on. */
  readonly #leavingCells = new Map<string, ActorCell>();
  #draining = false;

  constructor(options: LifecycleOptions) {
    this.#o = options;
  }

  get size(): number {
    return this.#cells.size;
  }

  get draining(): boolean {
    return this.#draining;
  }

  countBySystem(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const c of this.#cells.values()) out[c.def.system] = (out[c.def.system] ?? 0) + 1;
    return out;
  }

  /** Every activated cell, in activation order. */
  cells(): IterableIterator<ActorCell> {
    return this.#cells.values();
  }

  /** Turns running or queued, per actor type (spawn_actor_inflight_messages; sampled when scraped). */
  inflightByActor(): Array<[Labels, number]> {
    const byType = new Map<ActorDefinition, number>();
    for (const c of this.#cells.values()) byType.set(c.def, (byType.get(c.def) ?? 0) + c.mailbox.depth);
    const out = new Map<string, [Labels, number]>();
    // A re-registration leaves cells on two definitions of one actor for a while: one series each name.
    for (const [def, n] of byType) {
      const k = `${def.system}\u0000${def.name}`;
      const prev = out.get(k);
      if (prev) prev[1] += n;
      else out.set(k, [{ system: def.system, actor: def.name }, n]);
    }
    return [...out.values()];
  }

  /** The active cell of a key, if any. */
  /** Resolves once a deactivation of `key` in progress (its final save, its claim released) is over. */
  async leavingDone(key: string): Promise<void> {
    const leaving = this.#leaving.get(key);
    if (leaving) await leaving.catch(() => undefined);
  }

  live(key: string): ActorCell | undefined {
    return this.#cells.get(key);
  }

  /**
   * The live cell of a target, activating it (as its mailbox's first task) when needed;
   * `span` (tracing on): the invocation that asked, parent of the activation's span.
   */
  cell(target: Target, deadline: number, span?: TraceSpan): ActorCell {
    const key = cellKey(target.system, target.cellName);
    const live = this.#cells.get(key);
    if (live) return live;
    const cell = new ActorCell(key, target.cellName, target.hostId, target.entry.def, {
      store: this.#o.store,
      ownership: this.#o.ownership,
      states: this.#o.states,
      snapshots: this.#o.snapshots,
      hostTimeoutMs: this.#o.hostTimeoutMs,
    });
    this.#cells.set(key, cell);
    const leaving = this.#leaving.get(key);
    const restore = target.entry.restoreRevision;
    const series = seriesOf(cell.def, this.#o.metrics);
    const start = performance.now();
    cell.mailbox
      .post(async () => {
        try {
          const unsaved = leaving ? await leaving : undefined;
          if (unsaved) cell.inherit(unsaved);
          else if (span) {
            const activation = startSpan('spawn.activate', span, { 'spawn.system': target.system, 'spawn.actor': target.cellName });
            await endWith(activation, cell.activate(restore, deadline, activation));
          } else await cell.activate(restore, deadline);
        } catch (err) {
          // Set inside the task, so turns queued behind it fail with this error instead of running.
          cell.activationError = asSpawnError(err);
          throw err;
        }
      })
      .then(
        () => {
          if (restore !== undefined) delete target.entry.restoreRevision;
          series.activationDuration.observe((performance.now() - start) / 1000);
          series.activations.inc();
          this.#armTimers(cell);
          this.afterTurn(cell);
        },
        (err) => {
          series.activationFailures.inc();
          if (this.#cells.get(key) === cell) this.#cells.delete(key);
          this.#retire(cell);
          this.#o.logger.warn('activation failed', { system: target.system, actor: target.cellName, error: (err as Error).message });
        },
      );
    return cell;
  }

  /** After a turn: queue a snapshot if the state changed (a stale cell reloads on its next turn instead). */
  afterTurn(cell: ActorCell): void {
    if (cell.stale) return;
    if (cell.dirty && cell.def.stateful && this.#cells.get(cell.key) === cell) this.#o.snapshots.markDirty(cell, cell.def.snapshotMs);
  }

  /** A re-registration replaces the definition of live actors, spawned instances included. */
  redefine(defs: readonly ActorDefinition[]): void {
    for (const def of defs) {
      for (const cell of this.#cells.values()) if (cell.def.system === def.system && cell.def.name === def.name) cell.def = def;
    }
  }

  /** Activates the targets in the background, WARMUP_CONCURRENCY at a time; stops when draining. */
  warmUp(targets: readonly Target[]): void {
    if (targets.length === 0) return;
    const queue = [...targets];
    const worker = async (): Promise<void> => {
      for (let target = queue.shift(); target && !this.#draining; target = queue.shift()) {
        try {
          const cell = this.cell(target, Date.now() + this.#o.invokeTimeoutMs);
          await cell.mailbox.post(async () => undefined);
        } catch (err) {
          this.#o.logger.warn('warm-up failed', { system: target.system, actor: target.cellName, error: (err as Error).message });
        }
      }
    };
    for (let i = 0; i < Math.min(WARMUP_CONCURRENCY, targets.length); i++) void worker();
  }

  #armTimers(cell: ActorCell): void {
    if (this.#draining) return;
    const def = cell.def;
    for (const t of def.timers) {
      const handle = setInterval(() => {
        // A slow host must not pile up timer turns: skip while one is still queued.
        if (cell.mailbox.pending > 0 || this.#draining) return;
        this.#o.fireTimer(cell, t.action);
      }, t.periodMs);
      handle.unref();
      cell.timerHandles.push(handle);
    }
    this.#armDeactivation(cell, def.deactivateMs);
  }

  #armDeactivation(cell: ActorCell, inMs: number): void {
    clearTimeout(cell.deactivationTimer);
    cell.deactivationTimer = setTimeout(() => this.#maybeDeactivate(cell), inMs);
    cell.deactivationTimer.unref();
  }

  #maybeDeactivate(cell: ActorCell): void {
    if (this.#cells.get(cell.key) !== cell) return;
    const idleFor = Date.now() - cell.lastActive;
    if (cell.mailbox.busy || idleFor < cell.def.deactivateMs) {
      this.#armDeactivation(cell, Math.max(10, cell.def.deactivateMs - idleFor));
      return;
    }
    void this.deactivate(cell, 'idle');
  }

  #saveFailed(cell: ActorCell, err: unknown): void {
    const e = asSpawnError(err);
    const conflict = e.code === 'SPAWN_ERR_STATE_CONFLICT';
    this.#o.logger.error(conflict ? 'state write conflict: actor reloads on its next invocation' : 'state write failed', {
      system: cell.def.system,
      actor: cell.storeKey.name,
      code: e.code,
      error: e.message,
    });
  }

  /** Frees a cell that left the map, after the turns already queued on it have run. */
  #retire(cell: ActorCell): void {
    cell.mailbox.post(async () => cell.dispose()).catch(() => undefined);
  }

  /** Final save, then the cell leaves. While the store is down a dirty actor stays active instead. */
  async deactivate(cell: ActorCell, reason: string, opts: { afterQueuedTurns?: boolean } = {}): Promise<void> {
    if (this.#cells.get(cell.key) !== cell) return;
    // While the store is down a dirty actor stays active: deactivating it would need a write.
    if (!this.#draining && cell.dirty && this.#o.store.health() !== undefined) {
      this.#armDeactivation(cell, cell.def.deactivateMs);
      return;
    }
    this.#cells.delete(cell.key);
    cell.clearTimers();
    const done = (async (): Promise<ActorCell | undefined> => {
      // Turns queued before it left the map run first (none can be queued after: calls find it gone).
      if (opts.afterQueuedTurns) await cell.mailbox.post(async () => undefined).catch(() => undefined);
      try {
        await cell.save();
        this.#o.snapshots.forget(cell);
        await this.#o.ownership
          .release(cell.def.system, cell.storeKey.name)
          .catch((err: Error) =>
            this.#o.logger.warn('cluster: releasing the claim failed (it lapses with this member)', { actor: cell.storeKey.name, error: err.message }),
          );
        return undefined;
      } catch (err) {
        this.#saveFailed(cell, err);
        this.#o.snapshots.forget(cell);
        // Another writer moved the state on: this member does not own the actor any more.
        if (cell.stale) await this.#o.ownership.release(cell.def.system, cell.storeKey.name).catch(() => undefined);
        if (cell.stale || this.#draining) return undefined;
        // The store failed: keep the state in memory. Back into service if nobody took the slot,
        // else the new activation (waiting on this promise) takes the state over.
        if (!this.#cells.has(cell.key)) {
          this.#cells.set(cell.key, cell);
          this.#armTimers(cell);
          this.#o.snapshots.markDirty(cell, cell.def.snapshotMs);
          return undefined;
        }
        return cell;
      }
    })();
    this.#leaving.set(cell.key, done);
    this.#leavingCells.set(cell.key, cell);
    await done;
    if (this.#leaving.get(cell.key) === done) {
      this.#leaving.delete(cell.key);
      this.#leavingCells.delete(cell.key);
    }
    if (this.#cells.get(cell.key) === cell) return; // kept in service: the store is down
    // Retired, unless the next activation took its unsaved state over (inherit retires it).
    if ((await done) === undefined) this.#retire(cell);
    seriesOf(cell.def, this.#o.metrics).deactivations.inc();
    this.#o.logger.debug('actor deactivated', { system: cell.def.system, actor: cell.storeKey.name, reason });
  }

  /**
   * Hands actors over to the member placement prefers now (one joined): each idle actor for
   * which `moves` says so is deactivated (final save, claim released), and its next call
   * activates it there. Returns how many should move but were busy (look again later).
   */
  handOff(moves: (cell: ActorCell) => boolean): number {
    if (this.#draining) return 0;
    let busy = 0;
    for (const cell of [...this.#cells.values()]) {
      if (!moves(cell)) continue;
      if (cell.mailbox.busy) busy++;
      else void this.deactivate(cell, 'hand-off');
    }
    return busy;
  }

  /**
   * The cluster lease was lost: every cell leaves now, after the turns queued on it (they
   * fail at their lease check). Its state is written if the store still takes it (it
   * refuses a member whose actor was activated elsewhere meanwhile); if not, what it had not
   * written is lost, as in a crash. Nothing of it runs again.
   */
  async dropAll(reason: string): Promise<void> {
    const cells = [...this.#cells.values()];
    for (const cell of cells) {
      this.#cells.delete(cell.key);
      cell.clearTimers();
    }
    await Promise.allSettled([...this.#leaving.values()]);
    await Promise.allSettled(
      cells.map(async (cell) => {
        await cell.mailbox.post(async () => undefined).catch(() => undefined);
        try {
          await cell.save();
        } catch (err) {
          this.#o.logger.warn('actor state not written after the cluster lease was lost', { actor: cell.storeKey.name, error: (err as Error).message });
        }
        this.#o.snapshots.forget(cell);
        this.#retire(cell);
        seriesOf(cell.def, this.#o.metrics).deactivations.inc();
        this.#o.logger.debug('actor deactivated', { system: cell.def.system, actor: cell.storeKey.name, reason });
      }),
    );
  }

  // --- drain ---------------------------------------------------------------------------------

  /** No more activations by warm-up, no timers: the proxy is stopping. */
  startDraining(): void {
    this.#draining = true;
    for (const cell of this.#cells.values()) cell.clearTimers();
  }

  /** Resolves once every turn queued now (activations included) has run. */
  idle(): Promise<unknown> {
    return Promise.allSettled([...this.#cells.values()].map((c) => c.mailbox.post(async () => undefined)));
  }

  /**
   * Every actor leaves the map now and is deactivated after the turns already queued on it:
   * in a cluster, calls other members forward here keep arriving while it drains, so an
   * actor is rarely idle at one instant; calls that find it gone wait for its final save and
   * go to another member.
   */
  async deactivateAll(reason: string): Promise<void> {
    await Promise.allSettled([...this.#cells.values()].map((c) => this.deactivate(c, reason, { afterQueuedTurns: true })));
    await Promise.allSettled([...this.#leaving.values()]);
  }

  /** Actors with a turn running or queued. */
  busy(): ActorCell[] {
    return [...this.#cells.values(), ...this.#leavingCells.values()].filter((c) => c.mailbox.busy);
  }
}
