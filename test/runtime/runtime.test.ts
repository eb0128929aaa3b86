// The runtime's parts in one process: directory, subscriptions, dispatcher and the
// activation lifecycle, including the races end-to-end tests only reach by luck.
import t from 'tap';
import { SpawnError } from '../../src/errors';
import { Kind } from '../../src/hotpath/codec';
import { LocalDirectory } from '../../src/hotpath/runtime';
import { SubscriptionIndex } from '../../src/hotpath/runtime/subscriptions';
import { fromJsonAny, jsonAny } from '../support/protocol';
import { ControlledStore, SYS, TestHost, actorDef, call, gate, makeRuntime, registration, valueOf } from './support';

const stored = async (store: ControlledStore, name: string): Promise<unknown> => {
  const row = await store.load({ system: SYS, name });
  return row ? fromJsonAny({ type_url: row.typeUrl, value: row.data }) : undefined;
};

const until = async (check: () => boolean, ms = 5000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 2));
  }
};

t.test('directory: registration, spawn, pools and what is not there', async (t) => {
  const dir = new LocalDirectory({ deactivateMs: 1000, snapshotMs: 1000 });
  const host = new TestHost();
  t.throws(() => dir.resolve(SYS, 'a', false), { code: 'SPAWN_ERR_SYSTEM_NOT_FOUND' });
  dir.register(
    registration([
      actorDef('a'),
      actorDef('tmpl', { kind: Kind.UNNAMED }),
      { ...actorDef('pool', { kind: Kind.POOLED }), settings: { kind: Kind.POOLED, minPoolSize: 2, maxPoolSize: 3 } },
    ]),
    host,
  );
  t.equal(dir.resolve(SYS, 'a', false).cellName, 'a');
  t.equal(dir.resolve(SYS, 'a', false).placement.kind, 'local', 'the local directory places everything here');
  t.throws(() => dir.resolve(SYS, 'nobody', false), { code: 'SPAWN_ERR_ACTOR_NOT_FOUND' });
  t.throws(() => dir.spawn(SYS, 'x', 'missing', undefined), { code: 'SPAWN_ERR_TEMPLATE_NOT_FOUND' });
  const kid = dir.spawn(SYS, 'kid', 'tmpl', 3);
  t.equal(kid.restoreRevision, 3);
  t.equal(dir.spawn(SYS, 'kid', 'tmpl', undefined), kid, 'spawning again is idempotent');
  t.throws(() => dir.spawn(SYS, 'a', 'tmpl', undefined), { code: 'SPAWN_ERR_ACTOR_NAME_CONFLICT' });
  const member = dir.resolve(SYS, 'pool', true);
  t.match(member.cellName, /^pool-[23]$/, 'a pooled call lands on a member');
  t.same(member.hostId, { name: 'pool', system: SYS, parent: member.cellName }, 'the host sees the pool name with the alias as parent');
});

t.test('subscriptions: named actors and spawned instances, rebuilt when registrations change', async (t) => {
  const dir = new LocalDirectory({ deactivateMs: 1000, snapshotMs: 1000 });
  const subs = new SubscriptionIndex(dir);
  const host = new TestHost();
  dir.register(registration([actorDef('n', { channels: ['news'] }), actorDef('t', { kind: Kind.UNNAMED, channels: ['news'] })]), host);
  t.same(
    subs.subscribers(SYS, 'news').map((s) => s.name),
    ['n'],
    'the template itself does not subscribe',
  );
  dir.spawn(SYS, 'k', 't', undefined);
  t.same(
    subs.subscribers(SYS, 'news').map((s) => [s.name, s.action]),
    [
      ['n', 'receive'],
      ['k', 'receive'],
    ],
    'a spawned instance does',
  );
  dir.register(registration([actorDef('n')]), host);
  t.same(
    subs.subscribers(SYS, 'news').map((s) => s.name),
    ['k'],
    'a re-registration without the channel drops the subscription',
  );
});

t.test('dispatcher: unknown actions, bad metadata, deadlines while queued, cycles', async (t) => {
  const host = new TestHost();
  const hold = gate();
  const { runtime } = makeRuntime(host);
  host.on('slow', async () => {
    await hold.wait;
  });
  runtime.register(registration([actorDef('d', { stateful: false, actions: ['add', 'slow', 'call'] }), actorDef('e', { stateful: false, actions: ['call'] })]));
  await t.rejects(runtime.invoke(call('d', 'nope'), '', ''), { code: 'SPAWN_ERR_ACTION_NOT_FOUND' });
  await t.rejects(runtime.invoke(call('d', 'add', { metadata: { 'request-timeout': 'soon' } }), '', ''), { code: 'SPAWN_ERR_BAD_REQUEST' });
  const slow = runtime.invoke(call('d', 'slow'), '', '');
  await t.rejects(
    runtime.invoke(call('d', 'add', { metadata: { 'request-timeout': '50' } }), '', ''),
    { code: 'SPAWN_ERR_DEADLINE_EXCEEDED' },
    'a call waiting behind a long turn hears back at its deadline',
  );
  hold.open();
  await slow;
  t.equal(host.calls.filter((c) => c.action === 'add').length, 0, 'the expired call never reached the host');

  // d calls e synchronously, e calls d back: refused at once instead of waiting forever.
  host.on('call', async (inv) => {
    const { to, then } = fromJsonAny<{ to?: string; then?: string }>(inv.value) ?? {};
    if (!to) return { value: { reached: inv.actor?.name } };
    const r = await runtime.invoke(call(to, 'call', { caller: inv.actor, value: jsonAny({ to: then }) }), '', '').catch((e: SpawnError) => e);
    return { value: r instanceof SpawnError ? { error: r.code } : { inner: fromJsonAny(r.reply?.response.value) } };
  });
  const r = await runtime.invoke(call('d', 'call', { value: jsonAny({ to: 'e', then: 'd' }) }), '', '');
  t.same(fromJsonAny(r.reply?.response.value), { inner: { error: 'SPAWN_ERR_INVOCATION_CYCLE' } }, 'd -> e -> d is refused inside e');
  const ok = await runtime.invoke(call('d', 'call', { value: jsonAny({ to: 'e' }) }), '', '');
  t.same(fromJsonAny(ok.reply?.response.value), { inner: { reached: 'e' } }, 'd -> e alone is fine');
});

t.test('activation: init once per activation; a deactivation never cuts a turn in flight', async (t) => {
  const host = new TestHost();
  const hold = gate();
  const { runtime, store } = makeRuntime(host);
  host.on('init', (_, s) => ({ state: { ...s, inits: (s.inits ?? 0) + 1 } }));
  host.on('hold', async (_, s) => {
    await hold.wait;
    return { state: { ...s, count: (s.count ?? 0) + 10 } };
  });
  runtime.register(registration([actorDef('a', { actions: ['init', 'add', 'hold'], deactivateMs: 30 })]));
  t.same(valueOf(await runtime.invoke(call('a', 'add'), '', '')), { inits: 1, count: 1 });
  const held = runtime.invoke(call('a', 'hold'), '', '');
  await new Promise((r) => setTimeout(r, 120)); // four deactivation timeouts pass while the turn runs
  t.equal(runtime.activeCount, 1, 'still active while its turn runs');
  hold.open();
  t.same(valueOf(await held), { inits: 1, count: 11 });
  await until(() => runtime.activeCount === 0);
  // The cell leaves before its final save ends: wait for the write, however slow.
  for (let i = 0; i < 2500 && (await stored(store, 'a')) === undefined; i++) await new Promise((r) => setTimeout(r, 2));
  t.same(await stored(store, 'a'), { inits: 1, count: 11 }, 'the deactivation saved the state');
  t.same(valueOf(await runtime.invoke(call('a', 'add'), '', '')), { inits: 2, count: 12 }, 'reactivated with its state; init ran again');
  t.equal(host.maxOverlap, 1, 'the host never saw two calls of the actor at once');
});

t.test('activation: a call arriving during the final save waits for it, then loads what it wrote', async (t) => {
  const host = new TestHost();
  const { runtime, store } = makeRuntime(host);
  runtime.register(registration([actorDef('h', { deactivateMs: 30 })]));
  t.same(valueOf(await runtime.invoke(call('h', 'add'), '', '')), { count: 1 });
  const save = gate();
  store.saveGate = save.wait;
  await until(() => runtime.activeCount === 0); // deactivating: the final save is held
  const next = runtime.invoke(call('h', 'add'), '', '');
  await new Promise((r) => setTimeout(r, 20));
  t.equal(host.calls.length, 1, 'the new activation waits for the old one to be saved');
  store.saveGate = undefined;
  save.open();
  t.same(valueOf(await next), { count: 2 }, 'and then runs on the saved state');
});

t.test('activation: a failed final save hands the unsaved state to the next activation; nothing lost', async (t) => {
  const host = new TestHost();
  const { runtime, store } = makeRuntime(host);
  runtime.register(registration([actorDef('f', { deactivateMs: 30 })]));
  t.same(valueOf(await runtime.invoke(call('f', 'add'), '', '')), { count: 1 });
  const save = gate();
  store.saveGate = save.wait;
  await until(() => runtime.activeCount === 0);
  const next = runtime.invoke(call('f', 'add'), '', '');
  store.down = true; // the held save fails when released
  store.saveGate = undefined;
  save.open();
  t.same(valueOf(await next), { count: 2 }, 'the new activation took the unsaved state over instead of loading (the store is down)');
  t.equal(await store.load({ system: SYS, name: 'f' }).catch(() => 'down'), 'down');
  store.down = false;
  t.same(await runtime.drain(3000), [], 'the drain completes');
  t.same(await stored(store, 'f'), { count: 2 }, 'and the state is written');
});

t.test('activation: a failed final save with nobody waiting keeps the actor in service', async (t) => {
  const host = new TestHost();
  const { runtime, store } = makeRuntime(host);
  runtime.register(registration([actorDef('k', { deactivateMs: 30 })]));
  await runtime.invoke(call('k', 'add'), '', '');
  const save = gate();
  store.saveGate = save.wait;
  await until(() => runtime.activeCount === 0);
  store.down = true;
  store.saveGate = undefined;
  save.open();
  await until(() => runtime.activeCount === 1);
  t.same(valueOf(await runtime.invoke(call('k', 'add'), '', '')), { count: 2 }, 'served from memory while the store is down');
  store.down = false;
  t.same(await runtime.drain(3000), []);
  t.same(await stored(store, 'k'), { count: 2 });
});

t.test('two runtimes on one store: a stale copy is reloaded, never acknowledged', async (t) => {
  const store = new ControlledStore();
  const hostA = new TestHost();
  const hostB = new TestHost();
  const a = makeRuntime(hostA, store).runtime;
  const b = makeRuntime(hostB, store).runtime;
  for (const h of [hostA, hostB]) h.on('checkpoint', (_, s) => ({ state: { count: (s.count ?? 0) + 1 }, checkpoint: true }));
  for (const r of [a, b]) {
    r.register(registration([actorDef('x', { actions: ['checkpoint'] })]));
    await r.invoke(call('x', 'get_state'), '', '');
  }
  t.same(valueOf(await a.invoke(call('x', 'checkpoint'), '', '')), { count: 1 });
  const [first, second] = await Promise.allSettled([b.invoke(call('x', 'checkpoint'), '', ''), b.invoke(call('x', 'checkpoint'), '', '')]);
  t.match(first, { status: 'rejected', reason: { code: 'SPAWN_ERR_STATE_CONFLICT', retryable: true } });
  t.match(second, { status: 'fulfilled' });
  if (second.status === 'fulfilled') t.same(valueOf(second.value), { count: 2 });
  const row = await store.load({ system: SYS, name: 'x' });
  t.equal(row?.revision, 2);
  t.same(fromJsonAny({ type_url: row!.typeUrl, value: row!.data }), { count: 2 });
});
