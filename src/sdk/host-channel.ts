// The host side of the host channel (proto/spawn_proxy/host_channel.proto): one WebSocket
// to the proxy. Registers on every (re)connect, runs the proxy's invocations with at most
// maxInFlight handlers at once (the rest wait in order), and carries this program's own
// invoke/spawn calls. If the connection drops, calls in flight fail and it reconnects.
import WebSocket from 'ws';
import { SpawnSdkError } from './errors';
import {
  channel,
  int64ToNumber,
  protocol,
  type IActorInvocation,
  type IActorInvocationResponse,
  type IFrame,
  type IRegistrationRequest,
  type InvocationResponse,
  type SpawnResponse,
} from './protocol';

export interface HostChannelOptions {
  url: string;
  registration: () => IRegistrationRequest;
  handle: (inv: IActorInvocation) => Promise<IActorInvocationResponse>;
  maxInFlight: number;
  /** How long a call of this program waits for the proxy's answer. */
  callTimeoutMs: number;
}

type Reply = InvocationResponse | SpawnResponse;

interface Waiting {
  field: 'invoked' | 'spawned' | 'registered';
  resolve: (f: IFrame) => void;
  reject: (e: SpawnSdkError) => void;
}

export class HostChannel {
  readonly #o: HostChannelOptions;
  #ws: WebSocket | undefined;
  #nextId = 1;
  readonly #waiting = new Map<number, Waiting>();
  readonly #queue: Array<{ id: number; inv: IActorInvocation }> = [];
  #running = 0;
  #stopped = false;
  #retryMs = 100;
  #everConnected = false;
  connected = false;

  constructor(options: HostChannelOptions) {
    this.#o = options;
  }

  /** Opens the channel and registers. SPAWN_SDK_NO_CHANNEL when the proxy has no channel route. */
  connect(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const ws = new WebSocket(this.#o.url, { perMessageDeflate: false });
      this.#ws = ws;
      let settled = false;
      const fail = (e: SpawnSdkError): void => {
        if (settled) return;
        settled = true;
        reject(e);
      };
      ws.on('unexpected-response', (_req, res) => {
        fail(new SpawnSdkError('SPAWN_SDK_NO_CHANNEL', `the proxy at ${this.#o.url} has no host channel (HTTP ${res.statusCode})`));
        ws.terminate();
      });
      ws.on('error', (err) =>
        fail(new SpawnSdkError('SPAWN_SDK_PROXY_UNREACHABLE', `cannot open the host channel ${this.#o.url}: ${err.message}`, 0, { cause: err })),
      );
      ws.on('open', () => {
        this.#request({ register: this.#o.registration() }, 'registered').then(
          (f) => {
            const status = f.registered?.status;
            if (status?.status !== protocol.Status.OK) {
              fail(SpawnSdkError.fromStatus('registration', status?.message ?? '', 0));
              return;
            }
            this.connected = true;
            this.#everConnected = true;
            this.#retryMs = 100;
            settled = true;
            resolve();
          },
          (err: SpawnSdkError) => fail(err),
        );
      });
      ws.on('message', (data: Buffer) => this.#onFrame(data));
      ws.on('close', () => {
        this.connected = false;
        for (const [id, w] of this.#waiting) {
          w.reject(new SpawnSdkError('SPAWN_SDK_CHANNEL_CLOSED', 'the host channel closed before the proxy answered'));
          this.#waiting.delete(id);
        }
        const wasUp = settled;
        fail(new SpawnSdkError('SPAWN_SDK_CHANNEL_CLOSED', `the host channel ${this.#o.url} closed during start-up`));
        // After the first successful start every close (including failed retries) retries.
        if ((wasUp || this.#everConnected) && !this.#stopped) this.#reconnect();
      });
    });
  }

  #reconnect(): void {
    const wait = this.#retryMs;
    this.#retryMs = Math.min(this.#retryMs * 2, 2000);
    // Not unref'd: a host process stays up and keeps trying until the proxy is back.
    setTimeout(() => {
      if (this.#stopped) return;
      this.connect().catch(() => undefined); // a failed attempt's 'close' schedules the next one
    }, wait);
  }

  /** Sends a request frame and resolves with the reply of the given kind. */
  async request(body: IFrame, field: 'invoked' | 'spawned', what: string): Promise<Reply> {
    const f = await this.#request(body, field).catch((e: SpawnSdkError) => {
      throw new SpawnSdkError(e.code, `${what} failed: ${e.message}`, 0, { cause: e });
    });
    return (field === 'invoked' ? f.invoked : f.spawned) as Reply;
  }

  #request(body: IFrame, field: Waiting['field']): Promise<IFrame> {
    const ws = this.#ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) return Promise.reject(new SpawnSdkError('SPAWN_SDK_CHANNEL_CLOSED', 'the host channel is not connected'));
    const id = this.#nextId++;
    return new Promise<IFrame>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiting.delete(id);
        reject(new SpawnSdkError('SPAWN_SDK_TIMEOUT', `no answer from the proxy within ${this.#o.callTimeoutMs} ms`));
      }, this.#o.callTimeoutMs);
      const done =
        <A extends unknown[]>(f: (...a: A) => void) =>
        (...a: A): void => {
          clearTimeout(timer);
          f(...a);
        };
      this.#waiting.set(id, { field, resolve: done(resolve), reject: done(reject) });
      ws.send(channel.Frame.encode({ ...body, id }).finish());
    });
  }

  #onFrame(data: Buffer): void {
    const frame = channel.Frame.decode(data);
    const id = int64ToNumber(frame.id);
    if (frame.body === 'invocation') {
      this.#queue.push({ id, inv: frame.invocation });
      this.#pump();
      return;
    }
    const w = this.#waiting.get(id);
    if (!w) return;
    this.#waiting.delete(id);
    if (frame.body === w.field) w.resolve(frame);
    else w.reject(new SpawnSdkError('SPAWN_SDK_BAD_FRAME', `expected a '${w.field}' frame, got '${frame.body ?? 'empty'}': ${frame.error?.message ?? ''}`));
  }

  /** Runs queued invocations while fewer than maxInFlight are running. */
  #pump(): void {
    while (this.#running < this.#o.maxInFlight && this.#queue.length) {
      const { id, inv } = this.#queue.shift()!;
      this.#running++;
      void this.#o
        .handle(inv)
        .then(
          (result) => channel.Frame.encode({ id, result }).finish(),
          (err: Error) => {
            process.stderr.write(`spawn-sdk: action handler failed: ${err.stack ?? String(err)}\n`);
            return channel.Frame.encode({ id, error: { status: protocol.Status.ERROR, message: err.message } }).finish();
          },
        )
        .then((bytes) => {
          this.#running--;
          if (this.#ws?.readyState === WebSocket.OPEN) this.#ws.send(bytes);
          this.#pump();
        });
    }
  }

  stop(): void {
    this.#stopped = true;
    this.connected = false;
    this.#ws?.close();
  }
}
