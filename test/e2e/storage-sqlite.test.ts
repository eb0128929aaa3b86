// Persistence through real proxy processes on the default store: an SQLite file.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { actor, invoke, register, startHost, startProxy } from '../support/harness';
import { jsonAny } from '../support/protocol';
import { SYS, conflictBetweenProxies, count, filesBytes, gracefulRestart, killAfterCheckpoint, proxyEnv, restoreRevision } from './storage-scenarios';

function sqliteDb(t: Tap): Record<string, string> {
  const dir = mkdtempSync(join(os.tmpdir(), 'spawn-e2e-sqlite-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  // No PROXY_DATABASE_TYPE: the default. No key: one is generated next to the file.
  return { PROXY_DATABASE_TYPE: '', PROXY_DATA_DIR: dir };
}
type Tap = { teardown(fn: () => unknown): void };

t.test('default store is SQLite with a generated key; nothing in plaintext', async (t) => {
  const db = sqliteDb(t);
  const host = await startHost(t);
  const proxy = await startProxy(t, proxyEnv(host, db));
  t.match(proxy.logs(), /generated a state encryption key in .*eigr-functions-db\.sqlite3\.key \(mode 0600\)/);
  t.equal(statSync(join(db.PROXY_DATA_DIR!, 'eigr-functions-db.sqlite3.key')).mode & 0o777, 0o600);
  await register(proxy, SYS, [actor('secretive', { snapshotMs: 50, actions: ['add', 'tag'] })]);
  await invoke(proxy, { system: SYS, actor: 'secretive', action: 'add', value: jsonAny({ by: 424242 }) });
  t.equal(await proxy.stop(), 0);
  const bytes = filesBytes(db.PROXY_DATA_DIR!);
  t.ok(bytes.includes('spawn_actor_state'), 'the database file is there');
  t.notOk(bytes.includes('424242'), 'the state value is not stored in plaintext');
  t.notOk(bytes.includes('"count"'), 'nor the JSON keys');
  const again = await startProxy(t, proxyEnv(host, db));
  t.notMatch(again.logs(), /generated a state/, 'the key is reused, not regenerated');
  await register(again, SYS, [actor('secretive', { snapshotMs: 50, actions: ['add', 'tag'] })]);
  t.equal(await count(again, 'secretive'), 424242);
  await again.stop();
});

t.test('graceful restart', async (t) => gracefulRestart(t, sqliteDb(t)));
t.test('kill -9 after checkpoint', async (t) => killAfterCheckpoint(t, sqliteDb(t)));
t.test('conflict between two proxies on one file', async (t) => conflictBetweenProxies(t, sqliteDb(t)));
t.test('revision history and restore', async (t) => restoreRevision(t, sqliteDb(t)));

t.test('a wrong key stops activation loudly and leaves the row alone', async (t) => {
  const db = sqliteDb(t);
  const host = await startHost(t);
  const key = Buffer.alloc(32, 1).toString('base64');
  const p1 = await startProxy(t, proxyEnv(host, db, { SPAWN_STATESTORE_KEY: key }));
  await register(p1, SYS, [actor('locked', { actions: ['add', 'checkpoint'] })]);
  await invoke(p1, { system: SYS, actor: 'locked', action: 'checkpoint', value: jsonAny({ by: 5 }) });
  await p1.stop();
  const p2 = await startProxy(t, proxyEnv(host, db, { SPAWN_STATESTORE_KEY: Buffer.alloc(32, 2).toString('base64') }));
  await register(p2, SYS, [actor('locked', { actions: ['add', 'checkpoint'] })]);
  const r = await invoke(p2, { system: SYS, actor: 'locked', action: 'checkpoint' });
  t.equal(r.status, 503);
  t.match(r.response.status?.message, /SPAWN_ERR_ACTIVATION_FAILED: .*cannot decrypt state of actor 'locked'.*key id [0-9a-f]{8}, which is not configured/);
  await p2.stop();
  const p3 = await startProxy(t, proxyEnv(host, db, { SPAWN_STATESTORE_KEY: key }));
  await register(p3, SYS, [actor('locked', { actions: ['add', 'checkpoint'] })]);
  t.equal(await count(p3, 'locked'), 5, 'the row was not overwritten');
  await p3.stop();
});

t.test('bad settings stop start-up naming the variable', async (t) => {
  const host = await startHost(t);
  const err = await startProxy(t, proxyEnv(host, { PROXY_DATABASE_TYPE: 'postgres', PROXY_DATABASE_PORT: '5432' })).catch((e: Error) => e);
  t.match((err as Error).message, /SPAWN_STATESTORE_KEY is required for PROXY_DATABASE_TYPE=postgres: it must be 32 bytes of base64/);
  const err2 = await startProxy(t, proxyEnv(host, { PROXY_DATABASE_TYPE: 'sqlite', SPAWN_STATESTORE_KEY: 'c2hvcnQ=' })).catch((e: Error) => e);
  t.match((err2 as Error).message, /SPAWN_STATESTORE_KEY must be 32 bytes of base64.*\(got 5 bytes\)/);
});
