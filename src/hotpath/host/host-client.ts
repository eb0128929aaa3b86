// How the proxy reaches the code of an actor: the SDK host process.
import type { IActorInvocation, IActorInvocationResponse } from '../codec';

export interface HostCallOptions {
  /** Give up (SPAWN_ERR_HOST_TIMEOUT) when the host has not answered within this time. */
  timeoutMs: number;
  /** Tracing on: the W3C traceparent of the host call's span (sent as an HTTP header; it is in the invocation's metadata too). */
  traceparent?: string;
}

export interface HostReply {
  response: IActorInvocationResponse;
  /** The broadcast action the reply names (Broadcast #2: Spawn 0.5 command_name, Python SDK action_name). */
  broadcastAction?: string;
}

export interface HostClient {
  /** Where the host is, for error messages ("host at http://127.0.0.1:8090"). */
  readonly description: string;
  /** For span attributes: how the host is reached. */
  readonly transport: 'http' | 'channel';
  invoke(invocation: IActorInvocation, options: HostCallOptions): Promise<HostReply>;
  close(): Promise<void>;
}
