// Does sealing a snapshot batch on a piscina pool free the main thread? Compares, per batch:
// main-thread time inline (seal + JSON tags) against the main-thread cost of handing the
// batch to a worker and taking the result back (structured clone both ways).
//   npm run build && node dist/bench/micro/snapshot-pool.js
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Piscina } from 'piscina';
import { Keyring, keyFromBytes } from '../../src/storage/cipher';

async function main(): Promise<void> {
  const key = randomBytes(32);
  const ring = new Keyring(keyFromBytes(key));
  const pool = new Piscina({ filename: join(__dirname, 'seal-worker.js'), maxThreads: 2, minThreads: 2 });
  console.log(`node ${process.version}, ${os.cpus().length} cores, piscina 2 threads; per batch of 256 actors`);
  console.log('state_bytes\tinline_ms_per_batch\tpool_wall_ms_per_batch\tpool_main_thread_ms_per_batch');
  for (const size of [256, 4096, 65536]) {
    const names = Array.from({ length: 256 }, (_, i) => `actor-${i}`);
    const states = names.map(() => randomBytes(size));
    const rounds = size > 10000 ? 20 : 200;
    let t0 = performance.now();
    for (let r = 0; r < rounds; r++) {
      states.forEach((s, i) => ring.seal({ system: 'bench', name: names[i]! }, s));
      names.forEach(() => JSON.stringify({ a: 'b' }));
    }
    const inline = (performance.now() - t0) / rounds;
    // Main-thread time of the pool path: event loop utilisation while batches are in flight.
    const elu0 = performance.eventLoopUtilization();
    t0 = performance.now();
    for (let r = 0; r < rounds; r++) await pool.run({ key, system: 'bench', names, states });
    const wall = (performance.now() - t0) / rounds;
    const elu = performance.eventLoopUtilization(elu0);
    const mainMs = elu.active / rounds;
    console.log(`${size}\t${inline.toFixed(3)}\t${wall.toFixed(3)}\t${mainMs.toFixed(3)}`);
  }
  await pool.destroy();
}

void main();
