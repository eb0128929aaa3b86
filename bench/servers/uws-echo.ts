// Physical reference 1: a bare uWebSockets.js server that echoes the POST body.
import uWS from '@trufflesuite/uws-js-unofficial';

const app = uWS.App();
app.post('/*', (res) => {
  let aborted = false;
  res.onAborted(() => (aborted = true));
  const parts: Buffer[] = [];
  res.onData((chunk, isLast) => {
    parts.push(Buffer.from(chunk.slice(0)));
    if (isLast && !aborted) {
      const body = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      res.cork(() => res.writeHeader('content-type', 'application/octet-stream').end(body));
    }
  });
});
app.listen('127.0.0.1', 0, (socket) => {
  process.stdout.write(JSON.stringify({ event: 'listening', port: uWS.us_socket_local_port(socket) }) + '\n');
});
