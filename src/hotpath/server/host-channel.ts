// The host channel route: hosts open a WebSocket on the proxy's port and exchange frames
// (proto/spawn_proxy/host_channel.proto). Replies to HTTP callers are released from a
// setImmediate batch, not from inside uWS's message callback: answering HTTP from there
// costs about 5x in throughput on this stack (dependencies.md, "A uWS pitfall").
import type { TemplatedApp, WebSocket } from '@trufflesuite/uws-js-unofficial';
import type { Logger, ProxyMetrics } from '../../control';
import { asSpawnError } from '../../errors';
import { channel, decodeMessage, Status, type IFrame } from '../codec';
import { ChannelHostClient } from '../host';
import type { ActorRuntime } from '../runtime';

export const HOST_CHANNEL_PATH = '/api/v1/host-channel';

interface Conn {
  remote: string;
  open: boolean;
  client?: ChannelHostClient;
}

/** `metrics`: calls to channel hosts, timed and their failures counted by error code. */
export function mountHostChannel(app: TemplatedApp, runtime: ActorRuntime, logger: Logger, maxPayloadBytes: number, metrics: ProxyMetrics): void {
  let batch: Array<() => void> = [];
  const flush = (): void => {
    const run = batch;
    batch = [];
    for (const f of run) f();
  };
  const later = (f: () => void): void => {
    if (batch.push(f) === 1) setImmediate(flush);
  };

  app.ws<Conn>(HOST_CHANNEL_PATH, {
    maxPayloadLength: maxPayloadBytes,
    maxBackpressure: 64 * 1024 * 1024,
    idleTimeout: 120,
    sendPingsAutomatically: true,
    upgrade: (res, req, context) => {
      const remote = Buffer.from(res.getRemoteAddressAsText()).toString() || 'unknown';
      res.upgrade<Conn>(
        { remote, open: true },
        req.getHeader('sec-websocket-key'),
        req.getHeader('sec-websocket-protocol'),
        req.getHeader('sec-websocket-extensions'),
        context,
      );
    },
    open: (ws: WebSocket<Conn>) => {
      const data = ws.getUserData();
      data.client = new ChannelHostClient(
        {
          send: (bytes) => (data.open ? ws.send(bytes, true) : 2),
          bufferedAmount: () => (data.open ? ws.getBufferedAmount() : 0),
          end: (reason) => {
            if (data.open) ws.end(1011, reason);
          },
          cork: (fn) => {
            if (data.open) ws.cork(fn);
          },
        },
        data.remote,
        metrics,
      );
      logger.info('host channel opened', { remote: data.remote });
    },
    message: (ws: WebSocket<Conn>, message: ArrayBuffer) => {
      const client = ws.getUserData().client!;
      let frame: IFrame;
      try {
        frame = decodeMessage(channel.Frame, 'host channel Frame', new Uint8Array(message.slice(0)));
      } catch (err) {
        logger.warn('host channel: closing after an undecodable frame', { error: (err as Error).message });
        ws.end(1007, 'undecodable frame');
        return;
      }
      handleFrame(frame, client, runtime, later);
    },
    drain: (ws: WebSocket<Conn>) => ws.getUserData().client?.drain(),
    close: (ws: WebSocket<Conn>, code: number) => {
      const data = ws.getUserData();
      data.open = false;
      data.client?.closed(`connection closed, code ${code}`);
      logger.warn('host channel closed', { remote: data.remote, code, inFlight: data.client?.inFlight ?? 0 });
    },
  });
}

function handleFrame(frame: IFrame, client: ChannelHostClient, runtime: ActorRuntime, later: (f: () => void) => void): void {
  const id = Number(frame.id ?? 0);
  switch (frame.body) {
    case 'result':
      later(() => client.settle(id, { reply: { response: frame.result! } }));
      return;
    case 'error':
      later(() => client.settle(id, { error: frame.error?.message || 'no reason given' }));
      return;
    case 'register': {
      let registered;
      try {
        runtime.register(frame.register!, client);
        registered = {
          status: { status: Status.OK, message: 'Accepted' },
          proxyInfo: { protocolMajorVersion: 1, protocolMinorVersion: 2, proxyName: 'spawn-proxy' },
        };
      } catch (err) {
        registered = { status: { status: Status.ERROR, message: asSpawnError(err).statusMessage } };
      }
      client.reply(channel.Frame.encode({ id, registered }).finish());
      return;
    }
    case 'invoke':
      runtime.invoke(frame.invoke!, '', '').then(
        (result) => {
          const reply = result.reply?.response;
          const invoked = {
            status: { status: Status.OK },
            system: { name: frame.invoke!.system?.name ?? '' },
            actor: { id: frame.invoke!.actor?.id ?? {} },
            ...(reply?.value ? { value: reply.value } : { noop: {} }),
          };
          later(() => client.reply(channel.Frame.encode({ id, invoked }).finish()));
        },
        (err) =>
          later(() =>
            client.reply(channel.Frame.encode({ id, invoked: { status: { status: Status.ERROR, message: asSpawnError(err).statusMessage } } }).finish()),
          ),
      );
      return;
    case 'spawn':
      runtime.spawn('', frame.spawn!, undefined).then(
        () => client.reply(channel.Frame.encode({ id, spawned: { status: { status: Status.OK, message: 'Accepted' } } }).finish()),
        (err) => client.reply(channel.Frame.encode({ id, spawned: { status: { status: Status.ERROR, message: asSpawnError(err).statusMessage } } }).finish()),
      );
      return;
    default:
      client.reply(
        channel.Frame.encode({
          id,
          error: { status: Status.ERROR, message: `SPAWN_ERR_BAD_REQUEST: a host may not send a '${frame.body ?? 'empty'}' frame` },
        }).finish(),
      );
  }
}
