// One activated actor: its state, its mailbox, its timers. Every invocation of the actor is
// a turn in the mailbox, so the host never sees two calls for one actor at once.
import { KIND, endSpan, endWith, startSpan, traceparentOf, type TraceSpan } from '../../control';
import { SpawnError } from '../../errors';
import type { ActorKey, SaveOutcome, SnapshotCapture, SnapshotPipeline, Snapshotable, StateStore, StoredState } from '../../storage';
import type { IActorId, IActorInvocation, IActorInvocationResponse, IAny, IContext } from '../codec';
import type { HostReply } from '../host';
import { DEFAULT_ACTIONS, type ActorDefinition } from './definitions';
import { Mailbox } from './mailbox';
import type { Ownership } from './ownership';
import type { StateTable } from './state-table';

export interface TurnRequest {
  action: string;
  value?: IAny | null;
  caller?: IActorId | null;
  metadata?: Record<string, string> | null;
  /** Epoch ms after which the turn must not start or keep waiting on the host. */
  deadline: number;
  /** Cell keys of the actors waiting synchronously on this turn (cycle detection). */
  chain?: readonly string[];
  /** Tracing on: the invocation's span (parent of the host call and the checkpoint write). */
  span?: TraceSpan;
}

export interface CellServices {
  store: StateStore;
  ownership: Ownership;
  /** Holds the state bytes of every activated actor of the runtime (off-heap when native). */
  states: StateTable;
  snapshots: SnapshotPipeline;
  hostTimeoutMs: number;
}

const EMPTY: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NOOP = Object.freeze({});
const NO_CHAIN: readonly string[] = Object.freeze([]);
const EMPTY_BYTES = new Uint8Array(0);

interface CellCapture extends SnapshotCapture {
  stateVersion: number;
  tags: Record<string, string>;
}

export class ActorCell implements Snapshotable {
  readonly mailbox = new Mailbox();
  readonly storeKey: ActorKey;
  /** Time of the last invocation from outside (timer turns do not count). */
  lastActive = Date.now();
  /** When the cell was made (its activation began). */
  readonly activatedAt = this.lastActive;
  tags: Record<string, string> = EMPTY;
  revision = 0;
  dirty = false;
  /** Set when the store holds a newer revision written by someone else. */
  stale = false;
  /**
   * While a turn runs: the cell keys of the actors waiting on it. A synchronous call made
   * from inside the turn that targets one of them (or this actor) would wait forever.
   */
  runningChain: readonly string[] | undefined;
  /** Set when activation failed; turns queued behind it fail with this error. */
  activationError: SpawnError | undefined;
  deactivationTimer: NodeJS.Timeout | undefined;
  readonly timerHandles: NodeJS.Timeout[] = [];
  /** The last write failed without an answer: it may have committed (see SaveItem.afterFailure). */
  #writeFailed = false;
  /** The state: its type URL here, its bytes in services.states under #slot (-1: no state). */
  #slot = -1;
  #typeUrl = '';
  /** Bumped on every state change, so a finished write knows whether it wrote the latest. */
  #stateVersion = 0;
  #disposed = false;

  constructor(
    /** Map key: system + NUL + cell name (a pool member's alias for pooled actors). */
    readonly key: string,
    cellName: string,
    /** The ActorId the host sees. */
    readonly hostId: IActorId,
    public def: ActorDefinition,
    readonly services: CellServices,
  ) {
    this.storeKey = { system: def.system, name: cellName };
  }

  /** The actor's state, or undefined when it has none. A fresh object (and, native, a fresh copy). */
  get state(): IAny | undefined {
    if (this.#disposed) {
      throw new SpawnError('SPAWN_ERR_INTERNAL', `actor '${this.storeKey.name}' in system '${this.def.system}' was read after it was retired`);
    }
    if (this.#slot < 0) return undefined;
    return { type_url: this.#typeUrl, value: this.services.states.read(this.#slot) };
  }

  /** Sets the state; true when it changed (bytes or type URL). */
  #setState(state: IAny | undefined): boolean {
    const { states } = this.services;
    if (!state) {
      if (this.#slot < 0) return false;
      states.release(this.#slot);
      this.#slot = -1;
      this.#typeUrl = '';
      this.#stateVersion++;
      return true;
    }
    const bytes = state.value ?? EMPTY_BYTES;
    const typeUrl = state.type_url ?? '';
    if (this.#slot < 0) this.#slot = states.insert(bytes);
    else if (!states.update(this.#slot, bytes) && typeUrl === this.#typeUrl) return false;
    this.#typeUrl = typeUrl;
    this.#stateVersion++;
    return true;
  }

  /** Frees the state's slot. The cell is out of the runtime's map and its mailbox is drained. */
  dispose(): void {
    if (this.#disposed) return;
    if (this.#slot >= 0) this.services.states.release(this.#slot);
    this.#slot = -1;
    this.#disposed = true;
  }

  /**
   * Loads state and runs the init action. Runs as the first task of the mailbox. `span`
   * (tracing on): the activation's span, parent of the state load, the fencing write and the init call.
   */
  async activate(restoreRevision: number | undefined, deadline: number, span?: TraceSpan): Promise<void> {
    const { ownership } = this.services;
    await ownership.acquire(this.def.system, this.storeKey.name);
    try {
      await (span && this.def.stateful ? endWith(this.#span('spawn.state.load', span), this.#load(restoreRevision)) : this.#load(restoreRevision));
      if (ownership.fenceOnActivation && this.def.stateful) await (span ? endWith(this.#span('spawn.state.save', span), this.#fence()) : this.#fence());
    } catch (err) {
      await ownership.release(this.def.system, this.storeKey.name).catch(() => undefined);
      throw err;
    }
    if (this.def.initAction) {
      const init: TurnRequest = { action: this.def.initAction, caller: this.hostId, metadata: EMPTY, deadline };
      if (span) init.span = span;
      await this.#callHost(init, `init action '${this.def.initAction}'`);
    }
  }

  /** A child span of `parent` about this actor. */
  #span(name: string, parent: TraceSpan, kind: number = KIND.internal): TraceSpan {
    return startSpan(name, parent, { 'spawn.system': this.def.system, 'spawn.actor': this.storeKey.name }, kind);
  }

  /**
   * Writes the loaded state back at once (revision r -> r+1, or the first row): a previous
   * owner that still holds revision r — paused, cut off — can no longer write. A write of
   * that previous owner landing first makes this one conflict: reload and try again.
   */
  async #fence(): Promise<void> {
    const { store } = this.services;
    for (let attempt = 0; ; attempt++) {
      const state = this.state;
      try {
        this.revision = await store.save(this.storeKey, { tags: this.tags, typeUrl: state?.type_url ?? '', data: state?.value ?? EMPTY_BYTES }, this.revision);
        return;
      } catch (err) {
        if (!(err instanceof SpawnError && err.code === 'SPAWN_ERR_STATE_CONFLICT') || attempt >= 3) {
          throw new SpawnError(
            'SPAWN_ERR_ACTIVATION_FAILED',
            `cannot activate actor '${this.storeKey.name}' in system '${this.def.system}': fencing its stored state failed: ${(err as Error).message}`,
            { cause: err },
          );
        }
        await this.#reload();
      }
    }
  }

  async #load(restoreRevision: number | undefined): Promise<void> {
    const { store } = this.services;
    this.#adopt(null);
    if (!this.def.stateful) return;
    let stored;
    try {
      stored = restoreRevision !== undefined ? await store.loadRevision(this.storeKey, restoreRevision) : await store.load(this.storeKey);
    } catch (err) {
      throw new SpawnError(
        'SPAWN_ERR_ACTIVATION_FAILED',
        `cannot activate actor '${this.storeKey.name}' in system '${this.def.system}': loading its state failed: ${(err as Error).message}`,
        { cause: err },
      );
    }
    if (restoreRevision === undefined) {
      this.#adopt(stored);
      return;
    }
    if (stored === null) {
      throw new SpawnError(
        'SPAWN_ERR_ACTIVATION_FAILED',
        `cannot activate actor '${this.storeKey.name}' in system '${this.def.system}': revision ${restoreRevision} is not in the state history`,
      );
    }
    // A restored revision becomes the current state on the next write, against the current revision.
    this.#adopt({ ...stored, revision: (await store.load(this.storeKey))?.revision ?? 0 });
    this.dirty = true;
  }

  /** Takes `stored` (or, for null, the registered initial state at revision 0) as this cell's clean state. */
  #adopt(stored: StoredState | null): void {
    if (stored) {
      this.#setState(stored.typeUrl || stored.data.length ? { type_url: stored.typeUrl, value: stored.data } : undefined);
      this.tags = stored.tags;
      this.revision = stored.revision;
    } else {
      const initial = this.def.initialState;
      this.#setState(initial?.state ?? undefined);
      this.tags = initial?.tags ?? EMPTY;
      this.revision = 0;
    }
    this.dirty = false;
    this.stale = false;
    this.#writeFailed = false;
  }

  /** Runs one invocation. Call only from inside the mailbox. */
  async turn(req: TurnRequest): Promise<HostReply> {
    this.runningChain = req.chain ?? NO_CHAIN;
    try {
      return await this.#turn(req);
    } finally {
      this.runningChain = undefined;
    }
  }

  async #turn(req: TurnRequest): Promise<HostReply> {
    if (this.activationError) throw this.activationError;
    if (Date.now() >= req.deadline) {
      throw new SpawnError(
        'SPAWN_ERR_DEADLINE_EXCEEDED',
        `invocation of '${req.action}' on actor '${this.storeKey.name}' waited past its deadline in the actor's mailbox`,
      );
    }
    // A write found the store ahead of this copy: run on what the store holds, never on the stale copy.
    if (this.stale) await this.#reload();
    if (this.def.proxyAnswersDefaults && DEFAULT_ACTIONS.has(req.action)) return this.#defaultReply(req);
    const reply = await this.#callHost(req, `action '${req.action}'`);
    // A write that settled while the host worked found this copy stale: the turn ran on it.
    if (this.stale) throw this.#staleError(`action '${req.action}'`);
    return reply;
  }

  /** Replaces the stale copy with the store's current state (after a write conflict). */
  async #reload(): Promise<void> {
    let stored;
    try {
      stored = await this.services.store.load(this.storeKey);
    } catch (err) {
      throw new SpawnError(
        'SPAWN_ERR_STORE_UNAVAILABLE',
        `cannot reload the state of actor '${this.storeKey.name}' in system '${this.def.system}' after a write conflict: ${(err as Error).message}`,
        { cause: err },
      );
    }
    this.#adopt(stored);
  }

  #staleError(what: string): SpawnError {
    return new SpawnError(
      'SPAWN_ERR_STATE_CONFLICT',
      `${what} of actor '${this.storeKey.name}' in system '${this.def.system}' ran on revision ${this.revision}, but another writer has moved the stored state on; nothing of it was kept and the actor reloads: retry the call`,
    );
  }

  async #callHost(req: TurnRequest, what: string): Promise<HostReply> {
    const context: IContext = {
      state: this.state,
      metadata: req.metadata ?? EMPTY,
      tags: this.tags,
      caller: req.caller,
      self: this.hostId,
    };
    const invocation: IActorInvocation = {
      actor: this.hostId,
      actionName: req.action,
      currentContext: context,
      caller: req.caller,
    };
    if (req.value) invocation.value = req.value;
    else invocation.noop = NOOP;

    const remaining = req.deadline - Date.now();
    const timeoutMs = Math.max(1, Math.min(this.services.hostTimeoutMs, remaining));
    // Last check before the host runs anything: a member that lost its lease stops here.
    this.services.ownership.check();
    const called = req.span ? this.#hostCallTraced(req, invocation, context, timeoutMs, req.span) : this.def.host.invoke(invocation, { timeoutMs });
    let reply: HostReply;
    try {
      reply = await called;
    } catch (err) {
      if (err instanceof SpawnError && err.code === 'SPAWN_ERR_HOST_TIMEOUT' && timeoutMs === remaining) {
        throw new SpawnError(
          'SPAWN_ERR_DEADLINE_EXCEEDED',
          `${what} of actor '${this.storeKey.name}' did not finish within the invocation deadline (${this.def.host.description} still had not answered)`,
          { cause: err },
        );
      }
      throw err;
    }
    this.#apply(reply.response);
    if (reply.response.checkpoint && this.def.stateful) await (req.span ? endWith(this.#span('spawn.state.save', req.span), this.save()) : this.save());
    return reply;
  }

  /** The host call in a span `spawn.host.call`, whose traceparent the host gets in the metadata (and the HTTP header). */
  #hostCallTraced(req: TurnRequest, invocation: IActorInvocation, context: IContext, timeoutMs: number, parent: TraceSpan): Promise<HostReply> {
    const span = startSpan(
      'spawn.host.call',
      parent,
      { 'spawn.system': this.def.system, 'spawn.actor': this.storeKey.name, 'spawn.action': req.action, 'spawn.host.transport': this.def.host.transport },
      KIND.client,
    );
    const traceparent = traceparentOf(span);
    context.metadata = { ...context.metadata, traceparent };
    try {
      return endWith(span, this.def.host.invoke(invocation, { timeoutMs, traceparent }));
    } catch (err) {
      endSpan(span, err);
      throw err;
    }
  }

  #apply(response: IActorInvocationResponse): void {
    const ctx = response.updatedContext!;
    const next = ctx.state;
    // The table copies: the decoded value is a view into the whole response buffer.
    if (next && this.#setState(next)) this.dirty = true;
    const tags = ctx.tags ?? EMPTY;
    if (!sameTags(tags, this.tags)) {
      this.tags = Object.keys(tags).length ? { ...tags } : EMPTY;
      this.dirty = true;
    }
  }

  #defaultReply(req: TurnRequest): HostReply {
    const state = this.state;
    const response: IActorInvocationResponse = {
      actorName: this.hostId.name,
      actorSystem: this.def.system,
      updatedContext: { state, tags: this.tags, caller: req.caller, self: this.hostId, metadata: req.metadata ?? EMPTY },
    };
    if (state) response.value = state;
    else response.noop = NOOP;
    return { response };
  }

  /**
   * Writes the state now if it changed since the last write (checkpoint, deactivation); true
   * when it wrote. The write joins its shard's next batch; writes of one cell never overlap.
   */
  save(): Promise<boolean> {
    if (!this.def.stateful) return Promise.resolve(false);
    // Rejects rather than reporting "nothing to write": a checkpoint must not be acknowledged from a stale copy.
    if (this.stale) return Promise.reject(this.#staleError('the write'));
    if (!this.dirty) return Promise.resolve(false);
    return this.services.snapshots.flush(this);
  }

  /** Snapshot pipeline: what to write now, against the revision this cell last saw. Throws when stale. */
  capture(): CellCapture | undefined {
    if (this.stale) throw this.#staleError('the write');
    if (!this.dirty || !this.def.stateful || this.#disposed) return undefined;
    const state = this.state;
    const tags = this.tags;
    return {
      item: {
        key: this.storeKey,
        record: { tags, typeUrl: state?.type_url ?? '', data: state?.value ?? new Uint8Array(0) },
        expectedRevision: this.revision,
        afterFailure: this.#writeFailed,
      },
      stateVersion: this.#stateVersion,
      tags,
    };
  }

  settle(capture: SnapshotCapture, outcome: SaveOutcome): void {
    this.#writeFailed = typeof outcome !== 'number' && !(outcome instanceof SpawnError && outcome.code === 'SPAWN_ERR_STATE_CONFLICT');
    if (typeof outcome === 'number') {
      this.revision = outcome;
      const c = capture as CellCapture;
      if (this.#stateVersion === c.stateVersion && this.tags === c.tags) this.dirty = false;
    } else if (outcome instanceof SpawnError && outcome.code === 'SPAWN_ERR_STATE_CONFLICT') {
      this.stale = true;
    }
    // Any other failure: still dirty, the pipeline retries.
  }

  /** Takes over the unsaved state of this actor's previous cell (its final write failed). */
  inherit(prev: ActorCell): void {
    // The slot moves with the state; prev is retired without freeing it.
    this.#setState(undefined);
    this.#slot = prev.#slot;
    this.#typeUrl = prev.#typeUrl;
    this.#stateVersion++;
    prev.#slot = -1;
    prev.#disposed = true;
    this.tags = prev.tags;
    this.revision = prev.revision;
    this.dirty = prev.dirty;
    this.#writeFailed = prev.#writeFailed;
  }

  clearTimers(): void {
    clearTimeout(this.deactivationTimer);
    for (const t of this.timerHandles) clearInterval(t);
    this.timerHandles.length = 0;
    this.deactivationTimer = undefined;
  }
}

function sameTags(a: Record<string, string>, b: Record<string, string>): boolean {
  if (a === b) return true;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (a[k] !== b[k]) return false;
  return true;
}
