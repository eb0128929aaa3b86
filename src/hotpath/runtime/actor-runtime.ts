// The actor runtime: registered systems, activated actors, and the invocation path.
//
//   invoke(request) -> resolve target -> activate if needed -> mailbox turn -> host -> reply
//
// Identity is (system, actor name). Each activated actor is one ActorCell; all its
// invocations, sync and async, go through its FIFO mailbox.
import type { Logger, ProxyMetrics } from '../../control';
import { SpawnError, asSpawnError } from '../../errors';
import { SnapshotPipeline, type StateStore } from '../../storage';
import type { IActorId, IAny, IInvocationRequest, IRegistrationRequest, ISpawnRequest } from '../codec';
import type { HostClient, HostReply } from '../host';
import { InvocationScheduler } from '../scheduler';
import { WorkflowRunner, type BroadcastBus, type BroadcastMessage } from '../workflow';

/** A broadcast subscriber: an actor name and the action its subscription runs. */
interface Subscriber {
  name: string;
  action: string;
}
import { ActorCell, type TurnRequest } from './actor-cell';
import { createStateTable, type StateTable } from './state-table';
import {
  DEFAULT_ACTIONS,
  defineActor,
  describeActions,
  knowsAction,
  type ActorDefinition,
  type DefinitionDefaults,
} from './definitions';

export interface RuntimeOptions {
  store: StateStore;
  /** The HTTP callback host (USER_FUNCTION_HOST:USER_FUNCTION_PORT), for hosts that register over HTTP. */
  host: HostClient;
  logger: Logger;
  metrics: ProxyMetrics;
  hostTimeoutMs: number;
  invokeTimeoutMs: number;
  defaults: DefinitionDefaults;
  /** Where broadcasts travel; its deliveries come back through deliverBroadcast(). */
  bus: BroadcastBus;
  /** Delayed invocations: how often the store is polled, and how late one may fire before it is dropped. */
  scheduler: { pollMs: number; maxLateMs: number };
  /** Where actors' state bytes live; default: the native off-heap table, else its JS twin. */
  states?: StateTable;
}

/** An addressable actor: a registered NAMED/POOLED actor or template, or a spawned instance. */
interface Addressable {
  id: IActorId;
  def: ActorDefinition;
  /** Spawned with ?revision=N: the first activation restores that revision. */
  restoreRevision?: number;
}

interface ActorSystemEntry {
  name: string;
  definitions: Map<string, ActorDefinition>;
  addressable: Map<string, Addressable>;
  /** Broadcast subscribers by topic; rebuilt after a registration or spawn changes them. */
  subscriptions: Map<string, Subscriber[]> | undefined;
}

/** Where an invocation goes, once names, pools and templates are resolved. */
interface Target {
  system: ActorSystemEntry;
  cellName: string;
  hostId: IActorId;
  entry: Addressable;
}

export interface InvokeResult {
  /** Absent for async and scheduled invocations. */
  reply?: HostReply;
}

const WARMUP_CONCURRENCY = 4;

export class ActorRuntime {
  readonly #opts: RuntimeOptions;
  readonly #systems = new Map<string, ActorSystemEntry>();
  readonly #cells = new Map<string, ActorCell>();
  /**
   * Cells being deactivated, so a new activation waits for their final save; resolves to
   * the old cell when that save failed, so the new one takes over its unsaved state.
   */
  readonly #leaving = new Map<string, Promise<ActorCell | undefined>>();
  readonly #snapshots: SnapshotPipeline;
  readonly #scheduler: InvocationScheduler;
  readonly #workflow: WorkflowRunner;
  readonly #states: StateTable;
  #draining = false;

  constructor(options: RuntimeOptions) {
    this.#opts = options;
    this.#states = options.states ?? createStateTable();
    options.metrics.activeActors.track(() => this.#cells.size);
    options.metrics.actorStateBytes.track(() => this.#states.bytes, { table: this.#states.kind });
    this.#scheduler = new InvocationScheduler({
      store: options.store,
      fire: (req) => this.invokeInternal(req, []),
      logger: options.logger,
      metrics: options.metrics,
      pollMs: options.scheduler.pollMs,
      maxLateMs: options.scheduler.maxLateMs,
    });
    this.#workflow = new WorkflowRunner(
      {
        invokeInternal: (req, chain) => this.invokeInternal(req, chain),
        publish: (msg) => options.bus.publish(msg),
      },
      options.logger,
      options.metrics,
    );
    const tuning = options.store.snapshotSettings;
    this.#snapshots = new SnapshotPipeline(options.store, {
      shards: tuning?.shards,
      batchSize: tuning?.batchSize,
      maxBackoffMs: tuning?.maxBackoffMs,
      logger: options.logger,
      onWrite: (result, count) => options.metrics.stateWrites.inc({ result }, count),
      // The cell is marked stale by settle(): its next turn reloads the state from the store.
      onConflict: (source, err) => {
        const cell = source as ActorCell;
        this.#opts.logger.error('state write conflict: actor reloads on its next invocation', {
          system: cell.def.system,
          actor: cell.storeKey.name,
          error: err.message,
        });
      },
    });
  }

  /** Starts firing stored delayed invocations (past-due ones at once). */
  startScheduler(): void {
    this.#scheduler.start();
  }

  get activeCount(): number {
    return this.#cells.size;
  }

  /** The state table: which kind, how many states and bytes it holds. */
  get stateTable(): Pick<StateTable, 'kind' | 'size' | 'bytes'> {
    return this.#states;
  }

  // --- registration and spawn ----------------------------------------------------------------

  /**
   * Registers (or re-registers) a host's actors. Idempotent; warm-up runs in the background.
   * `host` is how to reach the registering host (the HTTP callback unless it registered
   * over a host channel).
   */
  register(req: IRegistrationRequest, host: HostClient = this.#opts.host): { system: string; actors: number } {
    this.#refuseWhileDraining('register actors');
    const sys = req.actorSystem;
    if (!sys?.name) throw new SpawnError('SPAWN_ERR_BAD_REQUEST', 'RegistrationRequest.actor_system.name is empty; name the actor system');
    const defs: ActorDefinition[] = [];
    for (const [key, actor] of Object.entries(sys.registry?.actors ?? {})) {
      defs.push(defineActor(sys.name, key, actor, this.#opts.defaults, host));
    }
    if (defs.length === 0) {
      throw new SpawnError('SPAWN_ERR_BAD_REQUEST', `RegistrationRequest for system '${sys.name}' registers no actors`);
    }
    const system = this.#systemOrCreate(sys.name);
    for (const def of defs) {
      const clash = system.addressable.get(def.name);
      if (clash && clash.def.name !== def.name) {
        throw new SpawnError(
          'SPAWN_ERR_ACTOR_NAME_CONFLICT',
          `cannot register actor '${def.name}' in system '${sys.name}': a spawned instance of '${clash.def.name}' already has that name`,
        );
      }
    }
    for (const def of defs) {
      system.definitions.set(def.name, def);
      system.addressable.set(def.name, { id: def.id, def });
      // Re-registration replaces the definition of live actors, including spawned instances.
      for (const a of system.addressable.values()) if (a.def.name === def.name) a.def = def;
      for (const cell of this.#cells.values()) if (cell.def.system === def.system && cell.def.name === def.name) cell.def = def;
    }
    system.subscriptions = undefined;
    this.#warmUp(defs.filter((d) => d.kind === 'named' && d.stateful));
    this.#opts.logger.info('actors registered', { system: sys.name, actors: defs.map((d) => d.name) });
    return { system: sys.name, actors: defs.length };
  }

  /** Creates named instances of UNNAMED templates. Does not activate them. */
  spawn(pathSystem: string, req: ISpawnRequest, revision: number | undefined): number {
    this.#refuseWhileDraining('spawn actors');
    const ids = req.actors ?? [];
    if (ids.length === 0) throw new SpawnError('SPAWN_ERR_BAD_REQUEST', 'SpawnRequest.actors is empty; list the ActorIds to spawn');
    for (const id of ids) this.#spawnOne(id.system || pathSystem, id.name ?? '', id.parent ?? '', revision);
    return ids.length;
  }

  #spawnOne(systemName: string, name: string, parent: string, revision: number | undefined): Addressable {
    const system = this.#system(systemName);
    if (!name) throw new SpawnError('SPAWN_ERR_BAD_REQUEST', `cannot spawn an actor without a name in system '${systemName}'`);
    if (!parent) {
      throw new SpawnError('SPAWN_ERR_BAD_REQUEST', `cannot spawn actor '${name}' in system '${systemName}': ActorId.parent must name the UNNAMED template`);
    }
    const template = system.definitions.get(parent);
    if (!template) {
      throw new SpawnError(
        'SPAWN_ERR_TEMPLATE_NOT_FOUND',
        `cannot spawn actor '${name}' in system '${systemName}': no actor named '${parent}' is registered to be its template`,
      );
    }
    const existing = system.addressable.get(name);
    if (existing) {
      if (existing.def === template && existing.id.parent === parent) return existing;
      throw new SpawnError(
        'SPAWN_ERR_ACTOR_NAME_CONFLICT',
        `cannot spawn actor '${name}' from template '${parent}' in system '${systemName}': the name is taken by an instance of '${existing.def.name}'`,
      );
    }
    const spawned: Addressable = { id: { name, system: systemName, parent }, def: template };
    if (revision !== undefined && revision > 0) spawned.restoreRevision = revision;
    system.addressable.set(name, spawned);
    if (template.channels.length) system.subscriptions = undefined;
    return spawned;
  }

  // --- invocation ----------------------------------------------------------------------------

  /** An invocation from outside (the HTTP route or a host channel). */
  invoke(req: IInvocationRequest, pathSystem: string, pathActor: string): Promise<InvokeResult> {
    return this.invokeInternal(req, undefined, pathSystem, pathActor);
  }

  /**
   * `chain` lists the cell keys of actors waiting synchronously on this call (routed calls
   * pass their original caller's); when absent it is derived from `req.caller`, so that a
   * host calling back into an actor that waits on it is refused instead of deadlocking.
   */
  async invokeInternal(
    req: IInvocationRequest,
    chain: readonly string[] | undefined,
    pathSystem = '',
    pathActor = '',
  ): Promise<InvokeResult> {
    this.#refuseWhileDraining('invoke actors');
    const systemName = req.system?.name || pathSystem;
    const actorName = req.actor?.id?.name || pathActor;
    const action = req.actionName ?? '';
    if (!systemName) throw new SpawnError('SPAWN_ERR_BAD_REQUEST', 'InvocationRequest.system.name is empty; name the actor system');
    if (!actorName) throw new SpawnError('SPAWN_ERR_BAD_REQUEST', 'InvocationRequest.actor.id.name is empty; name the actor to invoke');
    if (!action) throw new SpawnError('SPAWN_ERR_BAD_REQUEST', `InvocationRequest.action_name is empty; name the action to run on actor '${actorName}'`);

    if (req.registerRef) this.#spawnOne(systemName, actorName, req.registerRef, undefined);
    const target = this.#resolve(systemName, actorName, req.pooled === true);
    if (!knowsAction(target.entry.def, action)) {
      throw new SpawnError(
        'SPAWN_ERR_ACTION_NOT_FOUND',
        `action '${action}' is not registered for actor '${actorName}' in system '${systemName}' (registered: ${describeActions(target.entry.def)}; the proxy also answers ${[...DEFAULT_ACTIONS].join(', ')})`,
      );
    }
    const timeoutMs = requestTimeout(req.metadata, this.#opts.invokeTimeoutMs);
    const turn: TurnRequest = {
      action,
      value: req.value,
      caller: req.caller,
      metadata: req.metadata,
      deadline: Date.now() + timeoutMs,
    };
    const sync = !req.async && !((req.scheduledTo ?? 0) > Date.now());
    if (sync) {
      const waiting = chain ?? this.#callerChain(req.caller, systemName);
      if (waiting.length) {
        const key = `${systemName}\u0000${target.cellName}`;
        if (waiting.includes(key)) {
          const names = [...waiting.slice(waiting.indexOf(key)), key].map((k) => k.replace('\u0000', '/'));
          throw new SpawnError(
            'SPAWN_ERR_INVOCATION_CYCLE',
            `invocation cycle ${names.join(' -> ')}: '${target.cellName}' is waiting on this call, so it could never run; make one of the calls async`,
          );
        }
        turn.chain = waiting;
      }
    }

    const scheduledTo = req.scheduledTo ?? 0;
    if (scheduledTo > Date.now()) {
      // Stored before the caller hears OK, so it survives a restart (see scheduler/).
      await this.#scheduler.schedule(req, scheduledTo);
      return {};
    }
    if (req.async) {
      this.#runAsync(target, turn);
      return {};
    }
    return { reply: await this.#runSync(target, turn, timeoutMs) };
  }

  /** The actors waiting on `caller`'s running turn, plus the caller itself. */
  #callerChain(caller: IActorId | null | undefined, systemName: string): readonly string[] {
    if (!caller?.name) return [];
    const system = caller.system || systemName;
    // A pool member calls with its alias as parent; other actors under their own name.
    for (const name of [caller.name, caller.parent]) {
      const cell = name ? this.#cells.get(`${system}\u0000${name}`) : undefined;
      if (cell?.runningChain) return [...cell.runningChain, cell.key];
    }
    return [];
  }

  /** Runs the reply's workflow, if any, after the turn (the actor's mailbox has moved on). */
  #afterReply(target: Target, cell: ActorCell, turn: TurnRequest, reply: HostReply): HostReply | Promise<HostReply> {
    if (!WorkflowRunner.wants(reply.response.workflow)) return reply;
    return this.#workflow.run({
      system: target.system.name,
      self: cell.hostId,
      input: turn.value,
      metadata: turn.metadata,
      reply,
      chain: turn.chain ?? [],
    });
  }

  #runSync(target: Target, turn: TurnRequest, timeoutMs: number): Promise<HostReply> {
    const cell = this.#cell(target, turn.deadline);
    cell.lastActive = Date.now();
    const result = cell.mailbox.post(() => cell.turn(turn)).then(
      (reply) => {
        this.#afterTurn(cell);
        return this.#afterReply(target, cell, turn, reply);
      },
      (err) => {
        this.#afterTurn(cell);
        throw err;
      },
    );
    // The caller hears back at its deadline even while the turn still waits in the mailbox.
    return new Promise<HostReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(
          new SpawnError(
            'SPAWN_ERR_DEADLINE_EXCEEDED',
            `invocation of '${turn.action}' on actor '${target.cellName}' in system '${target.system.name}' did not complete within ${timeoutMs} ms`,
          ),
        );
      }, timeoutMs + 5);
      result.then(
        (r) => {
          clearTimeout(timer);
          resolve(r);
        },
        (e) => {
          clearTimeout(timer);
          reject(e);
        },
      );
    });
  }

  #runAsync(target: Target, turn: TurnRequest, countsAsActivity = true): void {
    let cell: ActorCell;
    try {
      cell = this.#cell(target, turn.deadline);
    } catch (err) {
      this.#asyncFailed(target, turn, err);
      return;
    }
    if (countsAsActivity) cell.lastActive = Date.now();
    cell.mailbox.post(() => cell.turn(turn)).then(
      (reply) => {
        this.#afterTurn(cell);
        const done = this.#afterReply(target, cell, turn, reply);
        if (done instanceof Promise) done.catch((err) => this.#asyncFailed(target, turn, err));
      },
      (err) => {
        this.#afterTurn(cell);
        this.#asyncFailed(target, turn, err);
      },
    );
  }

  #asyncFailed(target: Target, turn: TurnRequest, err: unknown): void {
    const e = asSpawnError(err);
    this.#opts.metrics.asyncFailures.inc({ code: e.code });
    this.#opts.logger.error('async invocation failed', {
      system: target.system.name,
      actor: target.cellName,
      action: turn.action,
      code: e.code,
      error: e.message,
    });
  }

  #resolve(systemName: string, actorName: string, pooled: boolean): Target {
    const system = this.#system(systemName);
    const entry = system.addressable.get(actorName);
    if (!entry) {
      throw new SpawnError(
        'SPAWN_ERR_ACTOR_NOT_FOUND',
        `actor '${actorName}' is not registered in system '${systemName}' (spawn it first, or pass register_ref with its UNNAMED template)`,
      );
    }
    if (pooled && entry.def.kind === 'pooled') {
      const { poolMin, poolMax } = entry.def;
      const i = poolMin + Math.floor(Math.random() * (poolMax - poolMin + 1));
      const alias = `${actorName}-${i}`;
      return { system, cellName: alias, hostId: { name: actorName, system: systemName, parent: alias }, entry };
    }
    return { system, cellName: actorName, hostId: entry.id, entry };
  }

  // --- activation, timers, deactivation -----------------------------------------------------

  /** The live cell of a target, activating it (as its mailbox's first task) when needed. */
  #cell(target: Target, deadline: number): ActorCell {
    const key = `${target.system.name}\u0000${target.cellName}`;
    const live = this.#cells.get(key);
    if (live) return live;
    const cell = new ActorCell(key, target.cellName, target.hostId, target.entry.def, {
      store: this.#opts.store,
      states: this.#states,
      snapshots: this.#snapshots,
      hostTimeoutMs: this.#opts.hostTimeoutMs,
    });
    this.#cells.set(key, cell);
    const leaving = this.#leaving.get(key);
    const restore = target.entry.restoreRevision;
    cell.mailbox
      .post(async () => {
        try {
          const unsaved = leaving ? await leaving : undefined;
          if (unsaved) cell.inherit(unsaved);
          else await cell.activate(restore, deadline);
        } catch (err) {
          // Set inside the task, so turns queued behind it fail with this error instead of running.
          cell.activationError = asSpawnError(err);
          throw err;
        }
      })
      .then(
        () => {
          if (restore !== undefined) delete target.entry.restoreRevision;
          this.#opts.metrics.activations.inc();
          this.#armTimers(cell);
          this.#afterTurn(cell);
        },
        (err) => {
          if (this.#cells.get(key) === cell) this.#cells.delete(key);
          this.#retire(cell);
          this.#opts.logger.warn('activation failed', { system: target.system.name, actor: target.cellName, error: (err as Error).message });
        },
      );
    return cell;
  }

  #armTimers(cell: ActorCell): void {
    if (this.#draining) return;
    const def = cell.def;
    for (const t of def.timers) {
      const handle = setInterval(() => {
        // A slow host must not pile up timer turns: skip while one is still queued.
        if (cell.mailbox.pending > 0 || this.#draining) return;
        this.#runAsync(
          { system: this.#system(def.system), cellName: cell.storeKey.name, hostId: cell.hostId, entry: { id: cell.hostId, def } },
          { action: t.action, caller: cell.hostId, deadline: Date.now() + this.#opts.invokeTimeoutMs },
          false,
        );
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
    void this.#deactivate(cell, 'idle');
  }

  /** After a turn: queue a snapshot (batched per shard) if the state changed, evict if the store moved on. */
  #afterTurn(cell: ActorCell): void {
    if (cell.stale) return; // reloaded by its next turn; nothing of the stale copy is written
    if (cell.dirty && cell.def.stateful && this.#cells.get(cell.key) === cell) this.#snapshots.markDirty(cell, cell.def.snapshotMs);
  }

  #saveFailed(cell: ActorCell, err: unknown): void {
    const e = asSpawnError(err);
    const conflict = e.code === 'SPAWN_ERR_STATE_CONFLICT';
    this.#opts.logger.error(conflict ? 'state write conflict: actor reloads on its next invocation' : 'state write failed', {
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

  async #deactivate(cell: ActorCell, reason: string): Promise<void> {
    if (this.#cells.get(cell.key) !== cell) return;
    // While the store is down a dirty actor stays active: deactivating it would need a write.
    if (!this.#draining && cell.dirty && this.#opts.store.health() !== undefined) {
      this.#armDeactivation(cell, cell.def.deactivateMs);
      return;
    }
    this.#cells.delete(cell.key);
    cell.clearTimers();
    const done = (async (): Promise<ActorCell | undefined> => {
      try {
        await cell.save();
        this.#snapshots.forget(cell);
        return undefined;
      } catch (err) {
        this.#saveFailed(cell, err);
        this.#snapshots.forget(cell);
        if (cell.stale || this.#draining) return undefined;
        // The store failed: keep the state in memory. Back into service if nobody took the slot,
        // else the new activation (waiting on this promise) takes the state over.
        if (!this.#cells.has(cell.key)) {
          this.#cells.set(cell.key, cell);
          this.#armTimers(cell);
          this.#snapshots.markDirty(cell, cell.def.snapshotMs);
          return undefined;
        }
        return cell;
      }
    })();
    this.#leaving.set(cell.key, done);
    await done;
    if (this.#leaving.get(cell.key) === done) this.#leaving.delete(cell.key);
    if (this.#cells.get(cell.key) === cell) return; // kept in service: the store is down
    // Retired, unless the next activation took its unsaved state over (inherit retires it).
    if ((await done) === undefined) this.#retire(cell);
    this.#opts.metrics.deactivations.inc();
    this.#opts.logger.debug('actor deactivated', { system: cell.def.system, actor: cell.storeKey.name, reason });
  }

  #warmUp(defs: ActorDefinition[]): void {
    if (defs.length === 0) return;
    const queue = [...defs];
    const worker = async (): Promise<void> => {
      for (let def = queue.shift(); def && !this.#draining; def = queue.shift()) {
        const system = this.#systems.get(def.system);
        const entry = system?.addressable.get(def.name);
        if (!system || !entry) continue;
        const target: Target = { system, cellName: def.name, hostId: entry.id, entry };
        try {
          const cell = this.#cell(target, Date.now() + this.#opts.invokeTimeoutMs);
          await cell.mailbox.post(async () => undefined);
        } catch (err) {
          this.#opts.logger.warn('warm-up failed', { system: def.system, actor: def.name, error: (err as Error).message });
        }
      }
    };
    for (let i = 0; i < Math.min(WARMUP_CONCURRENCY, defs.length); i++) void worker();
  }

  // --- reads, lifecycle ----------------------------------------------------------------------

  /** The actor's current state without activating it (GET /api/v1/system/:s/actors/:a). */
  async readState(systemName: string, actorName: string): Promise<{ id: IActorId; state?: IAny; tags: Record<string, string>; revision: number }> {
    const target = this.#resolve(systemName, actorName, false);
    const live = this.#cells.get(`${systemName}\u0000${actorName}`);
    if (live && !live.stale) {
      // Read between turns, so the answer is a state the actor actually had.
      return live.mailbox.post(async () => ({ id: target.hostId, state: live.state, tags: live.tags, revision: live.revision }));
    }
    const def = target.entry.def;
    if (def.stateful) {
      const stored = await this.#opts.store.load({ system: systemName, name: actorName });
      if (stored) {
        return { id: target.hostId, state: { type_url: stored.typeUrl, value: stored.data }, tags: stored.tags, revision: stored.revision };
      }
    }
    const initial = def.initialState;
    return { id: target.hostId, state: initial?.state ?? undefined, tags: initial?.tags ?? {}, revision: 0 };
  }

  /**
   * Graceful stop, bounded by `timeoutMs`: stops taking work (timers, warm-up, scheduler),
   * writes dirty state at once (before anything that can block), lets queued turns finish,
   * writes what they changed, then deactivates every actor. Resolves by the deadline
   * whatever is still stuck, with what is left undone (empty when the drain completed).
   */
  async drain(timeoutMs: number): Promise<string[]> {
    const until = Date.now() + timeoutMs;
    const left = (): number => Math.max(0, until - Date.now());
    this.#draining = true;
    for (const cell of this.#cells.values()) cell.clearTimers();
    await withDeadline(this.#scheduler.stop(), left());
    // 1. What is dirty now goes out first: a turn stuck on a slow host must not hold it back.
    await this.#snapshots.flushAll(left());
    // 2. Turns already queued (and activations in flight) finish, within the deadline.
    const cells = [...this.#cells.values()];
    await withDeadline(Promise.allSettled(cells.map((c) => c.mailbox.post(async () => undefined))), left());
    // 3. What those turns changed, then the final save and goodbye of every idle actor.
    const unsaved = await this.#snapshots.flushAll(left());
    await withDeadline(Promise.allSettled([...this.#cells.values()].filter((c) => !c.mailbox.busy).map((c) => this.#deactivate(c, 'shutdown'))), left());
    await withDeadline(Promise.allSettled([...this.#leaving.values()]), left());
    const pending = this.#pendingWork(unsaved);
    if (pending.length === 0) this.#snapshots.close();
    return pending;
  }

  /** What a drain still waits on: actors with turns running or queued, unwritten state. */
  #pendingWork(unsaved: number): string[] {
    const out: string[] = [];
    const busy = [...this.#cells.values()].filter((c) => c.mailbox.busy);
    if (busy.length) {
      const names = busy.slice(0, 10).map((c) => `${c.def.system}/${c.storeKey.name} (${c.mailbox.pending + 1} turns)`);
      out.push(`${busy.length} actors still running a turn: ${names.join(', ')}${busy.length > 10 ? ', ...' : ''}`);
    }
    const backlog = Math.max(unsaved, this.#snapshots.backlog);
    if (backlog) out.push(`${backlog} actors with state not written to the ${this.#opts.store.kind} store`);
    return out;
  }

  #refuseWhileDraining(what: string): void {
    if (this.#draining) throw new SpawnError('SPAWN_ERR_DRAINING', `the proxy is shutting down and cannot ${what}`);
  }

  /**
   * A broadcast arrived (from this proxy or, over NATS, any other): every local actor of the
   * system subscribed to the topic gets an async invocation, activated if needed.
   */
  deliverBroadcast(msg: BroadcastMessage): void {
    if (this.#draining) return;
    for (const sub of this.#subscribers(msg.system, msg.topic)) {
      const req: IInvocationRequest = {
        system: { name: msg.system },
        actor: { id: { name: sub.name, system: msg.system } },
        actionName: msg.action || sub.action,
        caller: msg.caller ?? null,
        async: true,
        ...(msg.payload ? { value: msg.payload } : { noop: {} }),
      };
      this.invokeInternal(req, []).catch((err) => {
        const e = asSpawnError(err);
        this.#opts.metrics.workflowSteps.inc({ step: 'broadcast-delivery', result: 'error' });
        this.#opts.logger.error('broadcast delivery failed', { system: msg.system, topic: msg.topic, to: sub.name, code: e.code, error: e.message });
      });
    }
  }

  /** Actors of `system` subscribed to `topic`: named actors and spawned instances. */
  #subscribers(systemName: string, topic: string): Subscriber[] {
    const system = this.#systems.get(systemName);
    if (!system) return [];
    if (!system.subscriptions) {
      const index = new Map<string, Subscriber[]>();
      for (const [name, entry] of system.addressable) {
        const def = entry.def;
        if (!def.channels.length || def.kind === 'pooled') continue;
        if (def.kind === 'unnamed' && name === def.name) continue; // the template itself
        for (const c of def.channels) {
          let list = index.get(c.topic);
          if (!list) index.set(c.topic, (list = []));
          list.push({ name, action: c.action });
        }
      }
      system.subscriptions = index;
    }
    return system.subscriptions.get(topic) ?? [];
  }

  #system(name: string): ActorSystemEntry {
    const system = this.#systems.get(name);
    if (!system) {
      throw new SpawnError(
        'SPAWN_ERR_SYSTEM_NOT_FOUND',
        `actor system '${name}' has no registered actors on this proxy (known: ${[...this.#systems.keys()].join(', ') || 'none'}); register a host first`,
      );
    }
    return system;
  }

  #systemOrCreate(name: string): ActorSystemEntry {
    let system = this.#systems.get(name);
    if (!system) {
      system = { name, definitions: new Map(), addressable: new Map(), subscriptions: undefined };
      this.#systems.set(name, system);
    }
    return system;
  }
}

/** Waits for `p`, but no longer than `ms`. */
async function withDeadline(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p.catch(() => undefined), new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}

/** Reads metadata `request-timeout` (ms); anything but a positive integer is a bad request. */
function requestTimeout(metadata: Record<string, string> | null | undefined, fallback: number): number {
  const raw = metadata?.['request-timeout'];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) <= 0) {
    throw new SpawnError('SPAWN_ERR_BAD_REQUEST', `metadata 'request-timeout' must be a positive integer of milliseconds (got '${raw}')`);
  }
  return Number(raw);
}
