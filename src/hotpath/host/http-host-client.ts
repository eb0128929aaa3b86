// Spawn's host transport: POST http://USER_FUNCTION_HOST:USER_FUNCTION_PORT/api/v1/actors/actions
// with an ActorInvocation, answered by an ActorInvocationResponse. The HTTP status is not
// trusted (Spawn SDKs answer handler failures with 400 and an empty body); the body is.
// Calls go through Http1Pool (./http1-pool.ts): one keep-alive connection per call in flight,
// each request written as one buffer.
import { performance } from 'node:perf_hooks';
import type { Counter, HistogramSeries, ProxyMetrics } from '../../control';
import { SpawnError } from '../../errors';
import { broadcastActionOf, decodeMessage, encodeActorInvocation, hostResponseFromV05, protocol, type IActorInvocation } from '../codec';
import type { HostCallOptions, HostClient, HostReply } from './host-client';
import { Http1Pool, type Http1Error, type Http1Response } from './http1-pool';

const ACTIONS_PATH = '/api/v1/actors/actions';

export interface HttpHostClientOptions {
  address: string;
  port: number;
  connections: number;
  /** Decode replies as Spawn 0.5 shapes. */
  compat05: boolean;
  /** Largest reply accepted from the host (default 256 MiB). */
  maxReplyBytes?: number;
  /** Counts failed calls by error code (spawn_host_errors_total) and times every call (spawn_host_call_duration_seconds). */
  metrics?: ProxyMetrics;
}

export class HttpHostClient implements HostClient {
  readonly description: string;
  readonly transport = 'http';
  readonly #pool: Http1Pool;
  readonly #compat05: boolean;
  readonly #errors: Counter | undefined;
  readonly #ok: HistogramSeries | undefined;
  readonly #failedCalls: HistogramSeries | undefined;

  constructor(options: HttpHostClientOptions) {
    const host = options.address.includes(':') ? `[${options.address}]` : options.address;
    this.description = `host at http://${host}:${options.port}${ACTIONS_PATH}`;
    this.#compat05 = options.compat05;
    const m = options.metrics;
    this.#errors = m?.hostErrors;
    this.#ok = m?.hostCallDuration.child({ transport: 'http', outcome: 'ok' });
    this.#failedCalls = m?.hostCallDuration.child({ transport: 'http', outcome: 'error' });
    this.#pool = new Http1Pool({
      host: options.address,
      port: options.port,
      connections: options.connections,
      connectTimeoutMs: 10_000,
      idleMs: 30_000,
      maxResponseBytes: options.maxReplyBytes ?? 256 * 1024 * 1024,
    });
  }

  invoke(invocation: IActorInvocation, options: HostCallOptions): Promise<HostReply> {
    const body = encodeActorInvocation(invocation);
    const start = performance.now();
    return new Promise<HostReply>((resolve, reject) => {
      this.#pool.post(
        ACTIONS_PATH,
        body,
        options.timeoutMs,
        (err, res) => {
          if (err) {
            reject(this.#failed(this.#transportError(err, options.timeoutMs), start));
            return;
          }
          let reply: HostReply;
          try {
            reply = this.#decode(res!);
          } catch (e) {
            reject(this.#failed(e as SpawnError, start));
            return;
          }
          this.#ok?.observe((performance.now() - start) / 1000);
          resolve(reply);
        },
        options.traceparent,
      );
    });
  }

  #decode({ body, status }: Http1Response): HostReply {
    if (body.length === 0) {
      throw new SpawnError(
        'SPAWN_ERR_HOST_BAD_RESPONSE',
        `${this.description} answered HTTP ${status} with an empty body` + (status >= 400 ? ' (the action handler most likely threw)' : ''),
      );
    }
    let reply: HostReply;
    try {
      if (this.#compat05) {
        reply = hostResponseFromV05(body);
      } else {
        const response = decodeMessage(protocol.ActorInvocationResponse, 'ActorInvocationResponse', body);
        // Hosts whose Broadcast still has field 2 (the Python SDK's action_name, 0.5's
        // command_name) name the subscribers' action there; looked up only when there is a broadcast.
        const broadcastAction = response.workflow?.broadcast ? broadcastActionOf(body) : undefined;
        reply = broadcastAction ? { response, broadcastAction } : { response };
      }
    } catch (err) {
      throw new SpawnError(
        'SPAWN_ERR_HOST_BAD_RESPONSE',
        `${this.description} answered HTTP ${status} with ${body.length} bytes that are not an ActorInvocationResponse`,
        { cause: err },
      );
    }
    if (!reply.response.updatedContext) {
      throw new SpawnError(
        'SPAWN_ERR_HOST_BAD_RESPONSE',
        `${this.description} answered HTTP ${status} without updated_context; the actor's state is left as it was`,
      );
    }
    return reply;
  }

  #failed(e: SpawnError, start: number): SpawnError {
    this.#failedCalls?.observe((performance.now() - start) / 1000);
    this.#errors?.inc({ code: e.code });
    return e;
  }

  #transportError(err: Http1Error, timeoutMs: number): SpawnError {
    switch (err.kind) {
      case 'timeout':
        return new SpawnError('SPAWN_ERR_HOST_TIMEOUT', `${this.description} did not answer within ${timeoutMs} ms`, { cause: err });
      case 'protocol':
      case 'too-large':
        return new SpawnError('SPAWN_ERR_HOST_BAD_RESPONSE', `${this.description} answered with a malformed HTTP reply: ${err.message}`, { cause: err });
      case 'connect':
        return new SpawnError('SPAWN_ERR_HOST_UNAVAILABLE', `${this.description} is unreachable (${err.code || 'error'}: ${err.message})`, { cause: err });
      case 'closed':
        return new SpawnError('SPAWN_ERR_HOST_UNAVAILABLE', `${this.description} failed the call: ${err.message}`, { cause: err });
    }
  }

  close(): Promise<void> {
    return this.#pool.close();
  }
}
