// The dispatcher: one invocation from request to reply.
//
//   validate -> directory.resolve -> action known? -> deadline -> cycle check (sync calls)
//     scheduled_to in the future  -> stored by the scheduler, OK at once
//     async                       -> a turn in the actor's mailbox, OK at once
//     sync                        -> a turn in the actor's mailbox, the reply (or the deadline)
//   after the turn: snapshot (activation lifecycle), then the reply's workflow
import { performance } from 'node:perf_hooks';
import { KIND, endSpan, startSpan, traceIdOf, traceparentOf, tracing, withTraceparent, type Logger, type ProxyMetrics, type TraceSpan } from '../../control';
import { SpawnError, asSpawnError } from '../../errors';
import type { IActorId, IInvocationRequest } from '../codec';
import type { HostReply } from '../host';
import type { InvocationScheduler } from '../scheduler';
import { WorkflowRunner } from '../workflow';
import { cellKey, type ActivationLifecycle } from './activation';
import type { ActorCell, TurnRequest } from './actor-cell';
import { DEFAULT_ACTIONS, describeActions, knowsAction, seriesOf } from './definitions';
import type { ActorDirectory, Target } from './directory';
import { ActorMovedError, MAX_HOPS, type RemoteRouter } from './remote';

export interface InvokeResult {
  /** Absent for async and scheduled invocations. */
  reply?: HostReply;
}

export interface DispatcherOptions {
  directory: ActorDirectory;
  lifecycle: ActivationLifecycle;
  scheduler: InvocationScheduler;
  workflow: WorkflowRunner;
  logger: Logger;
  metrics: ProxyMetrics;
  invokeTimeoutMs: number;
  /** Cluster: where actors live that are not activated here. */
  remote?: RemoteRouter;
}

export class Dispatcher {
  readonly #o: DispatcherOptions;

  constructor(options: DispatcherOptions) {
    this.#o = options;
  }

  /**
   * `chain` lists the cell keys of actors waiting synchronously on this call (routed calls
   * pass their original caller's); when absent it is derived from `req.caller`, so that a
   * host calling back into an actor that waits on it is refused instead of deadlocking.
   */
  invoke(
    req: IInvocationRequest,
    chain: readonly string[] | undefined,
    pathSystem = '',
    pathActor = '',
    hops = 0,
    /** A forwarded call keeps its caller's deadline. */
    deadline?: number,
  ): Promise<InvokeResult> {
    if (tracing.on) return this.#traced(req, chain, pathSystem, pathActor, hops, deadline);
    return this.#invoke(req, chain, pathSystem, pathActor, hops, deadline, undefined);
  }

  /** The invocation in a span `spawn.invoke`, child of the caller's metadata `traceparent` when there is one. */
  async #traced(
    req: IInvocationRequest,
    chain: readonly string[] | undefined,
    pathSystem: string,
    pathActor: string,
    hops: number,
    deadline: number | undefined,
  ): Promise<InvokeResult> {
    const span = startSpan(
      'spawn.invoke',
      req.metadata?.traceparent,
      {
        'spawn.system': req.system?.name || pathSystem,
        'spawn.actor': req.actor?.id?.name || pathActor,
        'spawn.action': req.actionName ?? '',
        'spawn.invocation.mode': (req.scheduledTo ?? 0) > Date.now() ? 'scheduled' : req.async ? 'async' : 'sync',
        ...(hops ? { 'spawn.cluster.hops': hops } : {}),
      },
      KIND.server,
    );
    try {
      const result = await this.#invoke(req, chain, pathSystem, pathActor, hops, deadline, span);
      endSpan(span);
      return result;
    } catch (err) {
      endSpan(span, err);
      throw err;
    }
  }

  async #invoke(
    req: IInvocationRequest,
    chain: readonly string[] | undefined,
    pathSystem: string,
    pathActor: string,
    hops: number,
    deadline: number | undefined,
    span: TraceSpan | undefined,
  ): Promise<InvokeResult> {
    const { remote } = this.#o;
    const draining = this.#o.lifecycle.draining;
    if (draining && !remote) throw new SpawnError('SPAWN_ERR_DRAINING', 'the proxy is shutting down and cannot invoke actors');
    const systemName = req.system?.name || pathSystem;
    const actorName = req.actor?.id?.name || pathActor;
    const action = req.actionName ?? '';
    if (!systemName) throw new SpawnError('SPAWN_ERR_BAD_REQUEST', 'InvocationRequest.system.name is empty; name the actor system');
    if (!actorName) throw new SpawnError('SPAWN_ERR_BAD_REQUEST', 'InvocationRequest.actor.id.name is empty; name the actor to invoke');
    if (!action) throw new SpawnError('SPAWN_ERR_BAD_REQUEST', `InvocationRequest.action_name is empty; name the action to run on actor '${actorName}'`);

    const { directory } = this.#o;
    if (req.registerRef) directory.spawn(systemName, actorName, req.registerRef, undefined);
    const target = await this.#resolve(systemName, actorName, req.pooled === true);
    if (!knowsAction(target.entry.def, action)) {
      throw new SpawnError(
        'SPAWN_ERR_ACTION_NOT_FOUND',
        `action '${action}' is not registered for actor '${actorName}' in system '${systemName}' (registered: ${describeActions(target.entry.def)}; the proxy also answers ${[...DEFAULT_ACTIONS].join(', ')})`,
      );
    }
    const timeoutMs = deadline !== undefined ? Math.max(1, deadline - Date.now()) : requestTimeout(req.metadata, this.#o.invokeTimeoutMs);
    const turn: TurnRequest = {
      action,
      value: req.value,
      caller: req.caller,
      metadata: req.metadata,
      deadline: Date.now() + timeoutMs,
    };
    if (span) turn.span = span;
    const scheduledTo = req.scheduledTo ?? 0;
    const sync = !req.async && !(scheduledTo > Date.now());
    if (sync) {
      const waiting = chain ?? this.#callerChain(req.caller, systemName);
      if (waiting.length) {
        const key = cellKey(systemName, target.cellName);
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

    if (scheduledTo > Date.now()) {
      if (draining) throw new SpawnError('SPAWN_ERR_DRAINING', 'the proxy is shutting down and cannot store delayed invocations');
      // Stored before the caller hears OK, so it survives a restart (see scheduler/).
      await this.#o.scheduler.schedule(req, scheduledTo);
      return {};
    }
    if (remote && !this.#o.lifecycle.live(cellKey(systemName, target.cellName))) {
      // Being deactivated here: its final save and the release of its claim come first, so
      // the member it goes to next can take it over at once.
      await this.#o.lifecycle.leavingDone(cellKey(systemName, target.cellName));
      // Not active here: the member that holds it, or the one placement prefers (a draining
      // member places nothing on itself). A call another member forwarded here runs here
      // unless this member is leaving: that member chose us, and the claim redirects it if
      // someone else holds the actor (a cached owner could send it straight back).
      const owner = hops > 0 && !draining ? undefined : (remote.knownOwner(systemName, target.cellName) ?? remote.place(target, { excludeSelf: draining }));
      if (owner) return this.#forward(owner, target, req, turn, hops);
      if (draining) throw new SpawnError('SPAWN_ERR_DRAINING', `the proxy is shutting down and no other member can run actor '${actorName}'`);
    }
    if (req.async) {
      this.#runAsync(target, turn, true, req, hops);
      return {};
    }
    try {
      return { reply: await this.#runSync(target, turn, timeoutMs) };
    } catch (err) {
      if (!(err instanceof ActorMovedError) || !remote) throw err;
      return this.#forward(err.owner, target, req, turn, hops);
    }
  }

  /** The directory's answer; in a cluster, an instance another member spawned is learnt from the cluster's record. */
  async #resolve(system: string, actor: string, pooled: boolean): Promise<Target> {
    const { directory, remote } = this.#o;
    try {
      return directory.resolve(system, actor, pooled);
    } catch (err) {
      if (!remote || !(err instanceof SpawnError) || err.code !== 'SPAWN_ERR_ACTOR_NOT_FOUND') throw err;
      const parent = await remote.spawnedElsewhere(system, actor);
      if (parent === undefined) throw err;
      directory.spawn(system, actor, parent, undefined);
      return directory.resolve(system, actor, pooled);
    }
  }

  /** Hands the invocation to `member`, following moves and gone members until the deadline. */
  async #forward(member: string, target: Target, req: IInvocationRequest, turn: TurnRequest, hops: number): Promise<InvokeResult> {
    const remote = this.#o.remote!;
    const forwarded: IInvocationRequest = {
      ...req,
      system: { name: target.system },
      actor: {
        ...(req.actor ?? {}),
        id: { ...(req.actor?.id ?? {}), name: req.actor?.id?.name || target.entry.id.name || target.cellName, system: target.system },
      },
    };
    let to = member;
    for (let hop = hops; ; hop++) {
      if (hop >= MAX_HOPS) {
        throw new SpawnError(
          'SPAWN_ERR_ACTOR_MOVED',
          `actor '${target.cellName}' in system '${target.system}' moved ${hop} times while this call followed it; retry`,
        );
      }
      const span = turn.span && startSpan('spawn.forward', turn.span, { 'spawn.cluster.member': to, 'spawn.cluster.hops': hop + 1 }, KIND.client);
      try {
        const ctx = { deadline: turn.deadline, chain: turn.chain ?? [], hops: hop + 1, ...(span ? { traceparent: traceparentOf(span) } : {}) };
        const result = await remote.forward(to, forwarded, ctx);
        if (span) endSpan(span);
        remote.learn(target.system, target.cellName, to);
        return result;
      } catch (err) {
        if (span) endSpan(span, err);
        if (err instanceof ActorMovedError) {
          remote.learn(target.system, target.cellName, err.owner || undefined);
          if (!err.owner) throw err;
          to = err.owner;
          continue;
        }
        remote.learn(target.system, target.cellName, undefined);
        // The member is gone: once the view has moved on, place the call again (maybe here).
        if (err instanceof SpawnError && err.code === 'SPAWN_ERR_MEMBER_UNAVAILABLE' && turn.deadline - Date.now() > 300) {
          await new Promise((r) => setTimeout(r, 200));
          const next = remote.place(target, { excludeSelf: this.#o.lifecycle.draining });
          if (next) {
            to = next;
            continue;
          }
          const again = turn.span ? { ...forwarded, metadata: withTraceparent(forwarded.metadata, turn.span) } : forwarded;
          return this.invoke(again, turn.chain ?? [], '', '', hop + 1, turn.deadline);
        }
        throw err;
      }
    }
  }

  /** A timer action of an active actor: an async turn that does not count as activity. */
  fireTimer(cell: ActorCell, action: string): void {
    const target: Target = {
      system: cell.def.system,
      cellName: cell.storeKey.name,
      hostId: cell.hostId,
      entry: { id: cell.hostId, def: cell.def },
      placement: { kind: 'local' },
    };
    this.#runAsync(target, { action, caller: cell.hostId, deadline: Date.now() + this.#o.invokeTimeoutMs }, false);
  }

  /** The actors waiting on `caller`'s running turn, plus the caller itself. */
  #callerChain(caller: IActorId | null | undefined, systemName: string): readonly string[] {
    if (!caller?.name) return [];
    const system = caller.system || systemName;
    // A pool member calls with its alias as parent; other actors under their own name.
    for (const name of [caller.name, caller.parent]) {
      const cell = name ? this.#o.lifecycle.live(cellKey(system, name)) : undefined;
      if (cell?.runningChain) return [...cell.runningChain, cell.key];
    }
    return [];
  }

  /** Runs the reply's workflow, if any, after the turn (the actor's mailbox has moved on). */
  #afterReply(target: Target, cell: ActorCell, turn: TurnRequest, reply: HostReply): HostReply | Promise<HostReply> {
    if (!WorkflowRunner.wants(reply.response.workflow)) return reply;
    return this.#o.workflow.run({
      system: target.system,
      self: cell.hostId,
      input: turn.value,
      metadata: turn.metadata,
      reply,
      chain: turn.chain ?? [],
      ...(turn.span ? { span: turn.span } : {}),
    });
  }

  #runSync(target: Target, turn: TurnRequest, timeoutMs: number): Promise<HostReply> {
    const { lifecycle } = this.#o;
    const cell = lifecycle.cell(target, turn.deadline, turn.span);
    cell.lastActive = Date.now();
    const series = seriesOf(cell.def, this.#o.metrics);
    const [okSeries, errorSeries] = series.action(turn.action);
    const start = performance.now();
    const result = cell.mailbox
      .post(() => {
        series.mailboxWait.observe((performance.now() - start) / 1000);
        return cell.turn(turn);
      })
      .then(
        (reply) => {
          lifecycle.afterTurn(cell);
          return this.#afterReply(target, cell, turn, reply);
        },
        (err) => {
          lifecycle.afterTurn(cell);
          throw err;
        },
      );
    // The caller hears back at its deadline even while the turn still waits in the mailbox.
    // Timed as the caller sees it: a turn that outlives the deadline counts as an error then.
    let answered = false;
    return new Promise<HostReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        answered = true;
        errorSeries.observe((performance.now() - start) / 1000);
        reject(
          new SpawnError(
            'SPAWN_ERR_DEADLINE_EXCEEDED',
            `invocation of '${turn.action}' on actor '${target.cellName}' in system '${target.system}' did not complete within ${timeoutMs} ms`,
          ),
        );
      }, timeoutMs + 5);
      result.then(
        (r) => {
          clearTimeout(timer);
          if (!answered) okSeries.observe((performance.now() - start) / 1000);
          resolve(r);
        },
        (e: unknown) => {
          clearTimeout(timer);
          if (!answered) errorSeries.observe((performance.now() - start) / 1000);
          reject(e instanceof Error ? e : new Error(String(e)));
        },
      );
    });
  }

  #runAsync(target: Target, turn: TurnRequest, countsAsActivity = true, req?: IInvocationRequest, hops = 0): void {
    const { lifecycle } = this.#o;
    let cell: ActorCell;
    try {
      cell = lifecycle.cell(target, turn.deadline, turn.span);
    } catch (err) {
      this.#asyncFailed(target, turn, err);
      return;
    }
    if (countsAsActivity) cell.lastActive = Date.now();
    const series = seriesOf(cell.def, this.#o.metrics);
    const [okSeries, errorSeries] = series.action(turn.action);
    const start = performance.now();
    cell.mailbox
      .post(() => {
        series.mailboxWait.observe((performance.now() - start) / 1000);
        return cell.turn(turn);
      })
      .then(
        (reply) => {
          okSeries.observe((performance.now() - start) / 1000);
          lifecycle.afterTurn(cell);
          const done = this.#afterReply(target, cell, turn, reply);
          if (done instanceof Promise) done.catch((err) => this.#asyncFailed(target, turn, err));
        },
        (err) => {
          errorSeries.observe((performance.now() - start) / 1000);
          lifecycle.afterTurn(cell);
          // Activated elsewhere meanwhile: the invocation goes there instead of being lost.
          if (err instanceof ActorMovedError && req && this.#o.remote) {
            this.#forward(err.owner, target, req, turn, hops).catch((e) => this.#asyncFailed(target, turn, e));
            return;
          }
          this.#asyncFailed(target, turn, err);
        },
      );
  }

  #asyncFailed(target: Target, turn: TurnRequest, err: unknown): void {
    const e = asSpawnError(err);
    this.#o.metrics.asyncFailures.inc({ code: e.code });
    const traceId = turn.span ? turn.span.spanContext().traceId : traceIdOf(turn.metadata?.traceparent);
    this.#o.logger.error('async invocation failed', {
      system: target.system,
      actor: target.cellName,
      action: turn.action,
      code: e.code,
      error: e.message,
      ...(traceId ? { trace_id: traceId } : {}),
    });
  }
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
