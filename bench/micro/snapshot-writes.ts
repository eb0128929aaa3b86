// Snapshot writes per second per adapter, through the real SqlStateStore: batches of
// compare-and-set writes (one transaction each) plus single-row loads. Also compares the
// two PostgreSQL drivers, libpq (pg-native) and pure-JS pg, on this access pattern.
//   npm run build && node dist/bench/micro/snapshot-writes.js [actors=2000] [batch=100] [stateBytes=256]
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { createLogger, loadConfig } from '../../src/control';
import { createStateStore, type StateStore } from '../../src/storage';
import { MARIADB, PG, createMariaDatabase, createPgDatabase, dropMariaDatabase, dropPgDatabase, uniqueName } from './db';

const ACTORS = Number(process.argv[2] ?? 2000);
const BATCH = Number(process.argv[3] ?? 100);
const SIZE = Number(process.argv[4] ?? 256);
const KEY = randomBytes(32).toString('base64');
const logger = createLogger('error');

async function measure(label: string, env: Record<string, string>): Promise<void> {
  const store: StateStore = createStateStore(loadConfig(env).storage, logger);
  await store.init();
  const keys = Array.from({ length: ACTORS }, (_, i) => ({ system: 'bench', name: `actor-${i}` }));
  const revs = new Array<number>(ACTORS).fill(0);
  const data = randomBytes(SIZE);
  const round = async (): Promise<number> => {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < ACTORS; i += BATCH) {
      const items = keys
        .slice(i, i + BATCH)
        .map((key, j) => ({ key, record: { tags: { a: 'b' }, typeUrl: 'type.googleapis.com/bench.State', data }, expectedRevision: revs[i + j]! }));
      const out = await store.saveBatch(items);
      out.forEach((r, j) => {
        if (typeof r !== 'number') throw r;
        revs[i + j] = r;
      });
    }
    return (ACTORS * 1e9) / Number(process.hrtime.bigint() - t0);
  };
  const insert = await round();
  const update = await round();
  const t0 = process.hrtime.bigint();
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < ACTORS) await store.load(keys[next++]!);
    }),
  );
  const loads = (ACTORS * 1e9) / Number(process.hrtime.bigint() - t0);
  await store.close();
  console.log(`${label}\t${Math.round(insert)}\t${Math.round(update)}\t${Math.round(loads)}`);
}

async function main(): Promise<void> {
  console.log(
    `node ${process.version}, ${os.cpus().length} cores; ${ACTORS} actors, batches of ${BATCH}, ${SIZE}-byte states, history on (16), loads with 8 concurrent`,
  );
  console.log('adapter\tfirst_writes_per_s\tupdates_per_s\tloads_per_s');
  const dir = mkdtempSync(join(os.tmpdir(), 'spawn-bench-'));
  try {
    await measure('sqlite', { PROXY_DATABASE_TYPE: 'sqlite', PROXY_DATABASE_NAME: join(dir, 'bench.db'), SPAWN_STATESTORE_KEY: KEY });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const driver of ['native', 'js', 'native', 'js']) {
    const db = uniqueName('bench');
    await createPgDatabase(db);
    try {
      await measure(`postgres(${driver === 'native' ? 'pg-native' : 'pg'})`, {
        PROXY_DATABASE_TYPE: 'postgres',
        PROXY_DATABASE_NAME: db,
        PROXY_DATABASE_USERNAME: PG.user,
        PROXY_DATABASE_SECRET: PG.password,
        PROXY_DATABASE_PG_DRIVER: driver,
        SPAWN_STATESTORE_KEY: KEY,
      });
    } finally {
      await dropPgDatabase(db);
    }
  }
  const db = uniqueName('bench');
  await createMariaDatabase(db);
  try {
    await measure('mariadb', {
      PROXY_DATABASE_TYPE: 'mariadb',
      PROXY_DATABASE_NAME: db,
      PROXY_DATABASE_USERNAME: MARIADB.user,
      PROXY_DATABASE_SECRET: MARIADB.password,
      SPAWN_STATESTORE_KEY: KEY,
    });
  } finally {
    await dropMariaDatabase(db);
  }
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
