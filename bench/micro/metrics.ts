// Micro benchmark: what one metric update costs on the hot path, prom-client's pre-bound
// children (`labels(...)` once, then `observe`/`inc`) against the proxy's own series
// (src/control/metrics.ts: children hold their bucket array, no label object per call).
//   npm run build && node dist/bench/micro/metrics.js
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Counter as PromCounter, Histogram as PromHistogram, Registry } from 'prom-client';
import { ProxyMetrics } from '../../src/control/metrics';

function nsPerOp(fn: (i: number) => void, ms = 400): number {
  for (let i = 0; i < 20_000; i++) fn(i);
  let n = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(ms) * 1_000_000n;
  let now = start;
  while (now < end) {
    for (let i = 0; i < 1000; i++) fn(i);
    n += 1000;
    now = process.hrtime.bigint();
  }
  return Number(now - start) / n;
}

const registry = new Registry();
const buckets = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const promHistogram = new PromHistogram({
  name: 'bench_prom_duration_seconds',
  help: 'x',
  labelNames: ['system', 'actor', 'action', 'outcome'],
  buckets,
  registers: [registry],
});
const promCounter = new PromCounter({ name: 'bench_prom_total', help: 'x', labelNames: ['result'], registers: [registry] });
const promChild = promHistogram.labels('bench-system', 'counter', 'add', 'ok');
const promCounterChild = promCounter.labels('ok');

const ours = new ProxyMetrics({ defaultMetrics: false });
const ourChild = ours.invocationDuration.child({ system: 'bench-system', actor: 'counter', action: 'add', outcome: 'ok' });
const ourCounterChild = ours.invocations.child({ result: 'ok' });

// Values spread over the buckets, as invocation durations are (50 µs .. 20 ms).
const values = Array.from({ length: 1024 }, (_, i) => 0.00005 * Math.pow(1.006, i));

console.log(`node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), single thread, ns per update (lower is better)`);
const rows: Array<[string, number]> = [
  ['prom-client histogram child observe (4 labels)', nsPerOp((i) => promChild.observe(values[i & 1023]!))],
  ['ours histogram child observe (4 labels)', nsPerOp((i) => ourChild.observe(values[i & 1023]!))],
  ['prom-client counter child inc', nsPerOp(() => promCounterChild.inc())],
  ['ours counter child inc', nsPerOp(() => ourCounterChild.inc())],
  ['performance.now()', nsPerOp(() => void performance.now())],
  ['Date.now()', nsPerOp(() => void Date.now())],
];
for (const [name, ns] of rows) console.log(`${name.padEnd(50)} ${ns.toFixed(1)} ns`);
