// Process-level persistence scenarios shared by the storage-*.test.ts files: real proxy
// processes (test/support/harness.ts) over a real database.
import { readFileSync, readdirSync } from 'node:fs';
import type { Test } from 'tap';
import { join } from 'node:path';
import { Kind, Status } from '../../src/hotpath/codec';
import { actor, get, invoke, register, spawnActors, startHost, startProxy, type TestHost, type TestProxy } from '../support/harness';
import { fromJsonAny, jsonAny } from '../support/protocol';

type T = Test;

export const SYS = 'storage-sys';

export function proxyEnv(host: TestHost, db: Record<string, string>, extra: Record<string, string> = {}): Record<string, string> {
  return { USER_FUNCTION_PORT: String(host.port), PROXY_SNAPSHOT_MAX_BACKOFF_MS: '300', ...db, ...extra };
}

export async function count(proxy: TestProxy, name: string): Promise<number | undefined> {
  const r = await invoke(proxy, { system: SYS, actor: name, action: 'add', value: jsonAny({ by: 0 }) });
  if (r.response.status?.status !== Status.OK) throw new Error(`add on ${name} failed: ${r.response.status?.message}`);
  return fromJsonAny<{ count?: number }>(r.response.value)?.count;
}

export async function revisionOf(proxy: TestProxy, name: string): Promise<number> {
  const r = await get(`${proxy.url}/api/v1/system/${SYS}/actors/${name}`, { accept: 'application/json' });
  return (JSON.parse(r.body.toString()) as { revision: number }).revision;
}

/** SIGTERM flushes state that only the (long) snapshot timer would have written. */
export async function gracefulRestart(t: T, db: Record<string, string>): Promise<void> {
  const host = await startHost(t);
  const actors = [actor('keeper', { snapshotMs: 600_000 })];
  const p1 = await startProxy(t, proxyEnv(host, db));
  await register(p1, SYS, actors);
  for (let i = 0; i < 3; i++) await invoke(p1, { system: SYS, actor: 'keeper', action: 'add' });
  t.equal(await p1.stop(), 0, 'graceful stop exits 0');
  const p2 = await startProxy(t, proxyEnv(host, db));
  await register(p2, SYS, actors);
  t.equal(await count(p2, 'keeper'), 3, 'state survives a graceful restart');
  t.equal(await revisionOf(p2, 'keeper'), 1, 'written once, by the drain');
  await p2.stop();
}

/** kill -9 right after a checkpoint reply: the checkpointed state is in the database. */
export async function killAfterCheckpoint(t: T, db: Record<string, string>): Promise<void> {
  const host = await startHost(t);
  const actors = [actor('durable', { snapshotMs: 600_000, actions: ['add', 'checkpoint'] })];
  const p1 = await startProxy(t, proxyEnv(host, db));
  await register(p1, SYS, actors);
  await invoke(p1, { system: SYS, actor: 'durable', action: 'add' });
  const r = await invoke(p1, { system: SYS, actor: 'durable', action: 'checkpoint' });
  t.same(fromJsonAny(r.response.value), { count: 2 });
  await invoke(p1, { system: SYS, actor: 'durable', action: 'add' }); // not checkpointed: may be lost
  await p1.stop('SIGKILL');
  const p2 = await startProxy(t, proxyEnv(host, db));
  await register(p2, SYS, actors);
  t.equal(await count(p2, 'durable'), 2, 'the checkpointed state survives kill -9');
  await p2.stop();
}

/** Two proxies own the same actor: the stale one gets a conflict and never overwrites. */
export async function conflictBetweenProxies(t: T, db: Record<string, string>): Promise<void> {
  const host = await startHost(t);
  const actors = [actor('shared', { snapshotMs: 600_000, actions: ['add', 'checkpoint'] })];
  const p1 = await startProxy(t, proxyEnv(host, db));
  const p2 = await startProxy(t, proxyEnv(host, db));
  await register(p1, SYS, actors);
  t.same(fromJsonAny((await invoke(p1, { system: SYS, actor: 'shared', action: 'checkpoint' })).response.value), { count: 1 });
  // p2 activates now (registration warms named actors up): it loads revision 1 and writes revision 2.
  await register(p2, SYS, actors);
  t.same(fromJsonAny((await invoke(p2, { system: SYS, actor: 'shared', action: 'checkpoint', value: jsonAny({ by: 10 }) })).response.value), { count: 11 });
  // p1 still holds revision 1: its write must fail, not overwrite.
  const stale = await invoke(p1, { system: SYS, actor: 'shared', action: 'checkpoint' });
  t.equal(stale.status, 409, 'the stale writer is told');
  t.match(stale.response.status?.message, /SPAWN_ERR_STATE_CONFLICT: .*is at revision 2/);
  t.match(p1.logs(), /state write conflict/, 'and logs it');
  t.equal(await revisionOf(p2, 'shared'), 2);
  // The stale actor was dropped: its next invocation reloads the newer state.
  t.equal(await count(p1, 'shared'), 11, 'p1 reloads what p2 wrote');
  const metrics = (await get(`${p1.url}/metrics`)).body.toString();
  t.match(metrics, /spawn_state_writes_total\{result="conflict"\} 1/);
  await p1.stop();
  await p2.stop();
}

/** spawn ?revision=N activates an UNNAMED actor with a past state from the history. */
export async function restoreRevision(t: T, db: Record<string, string>): Promise<void> {
  const host = await startHost(t);
  const actors = [actor('user', { kind: Kind.UNNAMED, parent: 'user', snapshotMs: 600_000, actions: ['add', 'checkpoint'] })];
  const p1 = await startProxy(t, proxyEnv(host, db));
  await register(p1, SYS, actors);
  t.ok((await spawnActors(p1, SYS, [{ name: 'alice', parent: 'user' }])).ok);
  for (const by of [1, 10, 100]) await invoke(p1, { system: SYS, actor: 'alice', action: 'checkpoint', value: jsonAny({ by }) });
  t.equal(await revisionOf(p1, 'alice'), 3);
  await p1.stop();
  const p2 = await startProxy(t, proxyEnv(host, db));
  await register(p2, SYS, actors);
  t.ok((await spawnActors(p2, SYS, [{ name: 'alice', parent: 'user' }], '?revision=2')).ok);
  t.equal(await count(p2, 'alice'), 11, 'revision 2 restored');
  await p2.stop();
  const p3 = await startProxy(t, proxyEnv(host, db));
  await register(p3, SYS, actors);
  t.ok((await spawnActors(p3, SYS, [{ name: 'alice', parent: 'user' }])).ok);
  t.equal(await count(p3, 'alice'), 11, 'the restored state became the current one');
  t.equal(await revisionOf(p3, 'alice'), 4, 'as a new revision, history intact');
  const missing = await spawnActors(p3, SYS, [{ name: 'bob', parent: 'user' }], '?revision=7');
  t.ok(missing.ok, 'spawn accepts; activation reports the missing revision');
  const r = await invoke(p3, { system: SYS, actor: 'bob', action: 'add' });
  t.match(r.response.status?.message, /revision 7 is not in the state history/);
  await p3.stop();
}

/** Every file in a directory, for plaintext checks of an SQLite database (WAL included). */
export function filesBytes(dir: string): Buffer {
  return Buffer.concat(readdirSync(dir).map((f) => readFileSync(join(dir, f))));
}

/**
 * The database goes away under load and comes back: active actors keep answering, readiness
 * reports the store degraded, activations that need a load fail clearly, and every
 * acknowledged change is in the database at the end.
 */
export async function outageUnderLoad(t: T, db: Record<string, string>, stopDb: () => Promise<void>, startDb: () => Promise<void>): Promise<void> {
  t.teardown(() => startDb().catch(() => undefined)); // whatever happens, the database runs again afterwards
  const host = await startHost(t);
  const names = Array.from({ length: 8 }, (_, i) => `busy-${i}`);
  const actors = [...names.map((n) => actor(n, { snapshotMs: 100 })), actor('cold', { kind: Kind.UNNAMED, parent: 'cold', snapshotMs: 100 })];
  const proxy = await startProxy(t, proxyEnv(host, db, { PROXY_DATABASE_QUEUE_TARGET: '1000' }));
  await register(proxy, SYS, actors);
  const acked = new Map<string, number>(names.map((n) => [n, 0]));
  let running = true;
  let failures = 0;
  const load = names.map(async (name) => {
    while (running) {
      const r = await invoke(proxy, { system: SYS, actor: name, action: 'add' });
      if (r.response.status?.status === Status.OK) acked.set(name, acked.get(name)! + 1);
      else failures++;
    }
  });
  await new Promise((r) => setTimeout(r, 300));
  await stopDb();
  const okBefore = [...acked.values()].reduce((a, b) => a + b, 0);
  await new Promise((r) => setTimeout(r, 1500));
  const okDuring = [...acked.values()].reduce((a, b) => a + b, 0) - okBefore;
  t.ok(okDuring > 0, `active actors keep answering while the database is down (${okDuring} calls)`);
  const ready = await get(`${proxy.url}/health/readiness`);
  t.equal(ready.status, 503, 'not ready while the store is down');
  t.match(ready.body.toString(), /"degraded":\{"store:[a-z]+":"unavailable: /);
  t.ok((await spawnActors(proxy, SYS, [{ name: 'newcomer', parent: 'cold' }])).ok);
  const cold = await invoke(proxy, { system: SYS, actor: 'newcomer', action: 'add' });
  t.equal(cold.status, 503);
  t.match(cold.response.status?.message, /SPAWN_ERR_ACTIVATION_FAILED: cannot activate actor 'newcomer'.*state store is unavailable/);
  await startDb();
  const recovered = await eventuallyOk(async () => (await get(`${proxy.url}/health/readiness`)).status === 200, 20_000);
  t.ok(recovered, 'ready again once the database is back');
  running = false;
  await Promise.all(load);
  t.equal(failures, 0, 'no invocation of an active actor failed');
  const stopped = await Promise.race([proxy.stop(), new Promise((r) => setTimeout(() => r('hung'), 20_000))]);
  if (stopped === 'hung') t.comment(proxy.logs().split('\n').slice(-40).join('\n'));
  t.equal(stopped, 0, 'graceful stop after the outage');
  const check = await startProxy(t, proxyEnv(host, db));
  await register(check, SYS, actors);
  for (const name of names) t.equal(await count(check, name), acked.get(name), `${name}: every acknowledged add is stored`);
  await check.stop();
}

async function eventuallyOk(f: () => Promise<boolean>, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await f().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}
