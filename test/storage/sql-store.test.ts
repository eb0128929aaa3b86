// SqlStateStore against a real SQLite file, PostgreSQL (pg-native and pg) and MariaDB.
import { randomBytes } from 'node:crypto';
import t from 'tap';
import mysql from 'mysql2/promise';
import pg from 'pg';
import Database from 'better-sqlite3';
import { createLogger, loadConfig } from '../../src/control';
import { SpawnError } from '../../src/errors';
import { createStateStore, SqlStateStore } from '../../src/storage';
import { sealCloakGcm } from '../../src/storage/cipher';
import { PRUNE_EVERY } from '../../src/storage/sql-store';
import { ALL, newKey, type Backend } from './backends';

const logger = createLogger('error');
const K = { system: 'sys', name: 'counter' };
const rec = (text: string, tags: Record<string, string> = {}) => ({ tags, typeUrl: 'type.googleapis.com/test.State', data: Buffer.from(text) });

function open(env: Record<string, string>): SqlStateStore {
  return createStateStore(loadConfig(env).storage, logger) as SqlStateStore;
}

/** Every state blob the database holds, read with a plain client. */
async function rawBlobs(env: Record<string, string>): Promise<Buffer[]> {
  const q = 'SELECT data FROM spawn_actor_state UNION ALL SELECT data FROM spawn_actor_state_history';
  if (env.PROXY_DATABASE_TYPE === 'sqlite') {
    const db = new Database(env.PROXY_DATABASE_NAME, { readonly: true });
    try {
      return (db.prepare(q).all() as Array<{ data: Buffer }>).map((r) => r.data);
    } finally {
      db.close();
    }
  }
  if (env.PROXY_DATABASE_TYPE === 'postgres') {
    const c = new pg.Client({ host: '127.0.0.1', user: 'postgres', database: env.PROXY_DATABASE_NAME });
    await c.connect();
    try {
      return (await c.query(q)).rows.map((r: { data: Buffer }) => r.data);
    } finally {
      await c.end();
    }
  }
  const c = await mysql.createConnection({ host: '127.0.0.1', user: 'root', database: env.PROXY_DATABASE_NAME });
  try {
    return ((await c.query(q))[0] as Array<{ data: Buffer }>).map((r) => r.data);
  } finally {
    await c.end();
  }
}

async function rawExec(env: Record<string, string>, sql: string, params: unknown[]): Promise<void> {
  if (env.PROXY_DATABASE_TYPE === 'sqlite') {
    const db = new Database(env.PROXY_DATABASE_NAME);
    db.prepare(sql.replace(/\$\d+/g, '?')).run(...params);
    db.close();
  } else if (env.PROXY_DATABASE_TYPE === 'postgres') {
    const c = new pg.Client({ host: '127.0.0.1', user: 'postgres', database: env.PROXY_DATABASE_NAME });
    await c.connect();
    await c.query(sql, params);
    await c.end();
  } else {
    const c = await mysql.createConnection({ host: '127.0.0.1', user: 'root', database: env.PROXY_DATABASE_NAME });
    await c.query(sql.replace(/\$\d+/g, '?'), params);
    await c.end();
  }
}

for (const backend of ALL) {
  t.test(backend.name, async (t) => {
    const base = async (t: Parameters<Backend['create']>[0], extra: Record<string, string> = {}) => ({
      ...(await backend.create(t)),
      SPAWN_STATESTORE_KEY: newKey(),
      ...extra,
    });

    t.test('round trip, tags and type URL, and no plaintext in the database', async (t) => {
      const env = await base(t);
      const store = open(env);
      t.teardown(() => store.close());
      await store.init();
      t.equal(await store.load(K), null, 'nothing stored yet');
      const secret = `secret-state-${randomBytes(8).toString('hex')}`;
      t.equal(await store.save(K, rec(secret, { color: 'red' }), 0), 1);
      t.equal(await store.save(K, rec(`${secret}-2`, { color: 'blue' }), 1), 2);
      const got = await store.load(K);
      t.equal(got?.revision, 2);
      t.same(got?.tags, { color: 'blue' });
      t.equal(got?.typeUrl, 'type.googleapis.com/test.State');
      t.equal(Buffer.from(got!.data).toString(), `${secret}-2`);
      const blobs = await rawBlobs(env);
      t.ok(blobs.length >= 2, 'rows exist');
      for (const b of blobs) {
        t.equal(b.indexOf(secret), -1, 'state bytes never appear in plaintext');
        t.equal(b[0], 0x02, 'sealed in our XChaCha20-Poly1305 layout');
      }
    });

    t.test('compare-and-set: a stale writer gets a conflict and never overwrites', async (t) => {
      const env = await base(t);
      const a = open(env);
      const b = open(env);
      t.teardown(async () => {
        await a.close();
        await b.close();
      });
      await a.init();
      await b.init();
      t.equal(await a.save(K, rec('a1'), 0), 1);
      // b never saw revision 1: its first-write attempt is stale.
      const e1 = await b.save(K, rec('b-first'), 0).catch((e: SpawnError) => e);
      t.equal((e1 as SpawnError).code, 'SPAWN_ERR_STATE_CONFLICT');
      t.equal(await b.save(K, rec('b2'), 1), 2);
      const e2 = await a.save(K, rec('a-stale'), 1).catch((e: SpawnError) => e);
      t.equal((e2 as SpawnError).code, 'SPAWN_ERR_STATE_CONFLICT');
      t.match((e2 as SpawnError).message, /is at revision 2/);
      t.equal(Buffer.from((await a.load(K))!.data).toString(), 'b2', 'the newer state is intact');
      // Two writers racing for the same revision: exactly one wins.
      const race = await Promise.all([a.save(K, rec('ra'), 2).catch((e) => e), b.save(K, rec('rb'), 2).catch((e) => e)]);
      t.equal(race.filter((r) => r === 3).length, 1, 'one writer wins');
      t.equal(race.filter((r) => r instanceof SpawnError && r.code === 'SPAWN_ERR_STATE_CONFLICT').length, 1, 'the other conflicts');
    });

    t.test('a batch: each item succeeds or conflicts on its own', async (t) => {
      const env = await base(t);
      const s = open(env);
      t.teardown(() => s.close());
      await s.init();
      await s.save({ system: 'sys', name: 'x' }, rec('x1'), 0);
      const out = await s.saveBatch([
        { key: { system: 'sys', name: 'y' }, record: rec('y1'), expectedRevision: 0 },
        { key: { system: 'sys', name: 'x' }, record: rec('x-stale'), expectedRevision: 0 },
        { key: { system: 'sys', name: 'z' }, record: rec('z1'), expectedRevision: 0 },
      ]);
      t.equal(out[0], 1);
      t.equal((out[1] as SpawnError).code, 'SPAWN_ERR_STATE_CONFLICT');
      t.equal(out[2], 1);
      t.equal(Buffer.from((await s.load({ system: 'sys', name: 'x' }))!.data).toString(), 'x1');
      t.equal(Buffer.from((await s.load({ system: 'sys', name: 'z' }))!.data).toString(), 'z1');
    });

    t.test('revision history and its retention', async (t) => {
      const env = await base(t, { PROXY_DATABASE_HISTORY_REVISIONS: '4' });
      const s = open(env);
      t.teardown(() => s.close());
      await s.init();
      for (let r = 0; r < 2 * PRUNE_EVERY; r++) t.equal(await s.save(K, rec(`v${r + 1}`), r), r + 1);
      const last = 2 * PRUNE_EVERY;
      t.equal(Buffer.from((await s.loadRevision(K, last - 1))!.data).toString(), `v${last - 1}`, 'a recent revision');
      t.equal(Buffer.from((await s.loadRevision(K, last))!.data).toString(), `v${last}`, 'the current revision');
      t.equal(await s.loadRevision(K, 1), null, 'old revisions are pruned');
      t.equal(await s.loadRevision(K, 999), null, 'a revision never written');
    });

    t.test('migrations run twice and concurrently', async (t) => {
      const env = await base(t);
      const stores = [open(env), open(env), open(env)];
      t.teardown(() => Promise.all(stores.map((s) => s.close())));
      await Promise.all(stores.map((s) => s.init()));
      await stores[0]!.init();
      t.equal(await stores[1]!.save(K, rec('after migrations'), 0), 1);
      t.equal(Buffer.from((await stores[2]!.load(K))!.data).toString(), 'after migrations');
    });

    t.test('wrong key fails loudly on load and the row is untouched', async (t) => {
      const env = await base(t);
      const good = open(env);
      t.teardown(() => good.close());
      await good.init();
      await good.save(K, rec('precious'), 0);
      const wrong = open({ ...env, SPAWN_STATESTORE_KEY: newKey() });
      t.teardown(() => wrong.close());
      await wrong.init();
      const err = (await wrong.load(K).catch((e) => e)) as SpawnError;
      t.equal(err.code, 'SPAWN_ERR_STATE_DECRYPT');
      t.match(err.message, /encrypted with key id [0-9a-f]{8}, which is not configured/);
      t.equal(Buffer.from((await good.load(K))!.data).toString(), 'precious', 'still readable with the right key');
    });

    t.test('key rotation: previous keys read, new writes and rekey use the current key', async (t) => {
      const env = await base(t);
      const oldKey = env.SPAWN_STATESTORE_KEY;
      const v1 = open(env);
      await v1.init();
      for (let i = 0; i < 5; i++) await v1.save({ system: 'sys', name: `a${i}` }, rec(`s${i}`), 0);
      await v1.save({ system: 'sys', name: 'a0' }, rec('s0-b'), 1);
      await v1.close();
      const newK = newKey();
      const v2 = open({ ...env, SPAWN_STATESTORE_KEY: newK, SPAWN_STATESTORE_KEY_PREVIOUS: oldKey });
      t.teardown(() => v2.close());
      await v2.init();
      t.equal(Buffer.from((await v2.load({ system: 'sys', name: 'a3' }))!.data).toString(), 's3', 'old rows read with the previous key');
      const counts = await v2.rekey();
      t.equal(counts.rows, 5, 'every current row re-encrypted');
      t.equal(counts.history, 6, 'and every history row');
      t.same(await v2.rekey(), { rows: 0, history: 0, skipped: 0 }, 'a second run has nothing to do');
      const only = open({ ...env, SPAWN_STATESTORE_KEY: newK });
      t.teardown(() => only.close());
      await only.init();
      t.equal(Buffer.from((await only.load({ system: 'sys', name: 'a0' }))!.data).toString(), 's0-b', 'readable without the old key');
      t.equal(Buffer.from((await only.loadRevision({ system: 'sys', name: 'a0' }, 1))!.data).toString(), 's0', 'history too');
    });

    t.test("rows in Spawn's Cloak AES-256-GCM layout are readable", async (t) => {
      const env = await base(t);
      const s = open(env);
      t.teardown(() => s.close());
      await s.init();
      await s.save(K, rec('placeholder'), 0);
      const cloak = sealCloakGcm(Buffer.from(env.SPAWN_STATESTORE_KEY, 'base64'), Buffer.from('from spawn'), randomBytes(16));
      await rawExec(env, 'UPDATE spawn_actor_state SET data = $1 WHERE actor_name = $2', [cloak, K.name]);
      t.equal(Buffer.from((await s.load(K))!.data).toString(), 'from spawn');
    });
  });
}
