// Runs one autocannon load (spec: a JSON file named by argv[2]) in its own process (so the load generator never shares an event
// loop with what it measures) and prints the result as one JSON line.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

interface Spec {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  /**
   * Each request takes the next entry of `requests` across all connections (autocannon's own
   * order is per connection: every connection would start at the first entry).
   */
  distinct?: boolean;
  requests: Array<{ path: string; body: string }>;
}

// The spec comes in a file: 20k pre-encoded requests do not fit on a command line.
const spec = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Spec;
const list = spec.requests.map((r) => ({
  method: 'POST' as const,
  path: r.path,
  headers: { 'content-type': 'application/octet-stream' },
  body: Buffer.from(r.body, 'base64'),
}));
let next = 0;
const requests = spec.distinct
  ? [{ method: 'POST' as const, setupRequest: (req: Record<string, unknown>) => ({ ...req, ...list[next++ % list.length]! }) }]
  : list;
autocannon(
  {
    url: spec.url,
    connections: spec.connections,
    pipelining: 1,
    ...(spec.amount ? { amount: spec.amount } : { duration: spec.duration ?? 10 }),
    requests,
  },
  (err, r) => {
    if (err) {
      process.stdout.write(JSON.stringify({ error: String(err) }) + '\n');
      process.exit(1);
    }
    process.stdout.write(
      JSON.stringify({
        rps: r.requests.average,
        total: r.requests.total,
        seconds: r.duration,
        p50: r.latency.p50,
        p99: r.latency.p99,
        non2xx: r.non2xx,
        errors: r.errors + r.timeouts,
      }) + '\n',
    );
  },
);
