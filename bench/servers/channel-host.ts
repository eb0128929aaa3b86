// A minimal host on the host channel for load tests: registers ACTORS named actors (a0..),
// answers every invocation frame with the payload as value and the state unchanged.
// Replies written in one tick go out corked, in one write.
import WebSocket from 'ws';
import type { Socket } from 'node:net';
import { channel } from '../../src/hotpath/codec';

const proxyUrl = process.env.PROXY_URL!;
const n = Number(process.env.ACTORS ?? 256);
const actors: Record<string, object> = {};
for (let i = 0; i < n; i++) actors[`a${i}`] = { id: { name: `a${i}`, system: 'bench' }, settings: { kind: 1, stateful: false }, actions: [{ name: 'echo' }] };

const ws = new WebSocket(`${proxyUrl.replace(/^http/, 'ws')}/api/v1/host-channel`, { perMessageDeflate: false });
let out: Uint8Array[] = [];
const flush = (): void => {
  const socket = (ws as unknown as { _socket: Socket })._socket;
  socket.cork();
  for (const f of out) ws.send(f);
  out = [];
  socket.uncork();
};
ws.on('open', () => ws.send(channel.Frame.encode({ id: 1, register: { actorSystem: { name: 'bench', registry: { actors } } } }).finish()));
ws.on('message', (data: Buffer) => {
  const f = channel.Frame.decode(data);
  if (f.body === 'registered') {
    process.stdout.write(JSON.stringify({ event: 'listening', port: 0 }) + '\n');
    return;
  }
  if (f.body !== 'invocation') return;
  const inv = f.invocation;
  const reply = channel.Frame.encode({
    id: f.id,
    result: {
      actorName: inv.actor?.name ?? '',
      actorSystem: inv.actor?.system ?? '',
      updatedContext: inv.currentContext ?? {},
      ...(inv.value ? { value: inv.value } : { noop: {} }),
    },
  }).finish();
  if (out.push(reply) === 1) setImmediate(flush);
});
ws.on('close', () => process.exit(0));
