// Physical reference 2: what any HTTP sidecar must at least do. uWS receives the request,
// forwards the body with an undici Pool to a node:http echo, and answers with its reply.
import uWS from '@trufflesuite/uws-js-unofficial';
import { Pool } from 'undici';

const pool = new Pool(`http://127.0.0.1:${process.env.UPSTREAM_PORT}`, { connections: 64, pipelining: 1 });
const app = uWS.App();
app.post('/*', (res) => {
  let aborted = false;
  res.onAborted(() => (aborted = true));
  const parts: Buffer[] = [];
  res.onData((chunk, isLast) => {
    parts.push(Buffer.from(chunk.slice(0)));
    if (!isLast) return;
    const body = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    pool
      .request({ path: '/', method: 'POST', body, headers: { 'content-type': 'application/octet-stream', 'content-length': String(body.length) } })
      .then(async (r) => Buffer.from(await r.body.arrayBuffer()))
      .then(
        (out) => {
          if (!aborted) res.cork(() => res.writeHeader('content-type', 'application/octet-stream').end(out));
        },
        () => {
          if (!aborted) res.cork(() => res.writeStatus('502 Bad Gateway').end());
        },
      );
  });
});
app.listen('127.0.0.1', 0, (socket) => {
  process.stdout.write(JSON.stringify({ event: 'listening', port: uWS.us_socket_local_port(socket) }) + '\n');
});
