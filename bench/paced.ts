// Open-loop load at a fixed rate, for latency at a given share of peak (autocannon's rate
// limit releases each second's quota in a burst at the start of the second, which measures
// the burst, not the rate). Every millisecond tick releases the requests that fell due since
// the last one, round-robin over the request list, on keep-alive connections with one request
// in flight each (no pipelining, as autocannon runs). A request that finds every connection
// busy waits in a queue, and its latency counts from its release, not from when it was sent,
// so a stall shows up in the percentiles instead of slowing the load down (no coordinated
// omission). Latency is not counted from the exact due time: the timer's own lateness (up to
// a millisecond or two) is the generator's, not the server's. Runs in its own process;
// prints one JSON line.
//
// Spec (a JSON file named by argv[2]): { url, connections, rate, duration, requests: [{path, body (base64)}] }
import net from 'node:net';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

interface Spec {
  url: string;
  connections: number;
  /** Requests per second. */
  rate: number;
  /** Seconds. */
  duration: number;
  requests: Array<{ path: string; body: string }>;
}

const spec = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Spec;
const url = new URL(spec.url);
const port = Number(url.port);
const wire = spec.requests.map((r) => {
  const body = Buffer.from(r.body, 'base64');
  const head = `POST ${r.path} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/octet-stream\r\nContent-Length: ${body.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
});

const HEAD_END = Buffer.from('\r\n\r\n');
const latencies = new Float64Array(Math.ceil(spec.rate * spec.duration * 1.1) + 1024);
let done = 0;
let non2xx = 0;
let errors = 0;
let maxQueue = 0;

/** One keep-alive connection with at most one request in flight. */
class Connection {
  readonly socket: net.Socket;
  #released = 0;
  #buffered: Buffer | undefined;
  busy = false;

  constructor(readonly onIdle: (c: Connection) => void) {
    this.socket = net.connect({ port, host: url.hostname, noDelay: true });
    this.socket.on('data', (chunk: Buffer) => this.#read(chunk));
    this.socket.on('error', () => {
      errors++;
    });
  }

  send(request: Buffer, released: number): void {
    this.busy = true;
    this.#released = released;
    this.socket.write(request);
  }

  #read(chunk: Buffer): void {
    const data = this.#buffered ? Buffer.concat([this.#buffered, chunk]) : chunk;
    const headEnd = data.indexOf(HEAD_END);
    if (headEnd < 0) {
      this.#buffered = data;
      return;
    }
    const head = data.toString('latin1', 0, headEnd);
    const match = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    const length = match ? Number(match[1]) : 0;
    if (data.length < headEnd + 4 + length) {
      this.#buffered = data;
      return;
    }
    this.#buffered = undefined;
    const status = Number(head.slice(9, 12));
    if (status < 200 || status > 299) non2xx++;
    if (done < latencies.length) latencies[done] = performance.now() - this.#released;
    done++;
    this.busy = false;
    this.onIdle(this);
  }
}

const idle: Connection[] = [];
const queue: number[] = []; // release times of requests waiting for a connection
let sent = 0;
const next = (): Buffer => wire[sent++ % wire.length]!;
const connections = Array.from({ length: spec.connections }, () => new Connection(onIdle));

function onIdle(c: Connection): void {
  const released = queue.shift();
  if (released !== undefined) c.send(next(), released);
  else idle.push(c);
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

void Promise.all(connections.map((c) => new Promise((r) => c.socket.once('connect', r)))).then(() => {
  idle.push(...connections);
  const start = performance.now();
  const end = start + spec.duration * 1000;
  let released = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    const upTo = Math.min(now, end);
    const want = Math.floor(((upTo - start) / 1000) * spec.rate);
    for (; released < want; released++) {
      const c = idle.pop();
      if (c) c.send(next(), now);
      else queue.push(now);
    }
    maxQueue = Math.max(maxQueue, queue.length);
    if (now >= end) {
      clearInterval(tick);
      // Let requests in flight finish (bounded), then report what completed.
      const waitUntil = performance.now() + 5000;
      const finish = setInterval(() => {
        if ((queue.length === 0 && connections.every((x) => !x.busy)) || performance.now() > waitUntil) {
          clearInterval(finish);
          report((performance.now() - start) / 1000, released);
        }
      }, 5);
    }
  }, 1);
});

function report(seconds: number, released: number): void {
  const n = Math.min(done, latencies.length);
  const sorted = latencies.slice(0, n).sort();
  const ms = (v: number): number => Math.round(v * 1000) / 1000;
  process.stdout.write(
    JSON.stringify({
      rate: spec.rate,
      released,
      total: done,
      rps: done / spec.duration,
      seconds,
      p50: ms(percentile(sorted, 50)),
      p90: ms(percentile(sorted, 90)),
      p99: ms(percentile(sorted, 99)),
      p999: ms(percentile(sorted, 99.9)),
      max: ms(sorted[n - 1] ?? 0),
      maxQueue,
      non2xx,
      errors: errors + (released - done),
    }) + '\n',
  );
  for (const c of connections) c.socket.destroy();
}
