// Spawn 0.5-era SDKs: Kind 1/2 mean ABSTRACT/SINGLETON, the channel is one string and
// actions are "commands". Served when PROXY_PROTOCOL_COMPAT=0.5.
import t from 'tap';
import { Status, compat05, protocol, type IV05Actor, type InvocationResponse } from '../../src/hotpath/codec';
import { post, startHost, startProxy, spawnActors } from '../support/harness';
import { fromJsonAny, jsonAny } from '../support/protocol';

const SYS = 'old-sys';

function actor05(name: string, kind: number, channel: string): IV05Actor {
  return {
    id: { name, system: SYS, parent: kind === 1 ? name : '' },
    state: { tags: {} },
    settings: { kind, stateful: true, deactivationStrategy: { timeout: { timeout: 60_000 } } },
    commands: [{ name: 'add' }],
    timerCommands: [],
    metadata: { channelGroup: channel, tags: {} },
  };
}

t.test('a Spawn 0.5 host', async (t) => {
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port), PROXY_PROTOCOL_COMPAT: '0.5' });
  const reg = await post(
    `${proxy.url}/api/v1/system`,
    compat05.RegistrationRequest.encode({
      serviceInfo: { serviceName: 'old' },
      actorSystem: {
        name: SYS,
        registry: { actors: { single: actor05('single', 2, 'news'), tmpl: actor05('tmpl', 1, '') } },
      },
    }).finish(),
  );
  t.equal(reg.status, 200, 'registration with a string channel_group decodes');
  t.equal(protocol.RegistrationResponse.decode(reg.body).status?.status, Status.OK);

  const invoke05 = async (name: string): Promise<InvocationResponse> => {
    const res = await post(
      `${proxy.url}/api/v1/system/${SYS}/actors/${name}/invoke`,
      compat05.InvocationRequest.encode({
        system: { name: SYS },
        actor: { id: { name, system: SYS } },
        commandName: 'add',
        value: jsonAny({ by: 2 }),
      }).finish(),
    );
    return protocol.InvocationResponse.decode(res.body);
  };

  const single = await invoke05('single');
  t.equal(single.status?.status, Status.OK, 'SINGLETON (2) is a named actor');
  t.same(fromJsonAny(single.value), { count: 2 });

  const spawned = await spawnActors(proxy, SYS, [{ name: 'child', parent: 'tmpl' }]);
  t.ok(spawned.ok, 'ABSTRACT (1) is a template that can be spawned');
  const child = await invoke05('child');
  t.equal(child.status?.status, Status.OK);
  const call = (await host.calls()).find((c) => c.actor === 'child')!;
  t.equal(call.parent, 'tmpl');
  t.equal(call.action, 'add', 'command_name arrives as the action');
});

t.test('without the compat setting, kind 1 is NAMED', async (t) => {
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port) });
  const reg = await post(
    `${proxy.url}/api/v1/system`,
    protocol.RegistrationRequest.encode({
      actorSystem: {
        name: SYS,
        registry: {
          actors: {
            one: { id: { name: 'one', system: SYS }, settings: { kind: 1 }, actions: [{ name: 'add' }] },
          },
        },
      },
    }).finish(),
  );
  t.equal(reg.status, 200);
  const spawned = await spawnActors(proxy, SYS, [{ name: 'x', parent: 'one' }]);
  t.ok(spawned.ok, 'spawning from any registered actor is allowed, as in Spawn');
  const res = await post(
    `${proxy.url}/api/v1/system/${SYS}/actors/one/invoke`,
    protocol.InvocationRequest.encode({ system: { name: SYS }, actor: { id: { name: 'one', system: SYS } }, actionName: 'add' }).finish(),
  );
  t.equal(protocol.InvocationResponse.decode(res.body).status?.status, Status.OK);
});
