// UNNAMED templates (spawn route, register_ref) and POOLED actors (pooled=true routing).
import t from 'tap';
import { Kind, Status } from '../../src/hotpath/codec';
import { actor, invoke, register, spawnActors, startHost, startProxy } from '../support/harness';
import { fromJsonAny, jsonAny } from '../support/protocol';

const SYS = 'unnamed-sys';

t.test('unnamed and pooled actors', async (t) => {
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port) });
  await register(proxy, SYS, [
    actor('user', { kind: Kind.UNNAMED, parent: 'user', actions: ['add'] }),
    actor('worker', { kind: Kind.POOLED, stateful: false, minPool: 1, maxPool: 4, actions: ['echo'] }),
    actor('named', { actions: ['add'] }),
  ]);

  await t.test('the spawn route creates instances that keep their own state', async (t) => {
    const s = await spawnActors(proxy, SYS, [
      { name: 'alice', parent: 'user' },
      { name: 'bob', parent: 'user' },
    ]);
    t.equal(s.status, 200);
    t.ok(s.ok);
    await invoke(proxy, { system: SYS, actor: 'alice', action: 'add', value: jsonAny({ by: 3 }) });
    const bob = await invoke(proxy, { system: SYS, actor: 'bob', action: 'add' });
    t.same(fromJsonAny(bob.response.value), { count: 1 }, 'instances do not share state');
    const call = (await host.calls()).find((c) => c.actor === 'alice')!;
    t.equal(call.parent, 'user', 'the host sees the template as parent');
    const again = await spawnActors(proxy, SYS, [{ name: 'alice', parent: 'user' }]);
    t.ok(again.ok, 'spawning an existing instance again is idempotent');
  });

  await t.test('register_ref spawns and invokes in one call', async (t) => {
    const r = await invoke(proxy, { system: SYS, actor: 'carol', action: 'add', registerRef: 'user' });
    t.equal(r.response.status?.status, Status.OK);
    t.same(fromJsonAny(r.response.value), { count: 1 });
    const r2 = await invoke(proxy, { system: SYS, actor: 'carol', action: 'add', registerRef: 'user' });
    t.same(fromJsonAny(r2.response.value), { count: 2 }, 'the second call reaches the same instance');
  });

  await t.test('spawn errors name the problem', async (t) => {
    const missing = await spawnActors(proxy, SYS, [{ name: 'dave', parent: 'nobody' }]);
    t.equal(missing.status, 404);
    t.match(missing.message, /SPAWN_ERR_TEMPLATE_NOT_FOUND: cannot spawn actor 'dave' .* no actor named 'nobody'/);
    const clash = await spawnActors(proxy, SYS, [{ name: 'named', parent: 'user' }]);
    t.equal(clash.status, 409);
    t.match(clash.message, /SPAWN_ERR_ACTOR_NAME_CONFLICT/);
    const noRef = await invoke(proxy, { system: SYS, actor: 'erin', action: 'add' });
    t.match(noRef.response.status?.message, /actor 'erin' is not registered .* register_ref/);
    const badRev = await spawnActors(proxy, SYS, [{ name: 'frank', parent: 'user' }], '?revision=abc');
    t.equal(badRev.status, 400);
    t.match(badRev.message, /revision must be a non-negative integer/);
  });

  await t.test('pooled=true spreads calls over pool members; the host sees the original name', async (t) => {
    for (let i = 0; i < 40; i++) {
      const r = await invoke(proxy, { system: SYS, actor: 'worker', action: 'echo', pooled: true, value: jsonAny({ i }) });
      t.same(fromJsonAny(r.response.value), { i });
    }
    const calls = (await host.calls()).filter((c) => c.action === 'echo');
    t.ok(
      calls.every((c) => c.actor === 'worker'),
      'actor name is the registered name',
    );
    const parents = new Set(calls.map((c) => c.parent));
    t.ok(
      [...parents].every((p) => /^worker-[1-4]$/.test(p)),
      `parents are pool aliases: ${[...parents].join(',')}`,
    );
    t.ok(parents.size > 1, 'more than one member served the calls');
    const direct = await invoke(proxy, { system: SYS, actor: 'worker', action: 'echo', value: jsonAny({ d: 1 }) });
    t.equal(direct.response.status?.status, Status.OK, 'without pooled=true the actor itself is invoked');
    const last = (await host.calls()).pop()!;
    t.equal(last.parent, '', 'not through an alias');
  });
});
