// Spawn's host transport: POST http://USER_FUNCTION_HOST:USER_FUNCTION_PORT/api/v1/actors/actions
// with an ActorInvocation, answered by an ActorInvocationResponse. The HTTP status is not
// trusted (Spawn SDKs answer handler failures with 400 and an empty body); the body is.
// Requests go through undici's dispatch() with a handler that collects the reply's chunks:
// request() would wrap every reply in a Readable stream and a promise chain, which cost
// more CPU per call than the rest of the turn (README, Performance).
import { Pool, type Dispatcher } from 'undici';
import { SpawnError } from '../../errors';
import { decodeMessage, hostResponseFromV05, protocol, type IActorInvocation } from '../codec';
import type { HostCallOptions, HostClient, HostReply } from './host-client';

const ACTIONS_PATH = '/api/v1/actors/actions';

export interface HttpHostClientOptions {
  address: string;
  port: number;
  connections: number;
  /** Decode replies as Spawn 0.5 shapes. */
  compat05: boolean;
}

export class HttpHostClient implements HostClient {
  readonly description: string;
  readonly #pool: Pool;
  readonly #compat05: boolean;

  constructor(options: HttpHostClientOptions) {
    const host = options.address.includes(':') ? `[${options.address}]` : options.address;
    const origin = `http://${host}:${options.port}`;
    this.description = `host at ${origin}${ACTIONS_PATH}`;
    this.#compat05 = options.compat05;
    this.#pool = new Pool(origin, {
      connections: options.connections,
      pipelining: 1,
      keepAliveTimeout: 30_000,
      connectTimeout: 10_000,
    });
  }

  invoke(invocation: IActorInvocation, options: HostCallOptions): Promise<HostReply> {
    const body = protocol.ActorInvocation.encode(invocation).finish();
    return new Promise<HostReply>((resolve, reject) => {
      this.#pool.dispatch(
        {
          path: ACTIONS_PATH,
          method: 'POST',
          headers: {
            'content-type': 'application/octet-stream',
            accept: 'application/octet-stream',
            'content-length': String(body.length),
          },
          body: Buffer.from(body.buffer, body.byteOffset, body.length),
          headersTimeout: options.timeoutMs,
          bodyTimeout: options.timeoutMs,
        },
        new ReplyHandler(this, options.timeoutMs, resolve, reject),
      );
    });
  }

  /** A whole reply body: the ActorInvocationResponse, or why it is not one. */
  decodeReply(bytes: Buffer, statusCode: number): HostReply {
    if (bytes.length === 0) {
      throw new SpawnError(
        'SPAWN_ERR_HOST_BAD_RESPONSE',
        `${this.description} answered HTTP ${statusCode} with an empty body` +
          (statusCode >= 400 ? ' (the action handler most likely threw)' : ''),
      );
    }
    let reply: HostReply;
    try {
      reply = this.#compat05
        ? hostResponseFromV05(bytes)
        : { response: decodeMessage(protocol.ActorInvocationResponse, 'ActorInvocationResponse', bytes) };
    } catch (err) {
      throw new SpawnError(
        'SPAWN_ERR_HOST_BAD_RESPONSE',
        `${this.description} answered HTTP ${statusCode} with ${bytes.length} bytes that are not an ActorInvocationResponse`,
        { cause: err },
      );
    }
    if (!reply.response.updatedContext) {
      throw new SpawnError(
        'SPAWN_ERR_HOST_BAD_RESPONSE',
        `${this.description} answered HTTP ${statusCode} without updated_context; the actor's state is left as it was`,
      );
    }
    return reply;
  }

  /** A failed call as the error its caller gets (timeout or unreachable). */
  transportError(err: unknown, timeoutMs: number): SpawnError {
    const code = (err as { code?: string }).code ?? '';
    const message = (err as Error).message ?? String(err);
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
      return new SpawnError('SPAWN_ERR_HOST_TIMEOUT', `${this.description} did not answer within ${timeoutMs} ms`, {
        cause: err,
      });
    }
    return new SpawnError('SPAWN_ERR_HOST_UNAVAILABLE', `${this.description} is unreachable (${code || 'error'}: ${message})`, {
      cause: err,
    });
  }

  async close(): Promise<void> {
    await this.#pool.close();
  }
}

/** Collects one reply's body (undici dispatch handler) and settles the call. */
class ReplyHandler implements Dispatcher.DispatchHandler {
  #status = 0;
  #chunks: Buffer[] = [];
  #size = 0;

  constructor(
    readonly client: HttpHostClient,
    readonly timeoutMs: number,
    readonly resolve: (r: HostReply) => void,
    readonly reject: (e: SpawnError) => void,
  ) {}

  onRequestStart(): void {
    // Nothing to do; undici routes a handler through its current (non-deprecated) interface only when this exists.
  }

  onResponseStart(_controller: Dispatcher.DispatchController, statusCode: number): void {
    this.#status = statusCode;
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.#chunks.push(chunk);
    this.#size += chunk.length;
  }

  onResponseEnd(): void {
    const chunks = this.#chunks;
    const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, this.#size);
    let reply: HostReply;
    try {
      reply = this.client.decodeReply(bytes, this.#status);
    } catch (err) {
      this.reject(err as SpawnError);
      return;
    }
    this.resolve(reply);
  }

  onResponseError(_controller: Dispatcher.DispatchController, err: Error): void {
    this.reject(this.client.transportError(err, this.timeoutMs));
  }
}
