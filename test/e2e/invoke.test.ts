// Registration, invocation and state, through the real proxy and a real host process.
import t from 'tap';
import { Status, protocol } from '../../src/hotpath/codec';
import { actor, get, invoke, register, startHost, startProxy } from '../support/harness';
import { fromJsonAny, jsonAny } from '../support/protocol';

const SYS = 'invoke-sys';

t.test('invocations through the proxy', async (t) => {
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port) });
  const reg = await register(proxy, SYS, [actor('counter', { actions: ['add', 'echo', 'tag'] }), actor('own-get', { actions: ['get', 'add'] })]);
  t.equal(reg.status?.status, Status.OK, 'registration is accepted');
  t.equal(reg.proxyInfo?.protocolMajorVersion, 1);

  await t.test('state is carried across calls and handed to the host', async (t) => {
    for (let i = 1; i <= 3; i++) {
      const r = await invoke(proxy, { system: SYS, actor: 'counter', action: 'add', value: jsonAny({ by: 2 }) });
      t.equal(r.status, 200);
      t.equal(r.response.status?.status, Status.OK);
      t.same(fromJsonAny(r.response.value), { count: 2 * i }, `reply ${i} carries the new state`);
    }
    const adds = (await host.calls()).filter((c) => c.actor === 'counter' && c.action === 'add');
    t.same(
      adds.map((c) => c.state?.count ?? 0),
      [0, 2, 4],
      'the host saw the state of the previous call each time',
    );
  });

  await t.test('default actions are answered by the proxy', async (t) => {
    const before = (await host.calls()).length;
    for (const action of ['get', 'Get', 'get_state', 'getState', 'GetState']) {
      const r = await invoke(proxy, { system: SYS, actor: 'counter', action });
      t.equal(r.response.status?.status, Status.OK, action);
      t.same(fromJsonAny(r.response.value), { count: 6 }, `${action} returns the state`);
    }
    t.equal((await host.calls()).length, before, 'the host was not called');
  });

  await t.test('an actor that defines a default action gets all of them', async (t) => {
    const r = await invoke(proxy, { system: SYS, actor: 'own-get', action: 'get_state' });
    t.same(fromJsonAny(r.response.value), { from: 'host' });
    t.ok((await host.calls()).some((c) => c.actor === 'own-get' && c.action === 'get_state'));
  });

  await t.test('payload, metadata and caller reach the host', async (t) => {
    const r = await invoke(proxy, {
      system: SYS,
      actor: 'counter',
      action: 'echo',
      value: jsonAny({ hello: 'world' }),
      metadata: { trace: 'abc' },
      caller: { name: 'someone', system: SYS },
    });
    t.same(fromJsonAny(r.response.value), { hello: 'world' });
    const call = (await host.calls()).find((c) => c.action === 'echo')!;
    t.same(call.metadata, { trace: 'abc' });
    t.equal(call.caller, 'someone');
    t.equal(call.system, SYS);
  });

  await t.test('tags are kept and handed back', async (t) => {
    await invoke(proxy, { system: SYS, actor: 'counter', action: 'tag', value: jsonAny({ key: 'colour', value: 'blue' }) });
    await invoke(proxy, { system: SYS, actor: 'counter', action: 'echo', value: jsonAny({}) });
    const last = (await host.calls()).filter((c) => c.action === 'echo').pop()!;
    t.same(last.tags, { colour: 'blue' });
  });

  await t.test('GET actor returns its state (broken in Spawn)', async (t) => {
    const res = await get(`${proxy.url}/api/v1/system/${SYS}/actors/counter`);
    t.equal(res.status, 200);
    const decoded = protocol.InvocationResponse.decode(res.body);
    t.same(fromJsonAny(decoded.value), { count: 6 });
    t.same(decoded.actor?.state?.tags, { colour: 'blue' });
    const json = await get(`${proxy.url}/api/v1/system/${SYS}/actors/counter`, { accept: 'application/json' });
    const body = JSON.parse(json.body.toString()) as { state: { json: unknown }; tags: unknown };
    t.same(body.state.json, { count: 6 });
  });

  await t.test('a second host can register more actors into the same system', async (t) => {
    const second = await register(proxy, SYS, [actor('other', { stateful: false, actions: ['echo'] })]);
    t.equal(second.status?.status, Status.OK);
    const a = await invoke(proxy, { system: SYS, actor: 'other', action: 'echo', value: jsonAny({ x: 1 }) });
    t.same(fromJsonAny(a.response.value), { x: 1 });
    const b = await invoke(proxy, { system: SYS, actor: 'counter', action: 'get' });
    t.equal(b.response.status?.status, Status.OK, 'actors of the first registration are still there');
  });

  await t.test('re-registration is idempotent', async (t) => {
    const again = await register(proxy, SYS, [actor('counter', { actions: ['add', 'echo', 'tag'] })]);
    t.equal(again.status?.status, Status.OK);
    const r = await invoke(proxy, { system: SYS, actor: 'counter', action: 'get' });
    t.same(fromJsonAny(r.response.value), { count: 6 }, 'the live actor kept its state');
  });
});
