// Several proxies without cluster settings on one PostgreSQL store, each with its own host,
// all serving the same actors: what a cluster looks like during a hand-off. The store's
// compare-and-set refuses stale writes; these tests check the acknowledgements: an OK for a
// checkpoint=true call means its update is in the store, and every call is answered.
import t, { type Test } from 'tap';
import { Status } from '../../src/hotpath/codec';
import { actor, get, invoke, register, startHost, startProxy, type TestProxy } from '../support/harness';
import { fromJsonAny } from '../support/protocol';
import { postgres } from '../storage/backends';
import { proxyEnv } from './storage-scenarios';

const SYS = 'race-sys';
const KEY = Buffer.alloc(32, 7).toString('base64');

async function stored(proxy: TestProxy, name: string): Promise<{ count: number; revision: number }> {
  const r = await get(`${proxy.url}/api/v1/system/${SYS}/actors/${name}`, { accept: 'application/json' });
  const body = JSON.parse(r.body.toString()) as { revision: number; state?: { json?: { count?: number } } };
  return { count: body.state?.json?.count ?? 0, revision: body.revision };
}

/** A fresh proxy on the same store: what the database holds, whatever the racing proxies cached. */
async function readBack(t: Test, env: Record<string, string>, names: string[]): Promise<Map<string, { count: number; revision: number }>> {
  const proxy = await startProxy(t, env);
  await register(
    proxy,
    SYS,
    names.map((n) => actor(n, { snapshotMs: 600_000, actions: ['add', 'checkpoint'] })),
  );
  const out = new Map<string, { count: number; revision: number }>();
  for (const n of names) out.set(n, await stored(proxy, n));
  await proxy.stop();
  return out;
}

t.test('a turn queued behind a conflict runs on the reloaded state, never on the stale copy', async (t) => {
  const db = { ...(await postgres('js').create(t)), SPAWN_STATESTORE_KEY: KEY };
  const hostA = await startHost(t);
  const hostB = await startHost(t);
  const actors = [actor('repro', { snapshotMs: 600_000, actions: ['add', 'checkpoint'] })];
  const a = await startProxy(t, proxyEnv(hostA, db));
  const b = await startProxy(t, proxyEnv(hostB, db));
  await register(a, SYS, actors);
  await register(b, SYS, actors);
  // Both hold revision 0 (get_state is answered from the activated actor).
  for (const p of [a, b]) t.equal((await invoke(p, { system: SYS, actor: 'repro', action: 'get_state' })).response.status?.status, Status.OK);

  const first = await invoke(a, { system: SYS, actor: 'repro', action: 'checkpoint' });
  t.same(fromJsonAny(first.response.value), { count: 1 }, 'A writes revision 1');

  const [x, y] = await Promise.all([
    invoke(b, { system: SYS, actor: 'repro', action: 'checkpoint' }),
    invoke(b, { system: SYS, actor: 'repro', action: 'checkpoint' }),
  ]);
  t.equal(x.status, 409, 'the turn that ran on the stale revision 0 fails');
  t.match(x.response.status?.message, /SPAWN_ERR_STATE_CONFLICT/);
  t.equal(y.response.status?.status, Status.OK, 'the turn queued behind it succeeds');
  t.same(fromJsonAny(y.response.value), { count: 2 }, 'on the reloaded state (revision 1, count 1)');

  const back = await readBack(t, db, ['repro']);
  t.same(back.get('repro'), { count: 2, revision: 2 }, 'the store holds what B acknowledged');
  t.same(await hostB.overlap(), { [`${SYS}//repro`]: 1 }, 'B never ran two turns of the actor at once');
});

interface RaceStats {
  calls: number;
  acked: Map<string, number[]>;
  conflicts: number;
  otherErrors: string[];
  unanswered: number;
}

/** `writers` clients per proxy call checkpoint on random actors for `ms`; every call must be answered within 15 s. */
async function race(proxies: TestProxy[], names: string[], writers: number, ms: number): Promise<RaceStats> {
  const stats: RaceStats = { calls: 0, acked: new Map(names.map((n) => [n, []])), conflicts: 0, otherErrors: [], unanswered: 0 };
  const until = Date.now() + ms;
  const client = async (proxy: TestProxy): Promise<void> => {
    while (Date.now() < until) {
      const name = names[Math.floor(Math.random() * names.length)]!;
      stats.calls++;
      let timer: NodeJS.Timeout | undefined;
      const answer = await Promise.race([
        invoke(proxy, { system: SYS, actor: name, action: 'checkpoint' }),
        new Promise<'unanswered'>((r) => (timer = setTimeout(() => r('unanswered'), 15_000))),
      ]);
      clearTimeout(timer);
      if (answer === 'unanswered') stats.unanswered++;
      else if (answer.response.status?.status === Status.OK) stats.acked.get(name)!.push(fromJsonAny<{ count: number }>(answer.response.value)!.count);
      else if (/SPAWN_ERR_STATE_CONFLICT/.test(answer.response.status?.message ?? '')) stats.conflicts++;
      else stats.otherErrors.push(answer.response.status?.message ?? `HTTP ${answer.status}`);
    }
  };
  await Promise.all(proxies.flatMap((p) => Array.from({ length: writers }, () => client(p))));
  return stats;
}

/**
 * The checker: every write adds 1, so a store whose revision r holds count r has lost no
 * write; an acknowledged count v means "revision v is mine", so each v must be unique and
 * at most the final count. A value acknowledged twice, or above the final count, is an
 * acknowledged update missing from the store.
 */
function check(t: Test, stats: RaceStats, back: Map<string, { count: number; revision: number }>): void {
  let acked = 0;
  let missing = 0;
  for (const [name, values] of stats.acked) {
    const final = back.get(name)!;
    acked += values.length;
    t.equal(final.count, final.revision, `${name}: count equals revision (no write built on a stale copy)`, { diagnostic: false });
    const unique = new Set(values);
    missing += values.length - unique.size;
    for (const v of unique) if (v > final.count) missing++;
  }
  t.comment(
    `${stats.calls} calls: ${acked} acknowledged, ${stats.conflicts} conflicts, ${stats.otherErrors.length} other errors, ${stats.unanswered} unanswered`,
  );
  t.ok(acked > 0, 'some calls were acknowledged');
  t.equal(missing, 0, 'acknowledged checkpoint updates missing from the store');
  t.equal(stats.unanswered, 0, 'calls without an answer within 15 s');
  t.same(stats.otherErrors, [], 'errors other than retryable conflicts');
}

t.test('concurrent checkpoint writers on two proxies: no acknowledged update missing', async (t) => {
  const db = { ...(await postgres('js').create(t)), SPAWN_STATESTORE_KEY: KEY };
  const names = ['hot'];
  const proxies: TestProxy[] = [];
  for (let i = 0; i < 2; i++) {
    const host = await startHost(t);
    const p = await startProxy(t, proxyEnv(host, db));
    await register(
      p,
      SYS,
      names.map((n) => actor(n, { snapshotMs: 600_000, actions: ['add', 'checkpoint'] })),
    );
    proxies.push(p);
  }
  const stats = await race(proxies, names, 3, 3000);
  t.ok(stats.conflicts > 0, 'the proxies did race');
  check(t, stats, await readBack(t, db, names));
});

t.test('three proxies, many actors: every call answered, no acknowledged update missing', async (t) => {
  const db = { ...(await postgres('js').create(t)), SPAWN_STATESTORE_KEY: KEY };
  const names = Array.from({ length: 60 }, (_, i) => `a${i}`);
  const proxies: TestProxy[] = [];
  for (let i = 0; i < 3; i++) {
    const host = await startHost(t);
    // A short snapshot timeout: background writes race the checkpoints too.
    const p = await startProxy(t, proxyEnv(host, db));
    await register(
      p,
      SYS,
      names.map((n) => actor(n, { snapshotMs: 50, actions: ['add', 'checkpoint'] })),
    );
    proxies.push(p);
  }
  const stats = await race(proxies, names, 4, 3000);
  check(t, stats, await readBack(t, db, names));
});
