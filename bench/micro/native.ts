// Micro benchmark: each native routine (native/) against its JavaScript twin. A routine stays
// in the addon only while it wins here; README (Performance) has the latest figures.
//   npm run build && node --expose-gc dist/bench/micro/native.js [STATES]
//
// The state table: (1) per-operation cost of what a turn does with it (read the state for the
// host, then update it from the reply: compare, and copy when it changed), per state size; (2) with STATES actors' states
// held: heap per state, RSS per state, and a full GC's time.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { nativeAddon, nativeStatus } from '../../src/hotpath/native';
import { JsStateTable, NativeBackedStateTable, type StateTable } from '../../src/hotpath/runtime';

const maybeGc = (globalThis as { gc?: () => void }).gc;
if (!maybeGc) throw new Error('run with --expose-gc');
const gc: () => void = maybeGc;
const addon = nativeAddon();
if (!addon) throw new Error(`the native addon did not load: ${nativeStatus().reason}`);
const native = addon;

const makers: Array<[string, () => StateTable]> = [
  ['js', () => new JsStateTable()],
  ['native', () => new NativeBackedStateTable(new native.StateTable())],
];

function nsPerOp(fn: (i: number) => void, ms = 300): number {
  for (let i = 0; i < 5000; i++) fn(i);
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (let i = 0; i < 1000; i++) fn(n + i);
    n += 1000;
  }
  return ((performance.now() - start) * 1e6) / n;
}

const states = Number(process.argv[2] ?? 1_000_000);
const only = process.argv[3];
if (only) {
  holding(only);
  process.exit(0);
}

console.log(`node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), single thread`);
console.log('\nstate table, one turn: read the state for the host, then update it from the reply; ns per turn');
console.log('state_bytes\treply\tjs_ns\tnative_ns\tnative/js');
for (const size of [64, 256, 1024, 4096, 16384, 65536]) {
  for (const changed of [false, true]) {
    const out: number[] = [];
    for (const [, make] of makers) {
      const table = make();
      const slots = Array.from({ length: 1024 }, () => table.insert(Buffer.alloc(size, 2)));
      // Replies are views into a larger decoded buffer, as the host client hands them over.
      const replies = [0, 1].map((v) => Buffer.alloc(size + 64, v + 2).subarray(32, 32 + size));
      let sink = 0;
      out.push(
        nsPerOp((i) => {
          const slot = slots[i & 1023]!;
          sink += table.read(slot).length;
          // Unchanged: the reply holds the state the slot has. Changed: every pass flips it.
          table.update(slot, replies[changed ? (i >> 10) & 1 : 0]!);
        }),
      );
      if (sink < 0) console.log(sink);
    }
    console.log(`${size}\t${changed ? 'changed' : 'same'}\t${out[0]!.toFixed(0)}\t${out[1]!.toFixed(0)}\t${(out[1]! / out[0]!).toFixed(2)}`);
  }
}

console.log(`\nstate table holding ${states} states of 256 B (one process each): heap and RSS per state, full GC`);
console.log('table\theap_B_per_state\trss_B_per_state\tfull_gc_ms');
for (const [kind] of makers) {
  process.stdout.write(execFileSync(process.execPath, ['--expose-gc', ...process.execArgv, __filename, String(states), kind]));
}

function holding(kind: string): void {
  const make = makers.find(([k]) => k === kind)![1];
  gc();
  gc();
  const before = process.memoryUsage();
  const table = make();
  for (let i = 0; i < states; i++) {
    const reply = Buffer.allocUnsafe(256 + 64).fill(i & 0xff);
    table.insert(reply.subarray(32, 288));
  }
  gc();
  gc();
  const after = process.memoryUsage();
  const t0 = performance.now();
  for (let i = 0; i < 5; i++) gc();
  const fullGc = (performance.now() - t0) / 5;
  console.log(`${kind}\t${((after.heapUsed - before.heapUsed) / states).toFixed(0)}\t${((after.rss - before.rss) / states).toFixed(0)}\t${fullGc.toFixed(1)}`);
  if (table.size !== states) throw new Error('lost states');
}
