// The host callback's HTTP/1.1 client against real servers on loopback: node:http, and raw TCP
// servers that answer in the shapes node:http never produces (split heads, interim replies,
// close-delimited bodies, garbage).
import http from 'node:http';
import net from 'node:net';
import t from 'tap';
import { Http1Pool, type Http1Error, type Http1PoolOptions, type Http1Response } from '../../src/hotpath/host/http1-pool';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)));
}

function pool(port: number, opts: Partial<Http1PoolOptions> = {}): Http1Pool {
  return new Http1Pool({ host: '127.0.0.1', port, connections: 4, connectTimeoutMs: 2000, idleMs: 30_000, maxResponseBytes: 1 << 20, ...opts });
}

function post(p: Http1Pool, body: Uint8Array | string, timeoutMs = 2000, path = '/api/v1/actors/actions'): Promise<Http1Response> {
  return new Promise((resolve, reject) =>
    p.post(path, typeof body === 'string' ? Buffer.from(body) : body, timeoutMs, (err, res) => (err ? reject(err) : resolve(res!))),
  );
}

/** A raw TCP server: answer(request bytes, socket) is called once per complete request head+body. */
function rawServer(answer: (req: string, socket: net.Socket, n: number) => void): { server: net.Server; connections: () => number } {
  let count = 0;
  let n = 0;
  const server = net.createServer((socket) => {
    count++;
    let buf = '';
    socket.on('data', (d) => {
      buf += d.toString('latin1');
      for (;;) {
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        const len = Number(/content-length: (\d+)/i.exec(buf.slice(0, end))?.[1] ?? 0);
        if (buf.length < end + 4 + len) return;
        const req = buf.slice(0, end + 4 + len);
        buf = buf.slice(end + 4 + len);
        answer(req, socket, n++);
      }
    });
    socket.on('error', () => undefined);
  });
  return { server, connections: () => count };
}

t.test('node:http: body echoed, request shape, keep-alive reuse', async (t) => {
  const seen: Array<{ method: string; url: string; headers: http.IncomingHttpHeaders; socket: net.Socket }> = [];
  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, socket: req.socket });
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(Buffer.concat(parts));
    });
  });
  const port = await listen(server);
  const p = pool(port, { connections: 1 });
  const big = Buffer.alloc(200_000, 7); // larger than one write's copy threshold and one socket read
  t.equal((await post(p, 'hello')).body.toString(), 'hello');
  const r = await post(p, big);
  t.equal(r.status, 200);
  t.ok(r.body.equals(big), 'a 200 KB body comes back whole');
  t.equal((await post(p, new Uint8Array(0))).body.length, 0, 'an empty body');
  t.equal(seen[0]!.method, 'POST');
  t.equal(seen[0]!.url, '/api/v1/actors/actions');
  t.equal(seen[0]!.headers['content-type'], 'application/octet-stream');
  t.equal(seen[0]!.headers.host, `127.0.0.1:${port}`);
  t.equal(seen[0]!.headers['content-length'], '5');
  t.equal(new Set(seen.map((s) => s.socket)).size, 1, 'one keep-alive connection served all three');
  await p.close();
  server.close();
});

t.test('node:http chunked replies (no Content-Length), in many writes', async (t) => {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', async () => {
      res.writeHead(200);
      for (let i = 0; i < 5; i++) {
        res.write(Buffer.alloc(1000 + i, 65 + i));
        await sleep(2);
      }
      res.end();
    });
  });
  const port = await listen(server);
  const p = pool(port);
  const r = await post(p, 'x');
  t.equal(r.body.length, 5010);
  t.equal(r.body[0], 65);
  t.equal(r.body[5009], 69);
  t.equal((await post(p, 'again')).body.length, 5010, 'the connection is reusable after a chunked reply');
  await p.close();
  server.close();
});

t.test('many concurrent calls over few connections queue in order and all succeed', async (t) => {
  let open = 0;
  let maxOpen = 0;
  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => setTimeout(() => res.end(Buffer.concat(parts)), 2));
  });
  server.on('connection', (s) => {
    open++;
    maxOpen = Math.max(maxOpen, open);
    s.on('close', () => open--);
  });
  const port = await listen(server);
  const p = pool(port, { connections: 3 });
  const replies = await Promise.all(Array.from({ length: 60 }, (_, i) => post(p, `call-${i}`)));
  t.same(
    replies.map((r) => r.body.toString()),
    Array.from({ length: 60 }, (_, i) => `call-${i}`),
  );
  t.ok(maxOpen <= 3, `at most 3 connections (saw ${maxOpen})`);
  t.same(p.stats.queued, 0);
  await p.close();
  server.close();
});

t.test('a head split byte by byte, an interim 100 Continue, then the reply', async (t) => {
  const { server } = rawServer((_req, socket) => {
    const reply = 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 3\r\nX-Other: a:b\r\n\r\nabc';
    let i = 0;
    const tick = setInterval(() => {
      socket.write(reply.slice(i, i + 1));
      if (++i >= reply.length) clearInterval(tick);
    }, 0);
  });
  const port = await listen(server);
  const p = pool(port);
  const r = await post(p, 'x');
  t.equal(r.status, 201);
  t.equal(r.body.toString(), 'abc');
  await p.close();
  server.close();
});

t.test('chunked with extensions and trailers, split across writes', async (t) => {
  const { server } = rawServer((_req, socket) => {
    socket.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;ext=1\r\nab');
    setTimeout(() => socket.write('cd\r\n3\r\nefg\r'), 5);
    setTimeout(() => socket.write('\n0\r\nX-Trailer: t\r\n\r\n'), 10);
  });
  const port = await listen(server);
  const p = pool(port);
  t.equal((await post(p, 'x')).body.toString(), 'abcdefg');
  await p.close();
  server.close();
});

t.test('HTTP/1.0 reply delimited by the connection closing; Connection: close is honoured', async (t) => {
  const raw = rawServer((req, socket, n) => {
    if (n === 0) socket.end('HTTP/1.0 200 OK\r\n\r\nuntil-close');
    else socket.end('HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 4\r\n\r\nlast');
    void req;
  });
  const port = await listen(raw.server);
  const p = pool(port);
  t.equal((await post(p, 'x')).body.toString(), 'until-close');
  t.equal((await post(p, 'y')).body.toString(), 'last');
  await sleep(20);
  t.equal(raw.connections(), 2, 'each reply that closes its connection gets a new one');
  t.equal(p.stats.open, 0, 'nothing kept open after Connection: close');
  await p.close();
  raw.server.close();
});

t.test("the server's Keep-Alive hint: idle connections close before the server closes them", async (t) => {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.end('ok'));
  });
  server.keepAliveTimeout = 1500; // node:http announces Keep-Alive: timeout=1
  const port = await listen(server);
  const p = pool(port);
  t.equal((await post(p, 'x')).body.toString(), 'ok');
  // hint 1 s minus the 1 s margin: not reusable at all, so the connection closes at once
  await sleep(50);
  t.equal(p.stats.open, 0, 'closed instead of racing the server');
  t.equal((await post(p, 'y')).body.toString(), 'ok');
  await p.close();
  server.close();
});

t.test('idle connections close after idleMs and calls after that open new ones', async (t) => {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.end('ok'));
  });
  server.keepAliveTimeout = 60_000;
  const port = await listen(server);
  const p = pool(port, { idleMs: 100 });
  await post(p, 'x');
  t.equal(p.stats.open, 1);
  await sleep(200);
  t.equal(p.stats.open, 0, 'closed after being idle');
  t.equal((await post(p, 'y')).body.toString(), 'ok');
  await p.close();
  server.close();
});

t.test('failures: refused, reset mid-reply, timeout, malformed, too large, stray bytes', async (t) => {
  const closed = net.createServer();
  const refusedPort = await listen(closed);
  closed.close();
  const refused = pool(refusedPort);
  const e1 = (await post(refused, 'x').catch((e: unknown) => e)) as Http1Error;
  t.equal(e1.kind, 'connect');
  t.equal(e1.code, 'ECONNREFUSED');
  await refused.close();

  const behaviours: Record<string, (socket: net.Socket) => void> = {
    reset: (s) => {
      s.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial');
      setTimeout(() => s.destroy(), 5);
    },
    silent: () => undefined,
    garbage: (s) => s.write('SSH-2.0-OpenSSH\r\n\r\n'),
    huge: (s) => s.write('HTTP/1.1 200 OK\r\nContent-Length: 99999999\r\n\r\n'),
    badLength: (s) => s.write('HTTP/1.1 200 OK\r\nContent-Length: 12abc\r\n\r\n'),
    badChunk: (s) => s.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'),
    twoLengths: (s) => s.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\ncontent-length: 3\r\n\r\nabc'),
    gzip: (s) => s.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n'),
    http2: (s) => s.write('HTTP/2 200\r\n\r\n'),
    stray: (s) => s.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA'),
  };
  let current = 'reset';
  const { server } = rawServer((_req, socket) => behaviours[current]!(socket));
  const port = await listen(server);
  const expect: Record<string, string> = {
    reset: 'closed',
    silent: 'timeout',
    garbage: 'protocol',
    huge: 'too-large',
    badLength: 'protocol',
    badChunk: 'protocol',
    twoLengths: 'protocol',
    gzip: 'protocol',
    http2: 'protocol',
  };
  for (const [name, kind] of Object.entries(expect)) {
    current = name;
    const p = pool(port);
    const started = Date.now();
    const err = (await post(p, 'x', 150).catch((e: unknown) => e)) as Http1Error;
    t.equal(err.kind, kind, `${name}: ${err.message}`);
    if (name === 'silent') t.ok(Date.now() - started < 1000, 'the timeout fires near its deadline');
    await p.close();
  }
  current = 'stray';
  const p = pool(port);
  t.equal((await post(p, 'x')).body.toString(), 'ok', 'the reply before stray bytes is delivered');
  await sleep(20);
  t.equal(p.stats.open, 0, 'a connection that sent stray bytes is not reused');
  await p.close();
  server.close();
});

t.test('close fails waiting and in-flight calls', async (t) => {
  const { server } = rawServer(() => undefined); // never answers
  const port = await listen(server);
  const p = pool(port, { connections: 1 });
  const a = post(p, 'a', 10_000).catch((e: Http1Error) => e.kind);
  const b = post(p, 'b', 10_000).catch((e: Http1Error) => e.kind);
  await sleep(30);
  await p.close();
  t.same(await Promise.all([a, b]), ['closed', 'closed']);
  t.equal(((await post(p, 'c').catch((e: unknown) => e)) as Http1Error).kind, 'closed', 'calls after close fail');
  server.close();
});

t.test('a call waiting for a connection times out at its deadline', async (t) => {
  const { server } = rawServer(() => undefined);
  const port = await listen(server);
  const p = pool(port, { connections: 1 });
  const first = post(p, 'a', 300).catch((e: Http1Error) => e);
  const waiting = post(p, 'b', 100).catch((e: Http1Error) => e);
  t.equal(((await waiting) as Http1Error).kind, 'timeout');
  t.match(((await waiting) as Http1Error).message, /connections to the host were busy/);
  t.equal(((await first) as Http1Error).kind, 'timeout');
  await p.close();
  server.close();
});
