// A host reached over its host channel (proto/spawn_proxy/host_channel.proto): invocations
// go out as frames with correlation ids on the WebSocket the host opened, replies come back
// on it. Replaces one HTTP request per invocation with one frame each way.
import { performance } from 'node:perf_hooks';
import type { Counter, HistogramSeries, ProxyMetrics } from '../../control';
import { SpawnError } from '../../errors';
import { encodeInvocationFrame, type IActorInvocation } from '../codec';
import type { HostCallOptions, HostClient, HostReply } from './host-client';

/** What the channel needs from the socket (uWS WebSocket, behind the server). */
export interface ChannelSocket {
  /** 1 sent, 0 buffered (back-pressure), 2 dropped. */
  send(bytes: Uint8Array): number;
  bufferedAmount(): number;
  /** Closes the connection (the server then calls closed()). */
  end(reason: string): void;
  /** Runs fn with the socket corked, so its sends leave in one write. */
  cork(fn: () => void): void;
}

interface Pending {
  resolve: (r: HostReply) => void;
  reject: (e: SpawnError) => void;
  timer: NodeJS.Timeout;
  /** performance.now() when the call was made. */
  start: number;
}

/** Frames queue here instead of the socket above this many buffered bytes, until drain. */
const HIGH_WATER = 1 << 20;

export class ChannelHostClient implements HostClient {
  readonly description: string;
  readonly transport = 'channel';
  readonly #socket: ChannelSocket;
  readonly #pending = new Map<number, Pending>();
  readonly #queue: Uint8Array[] = [];
  /** Frames of this tick, sent together from a setImmediate (one syscall instead of one each). */
  #batch: Uint8Array[] = [];
  #nextId = 1;
  #closed: string | undefined;
  readonly #errors: Counter | undefined;
  readonly #ok: HistogramSeries | undefined;
  readonly #failedCalls: HistogramSeries | undefined;

  /** `metrics`: failed calls by error code (spawn_host_errors_total), every call's duration (spawn_host_call_duration_seconds). */
  constructor(socket: ChannelSocket, remote: string, metrics?: ProxyMetrics) {
    this.#socket = socket;
    this.description = `host on channel from ${remote}`;
    this.#errors = metrics?.hostErrors;
    this.#ok = metrics?.hostCallDuration.child({ transport: 'channel', outcome: 'ok' });
    this.#failedCalls = metrics?.hostCallDuration.child({ transport: 'channel', outcome: 'error' });
  }

  get inFlight(): number {
    return this.#pending.size;
  }

  invoke(invocation: IActorInvocation, options: HostCallOptions): Promise<HostReply> {
    if (this.#closed) {
      return Promise.reject(
        this.#failed(
          new SpawnError('SPAWN_ERR_HOST_UNAVAILABLE', `${this.description} is closed (${this.#closed}); the host must reconnect and register again`),
          performance.now(),
        ),
      );
    }
    const id = this.#nextId++;
    const bytes = encodeInvocationFrame(id, invocation);
    const start = performance.now();
    return new Promise<HostReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(this.#failed(new SpawnError('SPAWN_ERR_HOST_TIMEOUT', `${this.description} did not answer within ${options.timeoutMs} ms`), start));
      }, options.timeoutMs);
      this.#pending.set(id, { resolve, reject, timer, start });
      this.#write(bytes);
    });
  }

  /** A result or error frame for one of our invocations. */
  settle(id: number, outcome: { reply: HostReply } | { error: string }): void {
    const p = this.#pending.get(id);
    if (!p) return; // timed out already
    this.#pending.delete(id);
    clearTimeout(p.timer);
    if ('error' in outcome) {
      p.reject(this.#failed(new SpawnError('SPAWN_ERR_HOST_BAD_RESPONSE', `${this.description} could not run the action: ${outcome.error}`), p.start));
    } else if (!outcome.reply.response.updatedContext) {
      p.reject(
        this.#failed(
          new SpawnError('SPAWN_ERR_HOST_BAD_RESPONSE', `${this.description} answered without updated_context; the actor's state is left as it was`),
          p.start,
        ),
      );
    } else {
      this.#ok?.observe((performance.now() - p.start) / 1000);
      p.resolve(outcome.reply);
    }
  }

  /** Sends a frame that answers the host (replies to its register/invoke/spawn). */
  reply(bytes: Uint8Array): void {
    if (!this.#closed) this.#write(bytes);
  }

  /** The socket drained: send what waited. */
  drain(): void {
    while (this.#queue.length && this.#socket.bufferedAmount() < HIGH_WATER) this.#sendNow(this.#queue.shift()!);
  }

  /** The socket closed: every call in flight fails; the state of those actors is unchanged. */
  closed(reason: string): void {
    this.#closed = reason;
    this.#queue.length = 0;
    for (const [id, p] of this.#pending) {
      clearTimeout(p.timer);
      p.reject(
        this.#failed(
          new SpawnError(
            'SPAWN_ERR_HOST_UNAVAILABLE',
            `${this.description} closed while the call was in flight (${reason}); the actor's state is left as it was`,
          ),
          p.start,
        ),
      );
      this.#pending.delete(id);
    }
  }

  #failed(e: SpawnError, start: number): SpawnError {
    this.#failedCalls?.observe((performance.now() - start) / 1000);
    this.#errors?.inc({ code: e.code });
    return e;
  }

  #write(bytes: Uint8Array): void {
    if (this.#queue.length || this.#socket.bufferedAmount() >= HIGH_WATER) this.#queue.push(bytes);
    else if (this.#batch.push(bytes) === 1) setImmediate(this.#flush);
  }

  readonly #flush = (): void => {
    const batch = this.#batch;
    this.#batch = [];
    if (this.#closed) return;
    this.#socket.cork(() => {
      for (const b of batch) {
        if (this.#queue.length || this.#socket.bufferedAmount() >= HIGH_WATER) this.#queue.push(b);
        else this.#sendNow(b);
      }
    });
  };

  #sendNow(bytes: Uint8Array): void {
    if (this.#socket.send(bytes) === 2) this.#socket.end('send buffer over its limit');
  }

  async close(): Promise<void> {
    this.closed('proxy shutting down');
  }
}
