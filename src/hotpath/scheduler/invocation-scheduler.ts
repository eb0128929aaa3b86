// Delayed invocations (InvocationRequest.scheduled_to, delayed side effects), kept in the
// state store one row each, so they survive a restart and fire once:
//
//   schedule  encode the request, store the row (the caller's OK means it is stored), and
//             arm a timer when it falls due before the next poll
//   poll      every PROXY_SCHEDULER_POLL_MS (and at start-up, so past-due rows fire at
//             once): read due rows, claim each (DELETE; only one proxy wins), fire it async
//
// A row is deleted before it fires: a crash between the two loses that one invocation
// (at most once) rather than firing it twice. Whether a row that could not fire is tried
// again is the error catalogue's call (src/errors.ts): retryable errors (store down, proxy
// draining) and targets not registered yet (awaitsRegistration: right after a restart, until
// the host registers again) put it back, retried every second until it is
// PROXY_SCHEDULER_MAX_LATE_MS late; terminal errors drop it with an error log.
import { randomUUID } from 'node:crypto';
import { traceField, type Logger, type ProxyMetrics } from '../../control';
import { SpawnError, asSpawnError } from '../../errors';
import type { ScheduledInvocation, StateStore } from '../../storage';
import { decodeMessage, protocol, type IInvocationRequest } from '../codec';

export interface SchedulerOptions {
  store: StateStore;
  /** Runs a due invocation (async); rejects when it could not be accepted. */
  fire: (req: IInvocationRequest) => Promise<unknown>;
  logger: Logger;
  metrics: ProxyMetrics;
  pollMs: number;
  maxLateMs: number;
  /** How long a row that could not fire waits before it is tried again (default 1000 ms). */
  retryMs?: number;
}

/** Whether a due invocation that failed with `e` is tried again later (if not too late) instead of dropped. */
function retriesLater(e: SpawnError): boolean {
  return e.retryable || e.awaitsRegistration;
}

export class InvocationScheduler {
  readonly #o: SchedulerOptions;
  #interval: NodeJS.Timeout | undefined;
  readonly #timers = new Set<NodeJS.Timeout>();
  #polling: Promise<void> | undefined;
  #again = false;
  #stopped = false;
  #failing = false;

  constructor(options: SchedulerOptions) {
    this.#o = options;
  }

  start(): void {
    this.#interval = setInterval(() => this.poll(), this.#o.pollMs);
    this.#interval.unref();
    this.poll();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#interval);
    for (const t of this.#timers) clearTimeout(t);
    this.#timers.clear();
    await this.#polling;
  }

  /** Stores `req` to run at `dueAt` (epoch ms). Resolves once it is stored. */
  async schedule(req: IInvocationRequest, dueAt: number): Promise<void> {
    const item: ScheduledInvocation = {
      id: randomUUID(),
      dueAt,
      system: req.system?.name ?? '',
      actor: req.actor?.id?.name ?? '',
      request: protocol.InvocationRequest.encode({ ...req, scheduledTo: dueAt }).finish(),
    };
    await this.#o.store.addScheduled(item);
    this.#o.metrics.scheduled.inc({ result: 'stored' });
    const wait = dueAt - Date.now();
    if (wait < this.#o.pollMs) {
      const t = setTimeout(
        () => {
          this.#timers.delete(t);
          this.poll();
        },
        Math.max(0, wait),
      );
      t.unref();
      this.#timers.add(t);
    }
  }

  /** Fires every due invocation; a poll asked for while one runs runs right after it. */
  poll(): void {
    if (this.#stopped) return;
    if (this.#polling) {
      this.#again = true;
      return;
    }
    this.#polling = this.#drainDue().finally(() => {
      this.#polling = undefined;
      if (this.#again) {
        this.#again = false;
        this.poll();
      }
    });
  }

  async #drainDue(): Promise<void> {
    for (;;) {
      let due: ScheduledInvocation[];
      try {
        due = await this.#o.store.dueScheduled(Date.now(), 100);
        if (this.#failing) this.#o.logger.info('scheduler: store reachable again');
        this.#failing = false;
      } catch (err) {
        if (!this.#failing)
          this.#o.logger.error('scheduler: cannot read scheduled invocations', { code: asSpawnError(err).code, error: (err as Error).message });
        this.#failing = true;
        return;
      }
      for (const item of due) {
        if (this.#stopped) return; // unclaimed rows stay for the next start
        await this.#fireOne(item);
      }
      if (due.length < 100) return;
    }
  }

  async #fireOne(item: ScheduledInvocation): Promise<void> {
    let claimed = false;
    try {
      claimed = await this.#o.store.claimScheduled(item);
    } catch (err) {
      this.#o.logger.error('scheduler: cannot claim a scheduled invocation', {
        id: item.id,
        system: item.system,
        actor: item.actor,
        code: asSpawnError(err).code,
        error: (err as Error).message,
      });
      return;
    }
    if (!claimed) return; // another proxy fired it
    let req: IInvocationRequest;
    try {
      req = decodeMessage(protocol.InvocationRequest, 'InvocationRequest', item.request);
    } catch (err) {
      this.#o.metrics.scheduled.inc({ result: 'dropped' });
      this.#o.logger.error('scheduler: dropped an undecodable scheduled invocation', {
        id: item.id,
        system: item.system,
        actor: item.actor,
        code: asSpawnError(err).code,
        error: (err as Error).message,
      });
      return;
    }
    try {
      await this.#o.fire({ ...req, async: true, scheduledTo: 0 });
      this.#o.metrics.scheduled.inc({ result: 'fired' });
    } catch (err) {
      const e = asSpawnError(err);
      // Late from the time it was scheduled for (the request keeps it), not from the row's
      // due time, which each retry moves on.
      const late = Date.now() - (req.scheduledTo || item.dueAt);
      // Also while stopping: a row refused by the draining proxy is kept for the next start.
      if (retriesLater(e) && late < this.#o.maxLateMs) {
        await this.#putBack(item, e);
        return;
      }
      this.#o.metrics.scheduled.inc({ result: 'failed' });
      this.#o.logger.error('scheduled invocation dropped', {
        system: item.system,
        actor: item.actor,
        action: req.actionName,
        lateMs: late,
        code: e.code,
        ...traceField(req.metadata?.traceparent),
        why: retriesLater(e) ? `still failing after PROXY_SCHEDULER_MAX_LATE_MS (${this.#o.maxLateMs} ms)` : 'terminal error',
        error: e.message,
      });
    }
  }

  async #putBack(item: ScheduledInvocation, why: SpawnError): Promise<void> {
    try {
      await this.#o.store.addScheduled({ ...item, dueAt: Date.now() + (this.#o.retryMs ?? 1000) });
      this.#o.logger.debug('scheduler: not runnable yet, retrying', { system: item.system, actor: item.actor, code: why.code });
    } catch (err) {
      this.#o.metrics.scheduled.inc({ result: 'failed' });
      this.#o.logger.error('scheduler: lost a scheduled invocation that could not be put back', {
        system: item.system,
        actor: item.actor,
        code: asSpawnError(err).code,
        error: (err as Error).message,
      });
    }
  }
}
