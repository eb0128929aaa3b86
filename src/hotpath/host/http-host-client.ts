// Spawn's host transport: POST http://USER_FUNCTION_HOST:USER_FUNCTION_PORT/api/v1/actors/actions
// with an ActorInvocation, answered by an ActorInvocationResponse. The HTTP status is not
// trusted (Spawn SDKs answer handler failures with 400 and an empty body); the body is.
import { Pool } from 'undici';
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

  async invoke(invocation: IActorInvocation, options: HostCallOptions): Promise<HostReply> {
    const body = protocol.ActorInvocation.encode(invocation).finish();
    let statusCode: number;
    let bytes: Buffer;
    try {
      const res = await this.#pool.request({
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
      });
      statusCode = res.statusCode;
      bytes = Buffer.from(await res.body.arrayBuffer());
    } catch (err) {
      throw this.#transportError(err, options.timeoutMs);
    }
    return this.#decode(bytes, statusCode);
  }

  #decode(bytes: Buffer, statusCode: number): HostReply {
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

  #transportError(err: unknown, timeoutMs: number): SpawnError {
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
