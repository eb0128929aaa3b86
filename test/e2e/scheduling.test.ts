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
