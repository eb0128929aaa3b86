// Activation, init actions, deactivation, timers, async invocations and turn-taking,
// through the real proxy and a real host process.
import t from 'tap';
import { Status } from '../../src/hotpath/codec';
import { actor, eventually, invoke, register, startHost, startProxy, type HostCall } from '../support/harness';
import { fromJsonAny, jsonAny } from '../support/protocol';

const SYS = 'life-sys';

t.test('lifecycle', async (t) => {
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port) });
  const callsOf = async (name: string, action?: string): Promise<HostCall[]> =>
    (await host.calls()).filter((c) => c.actor === name && (action === undefined || c.action === action));

  await register(proxy, SYS, [
    actor('warm', { actions: ['init', 'add'] }),
    actor('lazy', { stateful: false, actions: ['setup', 'add'] }),
    actor('sleepy', { actions: ['init', 'add'], deactivateMs: 300, snapshotMs: 60_000 }),
    actor('ticker', { stateful: false, actions: ['add'], timers: [{ action: 'tick', ms: 50 }], deactivateMs: 400 }),
    actor('busy', { actions: ['slow'] }),
    actor('asyncer', { actions: ['add', 'slow'] }),
    actor('saver', { actions: ['checkpoint'] }),
  ]);

  await t.test('stateful named actors are warmed up at registration', async (t) => {
    const inits = await eventually(async () => {
      const c = await callsOf('warm', 'init');
      return c.length ? c : undefined;
    });
    t.equal(inits.length, 1, 'init ran once, before any invocation');
    t.equal(inits[0]!.caller, 'warm', 'the init action is called with the actor itself as caller');
    t.same(await callsOf('lazy'), [], 'stateless actors are not warmed up');
  });

  await t.test('the init action runs once per activation, before the first turn', async (t) => {
    for (let i = 0; i < 3; i++) await invoke(proxy, { system: SYS, actor: 'lazy', action: 'add' });
    const calls = await callsOf('lazy');
    t.same(
      calls.map((c) => c.action),
      ['setup', 'add', 'add', 'add'],
    );
    t.same(calls[1]!.state, { inits: 1 }, 'state returned by the init action is applied');
  });

  await t.test('an idle actor deactivates, saves, and reactivates with its state', async (t) => {
    // No timing assumption: on a busy machine the warmed-up actor may already have been
    // deactivated (and its first add reactivates it); what counts is what follows an observed
    // deactivation.
    const deactivations = (): number =>
      proxy
        .logs()
        .split('\n')
        .filter((l) => l.includes('"actor deactivated"') && l.includes('"actor":"sleepy"')).length;
    const first = await invoke(proxy, { system: SYS, actor: 'sleepy', action: 'add', value: jsonAny({ by: 7 }) });
    const { inits } = fromJsonAny<{ count: number; inits: number }>(first.response.value)!;
    t.same(fromJsonAny(first.response.value), { count: 7, inits }, 'the add applied');
    const seen = deactivations();
    const before = (await callsOf('sleepy')).length;
    await eventually(async () => (deactivations() > seen ? true : undefined), 10_000);
    const r = await invoke(proxy, { system: SYS, actor: 'sleepy', action: 'add', value: jsonAny({ by: 1 }) });
    t.same(fromJsonAny(r.response.value), { count: 8, inits: inits + 1 }, 'state survived deactivation; init ran again');
    const actions = (await callsOf('sleepy')).slice(before).map((c) => c.action);
    t.same(actions, ['init', 'add'], 'the reactivation ran init, then the call');
  });

  await t.test('timer actions run while the actor is active, and stop when it deactivates', async (t) => {
    await invoke(proxy, { system: SYS, actor: 'ticker', action: 'add' });
    const ticks = await eventually(async () => {
      const c = await callsOf('ticker', 'tick');
      return c.length >= 3 ? c : undefined;
    });
    t.ok(ticks.length >= 3, 'ticks arrive periodically');
    t.equal(ticks[0]!.caller, 'ticker', 'timer invocations have the actor as caller');
    // Timer turns do not count as activity: the actor deactivates and the ticks stop.
    await eventually(async () => {
      const a = (await callsOf('ticker', 'tick')).length;
      await new Promise((r) => setTimeout(r, 300));
      return (await callsOf('ticker', 'tick')).length === a ? true : undefined;
    }, 5000);
    t.pass('ticks stopped after deactivation');
  });

  await t.test('30 concurrent calls to one actor never overlap at the host', async (t) => {
    const results = await Promise.all(
      Array.from({ length: 30 }, () => invoke(proxy, { system: SYS, actor: 'busy', action: 'slow', value: jsonAny({ ms: 5 }) })),
    );
    t.ok(
      results.every((r) => r.response.status?.status === Status.OK),
      'all 30 succeed',
    );
    const counts = results.map((r) => (fromJsonAny<{ count: number }>(r.response.value) ?? { count: 0 }).count).sort((a, b) => a - b);
    t.same(
      counts,
      Array.from({ length: 30 }, (_, i) => i + 1),
      'each call saw the state of exactly the calls before it',
    );
    const overlap = await host.overlap();
    t.equal(overlap[`${SYS}//busy`], 1, 'at most one call in flight at the host for this actor');
  });

  await t.test('async invocations return at once and still run in order', async (t) => {
    const r = await invoke(proxy, { system: SYS, actor: 'asyncer', action: 'slow', async: true, value: jsonAny({ ms: 200 }) });
    t.equal(r.response.status?.status, Status.OK);
    t.equal(r.response.value, null, 'no payload for async calls');
    t.same(await callsOf('asyncer', 'slow').then((c) => c.length <= 1), true);
    await invoke(proxy, { system: SYS, actor: 'asyncer', action: 'add', async: true });
    const state = await eventually(async () => {
      const s = await invoke(proxy, { system: SYS, actor: 'asyncer', action: 'get' });
      const v = fromJsonAny<{ count: number }>(s.response.value);
      return v?.count === 2 ? v : undefined;
    });
    t.same(state, { count: 2 }, 'both async calls applied');
    t.same(
      (await callsOf('asyncer')).map((c) => c.action),
      ['slow', 'add'],
      'in the order they were sent',
    );
  });

  await t.test('an async invocation of an unknown action is refused up front', async (t) => {
    const r = await invoke(proxy, { system: SYS, actor: 'asyncer', action: 'missing', async: true });
    t.equal(r.response.status?.status, Status.ERROR);
    t.match(r.response.status?.message, /SPAWN_ERR_ACTION_NOT_FOUND/);
  });

  await t.test('a scheduled invocation runs later', async (t) => {
    const at = Date.now() + 300;
    const r = await invoke(proxy, { system: SYS, actor: 'lazy', action: 'add', scheduledTo: at });
    t.equal(r.response.status?.status, Status.OK);
    const before = (await callsOf('lazy', 'add')).length;
    const call = await eventually(async () => {
      const c = await callsOf('lazy', 'add');
      return c.length > before ? c[c.length - 1] : undefined;
    });
    t.ok(call.at >= at, 'not before scheduled_to');
  });

  await t.test('checkpoint saves before replying', async (t) => {
    const r = await invoke(proxy, { system: SYS, actor: 'saver', action: 'checkpoint' });
    t.same(fromJsonAny(r.response.value), { count: 1 });
    // The snapshot timer is 1 s away, so only the checkpoint can have written revision 1.
    const res = await fetch(`${proxy.url}/api/v1/system/${SYS}/actors/saver`, { headers: { accept: 'application/json' } });
    t.equal(((await res.json()) as { revision: number }).revision, 1, 'the state was written before the reply');
  });
});
