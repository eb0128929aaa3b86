// The actor runtime: a thin facade over the parts an invocation passes through.
//
//   directory.ts    which actor is this, and where does it live (registration, spawn, resolve)
//   dispatcher.ts   one invocation: deadline, cycle check, sync/async/scheduled, workflow
//   activation.ts   activated actors: activate, warm-up, timers, deactivate, hand-over
//   actor-cell.ts   one activated actor: state, mailbox, the turn against the host
//   subscriptions   broadcast subscribers by topic
//
// It wires them to the snapshot pipeline (storage), the scheduler and the workflow runner.
import type { Logger, ProxyMetrics } from '../../control';
import { SpawnError, asSpawnError } from '../../errors';
import { SnapshotPipeline, type StateStore } from '../../storage';
import type { IActorId, IAny, IInvocationRequest, IRegistrationRequest, ISpawnRequest } from '../codec';
import type { HostClient } from '../host';
import { InvocationScheduler } from '../scheduler';
import { WorkflowRunner, type BroadcastBus, type BroadcastMessage } from '../workflow';
import { ActivationLifecycle, cellKey } from './activation';
import type { ActorCell } from './actor-cell';
import type { DefinitionDefaults } from './definitions';
import { LocalDirectory, type ActorDirectory, type Target } from './directory';
import { Dispatcher, type InvokeResult } from './dispatcher';
import { Introspection } from './introspection';
import { SOLE_OWNERSHIP, type Ownership } from './ownership';
import type { ForwardContext, RemoteRouter } from './remote';
import { createStateTable, type StateTable } from './state-table';
import { SubscriptionIndex } from './subscriptions';

export type { InvokeResult } from './dispatcher';

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
  /** Which actor is where; default: every actor in this process. */
  directory?: ActorDirectory;
  /** May this process run an actor's turns; default: always (no cluster). */
  ownership?: Ownership;
  /** Invocations for actors that live on other members (cluster); default: none. */
  remote?: RemoteRouter;
  /** After every registration, with what this process's hosts registered (system -> actor names). */
  onRegistered?(registered: Record<string, string[]>): void;
}

export class ActorRuntime {
  readonly #opts: RuntimeOptions;
  readonly #directory: ActorDirectory;
  readonly #subscriptions: SubscriptionIndex;
  readonly #lifecycle: ActivationLifecycle;
  readonly #dispatcher: Dispatcher;
  readonly #snapshots: SnapshotPipeline;
  readonly #scheduler: InvocationScheduler;
  readonly #states: StateTable;
  /** What this proxy holds, for the introspection routes. */
  readonly introspection: Introspection;

  constructor(options: RuntimeOptions) {
    this.#opts = options;
    const { logger, metrics, store } = options;
    this.#states = options.states ?? createStateTable();
    this.#directory = options.directory ?? new LocalDirectory(options.defaults);
    this.#subscriptions = new SubscriptionIndex(this.#directory);
    const tuning = store.snapshotSettings;
    this.#snapshots = new SnapshotPipeline(store, {
      shards: tuning?.shards,
      batchSize: tuning?.batchSize,
      maxBackoffMs: tuning?.maxBackoffMs,
      logger,
      onWrite: (result, count) => metrics.stateWrites.inc({ result }, count),
      // The cell is marked stale by settle(): its next turn reloads the state from the store.
      onConflict: (source, err) => {
        const cell = source as ActorCell;
        logger.error('state write conflict: actor reloads on its next invocation', {
          system: cell.def.system,
          actor: cell.storeKey.name,
          code: asSpawnError(err).code,
          error: err.message,
        });
      },
    });
    this.#lifecycle = new ActivationLifecycle({
      store,
      ownership: options.ownership ?? SOLE_OWNERSHIP,
      states: this.#states,
      snapshots: this.#snapshots,
      hostTimeoutMs: options.hostTimeoutMs,
      invokeTimeoutMs: options.invokeTimeoutMs,
      logger,
      metrics,
      fireTimer: (cell, action) => this.#dispatcher.fireTimer(cell, action),
    });
    this.#scheduler = new InvocationScheduler({
      store,
      fire: (req) => this.#dispatcher.invoke(req, []),
      logger,
      metrics,
      pollMs: options.scheduler.pollMs,
      maxLateMs: options.scheduler.maxLateMs,
    });
    const workflow = new WorkflowRunner(
      { invokeInternal: (req, chain) => this.#dispatcher.invoke(req, chain), publish: (msg) => options.bus.publish(msg) },
      logger,
      metrics,
    );
    this.#dispatcher = new Dispatcher({
      directory: this.#directory,
      lifecycle: this.#lifecycle,
      scheduler: this.#scheduler,
      workflow,
      logger,
      metrics,
      invokeTimeoutMs: options.invokeTimeoutMs,
      remote: options.remote,
    });
    this.introspection = new Introspection(this.#directory, this.#lifecycle, options.remote);
    metrics.activeActors.track(() => this.#lifecycle.size);
    metrics.inflightMessages.trackAll(() => this.#lifecycle.inflightByActor());
    metrics.actorStateBytes.track(() => this.#states.bytes, { table: this.#states.kind });
  }

  /** Starts firing stored delayed invocations (past-due ones at once). */
  startScheduler(): void {
    this.#scheduler.start();
  }

  get activeCount(): number {
    return this.#lifecycle.size;
  }

  /** The state table: which kind, how many states and bytes it holds. */
  get stateTable(): Pick<StateTable, 'kind' | 'size' | 'bytes'> {
    return this.#states;
  }

  /**
   * Registers (or re-registers) a host's actors. Idempotent; warm-up runs in the background.
   * `host` is how to reach the registering host (the HTTP callback unless it registered
   * over a host channel).
   */
  register(req: IRegistrationRequest, host: HostClient = this.#opts.host): { system: string; actors: number } {
    this.#refuseWhileDraining('register actors');
    const defs = this.#directory.register(req, host);
    this.#lifecycle.redefine(defs);
    const system = defs[0]!.system;
    const warm: Target[] = [];
    // In a cluster an actor activates on its first call, on the member placement picks among
    // the members present then: warming every actor up on the first member to register
    // would claim all of them there.
    if (!this.#opts.remote)
      for (const def of defs) {
        if (def.kind !== 'named' || !def.stateful) continue;
        const target = this.#directory.find(system, def.name);
        if (target?.placement.kind === 'local') warm.push(target);
      }
    this.#lifecycle.warmUp(warm);
    this.#opts.onRegistered?.(this.#directory.registered());
    this.#opts.logger.info('actors registered', { system, actors: defs.map((d) => d.name) });
    return { system, actors: defs.length };
  }

  /**
   * Creates named instances of UNNAMED templates. Does not activate them. In a cluster the
   * instances are recorded for every member before the spawn is acknowledged.
   */
  async spawn(pathSystem: string, req: ISpawnRequest, revision: number | undefined): Promise<number> {
    this.#refuseWhileDraining('spawn actors');
    const ids = req.actors ?? [];
    if (ids.length === 0) throw new SpawnError('SPAWN_ERR_BAD_REQUEST', 'SpawnRequest.actors is empty; list the ActorIds to spawn');
    const bySystem = new Map<string, Array<{ name: string; parent: string }>>();
    for (const id of ids) {
      const system = id.system || pathSystem;
      this.#directory.spawn(system, id.name ?? '', id.parent ?? '', revision);
      let list = bySystem.get(system);
      if (!list) bySystem.set(system, (list = []));
      list.push({ name: id.name ?? '', parent: id.parent ?? '' });
    }
    const { remote } = this.#opts;
    if (remote) for (const [system, spawned] of bySystem) await remote.recordSpawns(system, spawned);
    return ids.length;
  }

  /** An invocation from outside (the HTTP route or a host channel). */
  invoke(req: IInvocationRequest, pathSystem: string, pathActor: string): Promise<InvokeResult> {
    return this.#dispatcher.invoke(req, undefined, pathSystem, pathActor);
  }

  /** An invocation forwarded by another member of the cluster. */
  invokeForwarded(req: IInvocationRequest, ctx: ForwardContext): Promise<InvokeResult> {
    // The forwarding member's span is the parent here (and for the host), not the original caller's.
    if (ctx.traceparent) req.metadata = { ...req.metadata, traceparent: ctx.traceparent };
    return this.#dispatcher.invoke(req, ctx.chain, '', '', ctx.hops, ctx.deadline);
  }

  /** Activated actors per system (for the cluster's member info). */
  activeBySystem(): Record<string, number> {
    return this.#lifecycle.countBySystem();
  }

  /** The actor's current state without activating it (GET /api/v1/system/:s/actors/:a). */
  async readState(systemName: string, actorName: string): Promise<{ id: IActorId; state?: IAny; tags: Record<string, string>; revision: number }> {
    const target = this.#directory.resolve(systemName, actorName, false);
    const live = this.#lifecycle.live(cellKey(systemName, actorName));
    if (live && !live.stale) {
      // Read between turns, so the answer is a state the actor actually had.
      return live.mailbox.post(async () => ({ id: target.hostId, state: live.state, tags: live.tags, revision: live.revision }));
    }
    const def = target.entry.def;
    // Active on another member: its state there may be ahead of the store. Ask it (the proxy
    // answers get_state from the actor's state, between its turns).
    const { remote } = this.#opts;
    let current: IAny | undefined;
    if (remote && def.proxyAnswersDefaults && (await remote.holder(systemName, target.cellName))) {
      const answer = await this.#dispatcher.invoke(
        { system: { name: systemName }, actor: { id: { name: actorName, system: systemName } }, actionName: 'get_state' },
        [],
      );
      current = answer.reply?.response.value ?? undefined;
    }
    if (def.stateful) {
      const stored = await this.#opts.store.load({ system: systemName, name: actorName });
      if (current) return { id: target.hostId, state: current, tags: stored?.tags ?? {}, revision: stored?.revision ?? 0 };
      if (stored) {
        return { id: target.hostId, state: { type_url: stored.typeUrl, value: stored.data }, tags: stored.tags, revision: stored.revision };
      }
    }
    const initial = def.initialState;
    return { id: target.hostId, state: initial?.state ?? undefined, tags: initial?.tags ?? {}, revision: 0 };
  }

  /**
   * A broadcast arrived (from this proxy or, over NATS, any other): every local actor of the
   * system subscribed to the topic gets an async invocation, activated if needed.
   */
  deliverBroadcast(msg: BroadcastMessage): void {
    // A member of a cluster still routes what reaches it while it drains (to the other members).
    if (this.#lifecycle.draining && !this.#opts.remote) return;
    const { broadcastDeliveries } = this.#opts.metrics;
    let delivered: { inc(): void } | undefined;
    let refused: { inc(): void } | undefined;
    for (const sub of this.#subscriptions.subscribers(msg.system, msg.topic)) {
      const req: IInvocationRequest = {
        system: { name: msg.system },
        actor: { id: { name: sub.name, system: msg.system } },
        actionName: msg.action || sub.action,
        caller: msg.caller ?? null,
        async: true,
        ...(msg.payload ? { value: msg.payload } : { noop: {} }),
      };
      if (msg.traceparent) req.metadata = { traceparent: msg.traceparent };
      this.#dispatcher.invoke(req, []).then(
        () => (delivered ??= broadcastDeliveries.child({ system: msg.system, topic: msg.topic, result: 'ok' })).inc(),
        (err) => {
          (refused ??= broadcastDeliveries.child({ system: msg.system, topic: msg.topic, result: 'error' })).inc();
          const e = asSpawnError(err);
          this.#opts.metrics.workflowSteps.inc({ step: 'broadcast-delivery', result: 'error' });
          this.#opts.logger.error('broadcast delivery failed', {
            system: msg.system,
            actor: sub.name,
            action: req.actionName,
            topic: msg.topic,
            code: e.code,
            error: e.message,
          });
        },
      );
    }
  }

  /**
   * Membership changed: idle actors that `elsewhere` says belong to another member now are
   * handed over. Returns how many could not move yet because they were running a turn.
   */
  handOff(elsewhere: (system: string, type: string, actor: string) => boolean): number {
    return this.#lifecycle.handOff((cell) => elsewhere(cell.def.system, cell.def.name, cell.storeKey.name));
  }

  /** This member lost its cluster lease: every activation is dropped before it may join again. */
  dropActivations(reason: string): Promise<void> {
    return this.#lifecycle.dropAll(reason);
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
    this.#lifecycle.startDraining();
    await withDeadline(this.#scheduler.stop(), left());
    // 1. What is dirty now goes out first: a turn stuck on a slow host must not hold it back.
    await this.#snapshots.flushAll(left());
    // 2. Turns already queued (and activations in flight) finish, within the deadline.
    await withDeadline(this.#lifecycle.idle(), left());
    // 3. What those turns changed, then the final save and goodbye of every idle actor.
    const unsaved = await this.#snapshots.flushAll(left());
    await withDeadline(this.#lifecycle.deactivateAll('shutdown'), left());
    const pending = this.#pendingWork(unsaved);
    if (pending.length === 0) this.#snapshots.close();
    return pending;
  }

  /** What a drain still waits on: actors with turns running or queued, unwritten state. */
  #pendingWork(unsaved: number): string[] {
    const out: string[] = [];
    const busy = this.#lifecycle.busy();
    if (busy.length) {
      const names = busy.slice(0, 10).map((c) => `${c.def.system}/${c.storeKey.name} (${c.mailbox.pending + 1} turns)`);
      out.push(`${busy.length} actors still running a turn: ${names.join(', ')}${busy.length > 10 ? ', ...' : ''}`);
    }
    const backlog = Math.max(unsaved, this.#snapshots.backlog);
    if (backlog) out.push(`${backlog} actors with state not written to the ${this.#opts.store.kind} store`);
    return out;
  }

  #refuseWhileDraining(what: string): void {
    if (this.#lifecycle.draining) throw new SpawnError('SPAWN_ERR_DRAINING', `the proxy is shutting down and cannot ${what}`);
  }
}

/** Waits for `p`, but no longer than `ms`. */
async function withDeadline(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p.catch(() => undefined), new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}
