// Workflows in the host's reply: pipe, forward, side effects, broadcast, and the A -> B -> A
// cycle, through the real proxy and a real host.
import t from 'tap';
import { Kind, Status } from '../../src/hotpath/codec';
import { actor, eventually, invoke, register, spawnActors, startHost, startProxy } from '../support/harness';
import { fromJsonAny, jsonAny } from '../support/protocol';

const SYS = 'wf-sys';
const WF = ['workflow', 'echo', 'add', 'callback', 'listen'];

t.test('workflows', async (t) => {
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port) });
  await register(proxy, SYS, [
    actor('a', { stateful: false, actions: WF }),
    actor('b', { stateful: false, actions: WF }),
    actor('c', { stateful: false, actions: WF }),
    actor('cycA', { stateful: false, actions: WF }),
    actor('cycB', { stateful: false, actions: WF }),
    actor('l1', { stateful: false, actions: WF, channels: [{ topic: 'news', action: 'listen' }] }),
    actor('l2', { stateful: false, actions: WF, channels: [{ topic: 'news', action: 'listen' }, { topic: 'other' }] }),
    actor('tmpl', { kind: Kind.UNNAMED, parent: 'tmpl', stateful: false, actions: WF, channels: [{ topic: 'news', action: 'listen' }] }),
  ]);
  const calls = async (name: string, action?: string) => (await host.calls()).filter((c) => c.actor === name && (action === undefined || c.action === action));

  await t.test('pipe: the next actor gets the reply and its reply is returned', async (t) => {
    const r = await invoke(proxy, {
      system: SYS,
      actor: 'a',
      action: 'workflow',
      value: jsonAny({ reply: { x: 'from-a' }, workflow: { pipe: { actor: 'b', action: 'workflow' } } }),
    });
    t.equal(r.response.status?.status, Status.OK);
    t.same(fromJsonAny(r.response.value), { last: { x: 'from-a' }, count: 1 }, "b's reply, computed from a's reply");
    const bCall = (await calls('b', 'workflow'))[0]!;
    t.equal(bCall.caller, 'a', 'the piping actor is the caller');
  });

  await t.test('pipe with register_ref spawns the target', async (t) => {
    const r = await invoke(proxy, {
      system: SYS,
      actor: 'a',
      action: 'workflow',
      value: jsonAny({ reply: { y: 1 }, workflow: { pipe: { actor: 'fresh', action: 'echo', ref: 'tmpl' } } }),
    });
    t.same(fromJsonAny(r.response.value), { y: 1 });
    t.equal((await calls('fresh', 'echo'))[0]?.parent, 'tmpl');
  });

  await t.test('forward: the next actor gets the original input', async (t) => {
    const input = { note: 'orig', reply: { ignored: true }, workflow: { forward: { actor: 'c', action: 'echo' } } };
    const r = await invoke(proxy, { system: SYS, actor: 'a', action: 'workflow', value: jsonAny(input) });
    t.same(fromJsonAny(r.response.value), input, "c echoed the original payload, not a's reply");
  });

  await t.test('side effects run without delaying the reply; metadata is merged', async (t) => {
    const r = await invoke(proxy, {
      system: SYS,
      actor: 'a',
      action: 'workflow',
      metadata: { m1: 'orig', shared: 'orig' },
      value: jsonAny({
        reply: { done: true },
        workflow: { effects: [{ actor: 'c', action: 'add', metadata: { shared: 'effect' } }] },
      }),
    });
    t.same(fromJsonAny(r.response.value), { done: true }, "the caller gets a's own reply");
    const effect = await eventually(async () => (await calls('c', 'add'))[0]);
    t.same(effect.metadata, { m1: 'orig', shared: 'effect' }, "the effect's keys win");
    t.equal(effect.caller, 'a');
  });

  await t.test('a delayed side effect runs after scheduled_to', async (t) => {
    const sent = Date.now();
    await invoke(proxy, {
      system: SYS,
      actor: 'a',
      action: 'workflow',
      value: jsonAny({ workflow: { effects: [{ actor: 'b', action: 'add', delayMs: 400 }] } }),
    });
    const effect = await eventually(async () => (await calls('b', 'add'))[0]);
    t.ok(effect.at >= sent + 400, `ran ${effect.at - sent} ms after the call`);
  });

  await t.test('broadcast reaches subscribed actors that were never invoked', async (t) => {
    await spawnActors(proxy, SYS, [{ name: 'inst', parent: 'tmpl' }]);
    await invoke(proxy, {
      system: SYS,
      actor: 'a',
      action: 'workflow',
      value: jsonAny({ workflow: { broadcast: { topic: 'news', payload: { note: 'hello' } } } }),
    });
    const got = await eventually(async () => {
      const c = (await host.calls()).filter((x) => x.action === 'listen');
      return c.length >= 4 ? c : undefined;
    });
    t.same(
      got.map((c) => c.actor).sort(),
      ['fresh', 'inst', 'l1', 'l2'],
      'named subscribers and spawned instances (fresh came from the pipe register_ref), not the template',
    );
    t.ok(
      got.every((c) => c.caller === 'a' && (c.payload as { note: string }).note === 'hello'),
      'publisher is the caller',
    );
  });

  await t.test('A -> B -> A fails with a cycle error instead of hanging', async (t) => {
    const r = await invoke(proxy, {
      system: SYS,
      actor: 'cycA',
      action: 'callback',
      metadata: { 'request-timeout': '20000' },
      value: jsonAny({
        target: { actor: 'cycB', action: 'callback', proxy: proxy.url },
        next: { target: { actor: 'cycA', action: 'echo', proxy: proxy.url } },
      }),
    });
    t.equal(r.response.status?.status, Status.OK, 'the outer call completes');
    const outer = fromJsonAny<{ innerValue: { inner: string; innerStatus: number } }>(r.response.value)!;
    t.equal(outer.innerValue.innerStatus, Status.ERROR);
    t.match(outer.innerValue.inner, /SPAWN_ERR_INVOCATION_CYCLE: invocation cycle wf-sys\/cycA -> wf-sys\/cycB -> wf-sys\/cycA/);
  });
});
