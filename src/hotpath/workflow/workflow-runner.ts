// What an actor asks for in its reply (Spawn §4): side effects, a broadcast, and a pipe or
// forward. Runs after the actor's turn has ended, so the actor's mailbox moves on while
// routed calls run:
//
//   effects    each SideEffect.request is invoked on its own; the caller's reply does not wait
//   broadcast  published on the bus; every actor subscribed to the channel gets an async
//              invocation, caller = publisher (see broadcast-bus.ts)
//   pipe       the reply's payload goes to another actor; that actor's reply is returned instead
//   forward    the original input goes to another actor; that actor's reply is returned instead
import { endSpan, endWith, startSpan, traceIdOf, traceparentOf, withTraceparent, type Logger, type ProxyMetrics, type TraceSpan } from '../../control';
import { asSpawnError } from '../../errors';
import type { IActorId, IAny, IInvocationRequest, IWorkflow } from '../codec';
import type { HostReply } from '../host';
import type { BroadcastMessage } from './broadcast-bus';

/** What the workflow needs from the runtime. */
export interface WorkflowRuntime {
  /** Invokes like the HTTP route does; `chain` lists the actors waiting on this call. */
  invokeInternal(req: IInvocationRequest, chain: readonly string[]): Promise<{ reply?: HostReply }>;
  /** Hands a broadcast to the bus (in process, or NATS). */
  publish(msg: BroadcastMessage): void;
}

export interface TurnOutcome {
  system: string;
  /** The actor whose turn produced the reply (the host's view: pool members carry their alias as parent). */
  self: IActorId;
  /** The payload the actor was invoked with. */
  input: IAny | null | undefined;
  metadata: Record<string, string> | null | undefined;
  reply: HostReply;
  /** Actors waiting synchronously on the original invocation. */
  chain: readonly string[];
  /** Tracing on: the invocation's span, parent of one span per step. */
  span?: TraceSpan;
}

const NOOP = Object.freeze({});

export class WorkflowRunner {
  readonly #runtime: WorkflowRuntime;
  readonly #logger: Logger;
  readonly #metrics: ProxyMetrics;

  constructor(runtime: WorkflowRuntime, logger: Logger, metrics: ProxyMetrics) {
    this.#runtime = runtime;
    this.#logger = logger;
    this.#metrics = metrics;
  }

  /** True when the reply asks for anything: the common case (no workflow) costs one check. */
  static wants(workflow: IWorkflow | null | undefined): workflow is IWorkflow {
    return !!workflow && (!!workflow.effects?.length || !!workflow.broadcast || !!workflow.pipe || !!workflow.forward);
  }

  /** Runs the workflow of one turn and returns the reply the original caller gets. */
  async run(outcome: TurnOutcome): Promise<HostReply> {
    const workflow = outcome.reply.response.workflow!;
    for (const effect of workflow.effects ?? []) if (effect.request) this.#effect(outcome, effect.request);
    if (workflow.broadcast) this.#broadcast(outcome, outcome.reply.broadcastAction);
    const routing = workflow.pipe ?? workflow.forward;
    if (!routing?.actor) return outcome.reply;
    const isPipe = !!workflow.pipe;
    const payload = isPipe ? outcome.reply.response.value : outcome.input;
    const span = outcome.span && this.#stepSpan(isPipe ? 'pipe' : 'forward', outcome, routing.actor, routing.actionName);
    const routed: IInvocationRequest = {
      system: { name: outcome.system },
      actor: { id: { name: routing.actor, system: outcome.system } },
      actionName: routing.actionName ?? '',
      caller: outcome.self,
      metadata: span ? withTraceparent(outcome.metadata, span) : (outcome.metadata ?? {}),
      registerRef: routing.registerRef ?? '',
      ...(payload ? { value: payload } : { noop: NOOP }),
    };
    const invoked = this.#runtime.invokeInternal(routed, outcome.chain);
    const result = await (span ? endWith(span, invoked) : invoked);
    return result.reply ?? outcome.reply;
  }

  /** A span `spawn.workflow.<step>`, child of the invocation whose reply asked for it. */
  #stepSpan(step: string, outcome: TurnOutcome, to: string | null | undefined, action: string | null | undefined): TraceSpan {
    return startSpan(`spawn.workflow.${step}`, outcome.span, {
      'spawn.system': outcome.system,
      'spawn.actor': outcome.self.name ?? '',
      ...(to ? { 'spawn.workflow.target': to } : {}),
      ...(action ? { 'spawn.action': action } : {}),
    });
  }

  #effect(outcome: TurnOutcome, request: IInvocationRequest): void {
    // The original request's metadata goes along; the effect's own keys win.
    const span = outcome.span && this.#stepSpan('effect', outcome, request.actor?.id?.name, request.actionName);
    const metadata = { ...(outcome.metadata ?? {}), ...(request.metadata ?? {}) };
    const req: IInvocationRequest = {
      ...request,
      system: request.system?.name ? request.system : { name: outcome.system },
      caller: request.caller ?? outcome.self,
      metadata: span ? withTraceparent(metadata, span) : metadata,
    };
    this.#runtime.invokeInternal(req, []).then(
      () => {
        if (span) endSpan(span);
        this.#metrics.workflowSteps.inc({ step: 'effect', result: 'ok' });
      },
      (err) => {
        if (span) endSpan(span, err);
        const e = asSpawnError(err);
        this.#metrics.workflowSteps.inc({ step: 'effect', result: 'error' });
        const traceId = traceIdOf(req.metadata?.traceparent);
        this.#logger.error('side effect failed', {
          system: req.system?.name,
          actor: req.actor?.id?.name,
          action: req.actionName,
          from: outcome.self.name,
          code: e.code,
          error: e.message,
          ...(traceId ? { trace_id: traceId } : {}),
        });
      },
    );
  }

  #broadcast(outcome: TurnOutcome, compatAction: string | undefined): void {
    const broadcast = outcome.reply.response.workflow!.broadcast!;
    const topic = broadcast.channelGroup ?? '';
    if (!topic) return;
    const span = outcome.span && this.#stepSpan('broadcast', outcome, undefined, compatAction);
    span?.setAttribute('spawn.broadcast.topic', topic);
    try {
      const msg: BroadcastMessage = { system: outcome.system, topic, payload: broadcast.value, caller: outcome.self, action: compatAction };
      if (span) msg.traceparent = traceparentOf(span);
      this.#runtime.publish(msg);
      if (span) endSpan(span);
      this.#metrics.workflowSteps.inc({ step: 'broadcast', result: 'ok' });
    } catch (err) {
      if (span) endSpan(span, err);
      const e = asSpawnError(err);
      this.#metrics.workflowSteps.inc({ step: 'broadcast', result: 'error' });
      const traceId = outcome.span ? outcome.span.spanContext().traceId : traceIdOf(outcome.metadata?.traceparent);
      this.#logger.error('broadcast failed', {
        system: outcome.system,
        actor: outcome.self.name,
        topic,
        code: e.code,
        error: e.message,
        ...(traceId ? { trace_id: traceId } : {}),
      });
    }
  }
}
