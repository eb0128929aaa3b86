// A minimal Spawn host for load tests: answers every action with the payload as value and
// the state unchanged (or, for action "bump", with the payload as the new state, a call
// counter stamped on its first 4 bytes so that every bump changes it; for "publish", with a
// broadcast of the payload on channel "fan"). GET /_count: calls so far.
import http from 'node:http';
import { protocol } from '../../src/hotpath/codec';

let calls = 0;
const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/_count') {
    res.end(String(calls));
    return;
  }
  calls++;
  const parts: Buffer[] = [];
  req.on('data', (c: Buffer) => parts.push(c));
  req.on('end', () => {
    const inv = protocol.ActorInvocation.decode(parts.length === 1 ? parts[0]! : Buffer.concat(parts));
    const ctx = inv.currentContext ?? {};
    let state = ctx.state;
    if (inv.actionName === 'bump' && inv.value?.value && inv.value.value.length >= 4) {
      const bytes = Buffer.from(inv.value.value);
      bytes.writeUInt32LE(calls >>> 0, 0);
      state = { type_url: inv.value.type_url ?? '', value: bytes };
    }
    const out = protocol.ActorInvocationResponse.encode({
      actorName: inv.actor?.name ?? '',
      actorSystem: inv.actor?.system ?? '',
      updatedContext: state === ctx.state ? ctx : { ...ctx, state },
      ...(inv.value ? { value: inv.value } : { noop: {} }),
      ...(inv.actionName === 'publish' ? { workflow: { broadcast: { channelGroup: 'fan', ...(inv.value ? { value: inv.value } : { noop: {} }) } } } : {}),
    }).finish();
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': out.length });
    res.end(out);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const a = server.address();
  process.stdout.write(JSON.stringify({ event: 'listening', port: typeof a === 'object' && a ? a.port : 0 }) + '\n');
});
