// Delayed invocations are stored: they survive a restart (graceful or kill -9), fire once
// even when two proxies share the store, and past-due ones fire promptly after start-up.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { Status } from '../../src/hotpath/codec';
import { actor, eventually, invoke, register, startHost, startProxy, type TestHost, type TestProxy } from '../support/harness';
import { jsonAny } from '../support/protocol';
import { filesBytes } from './storage-scenarios';

const SYS = 'sched-sys';
const ACTORS = [actor('clock', { stateful: false, actions: ['add', 'echo'] })];

function dataDir(t: { teardown(fn: () => unknown): void }): Record<string, string> {
  const dir = mkdtempSync(join(os.tmpdir(), 'spawn-e2e-sched-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return { PROXY_DATABASE_TYPE: 'sqlite', PROXY_DATA_DIR: dir, PROXY_SCHEDULER_POLL_MS: '200' };
}

async function proxyFor(t: Parameters<typeof startProxy>[0], host: TestHost, env: Record<string, string>): Promise<TestProxy> {
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port), ...env });
  await register(proxy, SYS, ACTORS);
  return proxy;
}

const jsonNote = (note: string) => jsonAny({ note });

const callsAt = async (host: TestHost, note: string): Promise<number[]> =>
  (await host.calls()).filter((c) => c.action === 'echo' && (c.payload as { note?: string } | null)?.note === note).map((c) => c.at);

t.test('a scheduled invocation survives a graceful restart and fires once', async (t) => {
  const db = dataDir(t);
  const host = await startHost(t);
  const first = await proxyFor(t, host, db);
  const due = Date.now() + 1500;
  const r = await invoke(first, { system: SYS, actor: 'clock', action: 'echo', scheduledTo: due, value: jsonNote('graceful') });
  t.equal(r.response.status?.status, Status.OK, 'accepted once stored');
  t.equal(await first.stop(), 0);
  t.notOk(filesBytes(db.PROXY_DATA_DIR!).includes('graceful'), 'the stored request is encrypted');
  await proxyFor(t, host, db);
  const at = await eventually(async () => {
    const c = await callsAt(host, 'graceful');
    return c.length ? c : undefined;
  }, 8000);
  t.ok(at[0]! >= due, 'not before scheduled_to');
  await new Promise((r) => setTimeout(r, 800));
  t.equal((await callsAt(host, 'graceful')).length, 1, 'exactly once');
});

t.test('a past-due invocation fires promptly after a kill -9 and restart', async (t) => {
  const db = dataDir(t);
  const host = await startHost(t);
  const first = await proxyFor(t, host, db);
  await invoke(first, { system: SYS, actor: 'clock', action: 'echo', scheduledTo: Date.now() + 400, value: jsonNote('killed') });
  await first.stop('SIGKILL');
  await new Promise((r) => setTimeout(r, 700)); // now it is past due, and nobody is running
  t.same(await callsAt(host, 'killed'), [], 'nothing fired while the proxy was down');
  await proxyFor(t, host, db);
  await eventually(async () => ((await callsAt(host, 'killed')).length ? true : undefined), 8000);
  await new Promise((r) => setTimeout(r, 800));
  t.equal((await callsAt(host, 'killed')).length, 1, 'exactly once');
});

t.test('two proxies sharing a store fire each invocation once', async (t) => {
  const db = dataDir(t);
  const host = await startHost(t);
  const a = await proxyFor(t, host, db);
  await proxyFor(t, host, db);
  const due = Date.now() + 600;
  for (let i = 0; i < 5; i++) await invoke(a, { system: SYS, actor: 'clock', action: 'echo', scheduledTo: due, value: jsonNote('shared') });
  await eventually(async () => ((await callsAt(host, 'shared')).length >= 5 ? true : undefined), 8000);
  await new Promise((r) => setTimeout(r, 1000));
  t.equal((await callsAt(host, 'shared')).length, 5, 'five stored, five fired, none twice');
});

t.test('after a restart, a due invocation waits for its host to register; one for an action the actor lost is dropped', async (t) => {
  const db = dataDir(t);
  const host = await startHost(t);
  const first = await proxyFor(t, host, db);
  const due = Date.now() + 300;
  await invoke(first, { system: SYS, actor: 'clock', action: 'echo', scheduledTo: due, value: jsonNote('waits') });
  await invoke(first, { system: SYS, actor: 'clock', action: 'add', scheduledTo: due, value: jsonNote('lost') });
  t.equal(await first.stop(), 0);
  const second = await startProxy(t, { USER_FUNCTION_PORT: String(host.port), ...db });
  // Both are due and polled (every 200 ms) while the system is unknown: SPAWN_ERR_SYSTEM_NOT_FOUND.
  await new Promise((r) => setTimeout(r, 1200));
  t.same(await callsAt(host, 'waits'), [], 'nothing fired before the host registered');
  t.notMatch(second.logs(), /scheduled invocation dropped/, 'nor was anything dropped');
  // The host comes back without the 'add' action.
  await register(second, SYS, [actor('clock', { stateful: false, actions: ['echo'] })]);
  await eventually(async () => ((await callsAt(host, 'waits')).length ? true : undefined), 8000);
  const dropped = await eventually(
    async () =>
      second
        .logs()
        .split('\n')
        .find((l) => l.includes('"scheduled invocation dropped"')),
    8000,
  );
  t.match(dropped, /"level":"error".*"code":"SPAWN_ERR_ACTION_NOT_FOUND".*"why":"terminal error"/, 'a terminal error drops it at once, with an error log');
  await new Promise((r) => setTimeout(r, 600));
  t.equal((await callsAt(host, 'waits')).length, 1, 'the waiting one fired once');
  t.equal((await host.calls()).filter((c) => c.action === 'add').length, 0, 'the dropped one never reached the host');
});
