// The closed-loop load generator: one long-lived process (so it never shares an event loop
// with what it measures, and its JIT is warm for every slice after the first), driven over
// IPC by bench/harness.ts. Each message is one autocannon run; the answer is its result.
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

export interface LoadSpec {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  /**
   * Each request takes the next entry of `requests` across all connections (autocannon's own
   * order is per connection: every connection would start at the first entry).
   */
  distinct?: boolean;
  requests: Array<{ path: string; body: Uint8Array }>;
}

export interface LoadResult {
  rps: number;
  total: number;
  seconds: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

function run(spec: LoadSpec): Promise<LoadResult> {
  const list = spec.requests.map((r) => ({
    method: 'POST' as const,
    path: r.path,
    headers: { 'content-type': 'application/octet-stream' },
    body: Buffer.from(r.body.buffer, r.body.byteOffset, r.body.length),
  }));
  let next = 0;
  const requests = spec.distinct
    ? [{ method: 'POST' as const, setupRequest: (req: Record<string, unknown>) => ({ ...req, ...list[next++ % list.length]! }) }]
    : list;
  let first = 0;
  let last = 0;
  let responses = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        pipelining: 1,
        ...(spec.amount ? { amount: spec.amount } : { duration: spec.duration ?? 10 }),
        requests,
      },
      (err, r) => {
        if (err) {
          reject(err);
          return;
        }
        resolve({
          // Between the first and the last reply: autocannon's own duration and per-second
          // samples include building its clients' requests (0.2 s for 50 clients x 256
          // distinct requests), which would understate a row with many distinct requests.
          rps: responses > 1 && last > first ? ((responses - 1) * 1000) / (last - first) : r.requests.total / r.duration,
          total: r.requests.total,
          seconds: r.duration,
          p50: r.latency.p50,
          p99: r.latency.p99,
          non2xx: r.non2xx,
          errors: r.errors + r.timeouts,
        });
      },
    );
    instance.on('response', () => {
      last = performance.now();
      if (responses++ === 0) first = last;
    });
  });
}

process.on('message', (msg: { id: number; spec: LoadSpec }) => {
  run(msg.spec).then(
    (result) => process.send!({ id: msg.id, result }),
    (err: Error) => process.send!({ id: msg.id, error: err.message }),
  );
});
process.on('disconnect', () => process.exit(0));
