// eigr/spawn-python-sdk speaks Spawn 1.x but still sends two 0.5 shapes: Metadata.channel_group
// as one string, and Broadcast field 2 (action_name) naming the subscribers' action. Both are
// accepted in the default (1.x) mode, through the real proxy process and the protocol test host.
import t from 'tap';
import { Kind, Status, compat05, protocol, type IV05Actor } from '../../src/hotpath/codec';
import { eventually, invoke, post, spawnActors, startHost, startProxy } from '../support/harness';
import { jsonAny } from '../support/protocol';

const SYS = 'py-sys';
const ACTIONS = ['workflow', 'receive', 'listen'];

/** An actor as the Python SDK registers it: 1.x kinds, the channel as a plain string. */
function pyActor(name: string, kind: number, channel: string): IV05Actor {
  return {
    id: { name, system: SYS, parent: '' },
    state: { tags: {} },
    settings: {
      kind,
      stateful: false,
      snapshotStrategy: { timeout: { timeout: 2000 } },
      deactivationStrategy: { timeout: { timeout: 60_000 } },
    },
    commands: ACTIONS.map((name) => ({ name })), // same field (4) as 1.x `actions`
    timerCommands: [],
    metadata: { channelGroup: channel, tags: {} },
  };
}

t.test('a Python-SDK-shaped host in the default 1.x mode', async (t) => {
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port) });

  const body = compat05.RegistrationRequest.encode({
    serviceInfo: { serviceName: 'spawn-python-sdk', supportLibraryName: 'spawn-python-sdk', protocolMajorVersion: 1, protocolMinorVersion: 1 },
    actorSystem: {
      name: SYS,
      registry: {
        actors: {
          pub: pyActor('pub', Kind.NAMED, ''),
          sub: pyActor('sub', Kind.NAMED, 'news'),
          tmpl: pyActor('tmpl', Kind.UNNAMED, 'news'),
          other: pyActor('other', Kind.NAMED, 'sports'),
        },
      },
    },
  }).finish();
  t.throws(() => protocol.RegistrationRequest.decode(body), 'the body is not a strict 1.x RegistrationRequest');
  const reg = await post(`${proxy.url}/api/v1/system`, body);
  const regStatus = protocol.RegistrationResponse.decode(reg.body).status;
  t.equal(reg.status, 200, `registration accepted (${regStatus?.message})`);
  t.equal(regStatus?.status, Status.OK);

  const spawned = await spawnActors(proxy, SYS, [{ name: 'kid', parent: 'tmpl' }]);
  t.ok(spawned.ok, 'kind 2 keeps its 1.x meaning: UNNAMED, spawnable');

  const listeners = async (action: string) => (await host.calls()).filter((c) => c.action === action && c.actor !== 'pub');

  await t.test('a broadcast to the string channel runs `receive` on its subscribers', async (t) => {
    const r = await invoke(proxy, {
      system: SYS,
      actor: 'pub',
      action: 'workflow',
      value: jsonAny({ reply: { ok: true }, workflow: { broadcast: { topic: 'news', payload: { note: 'hello' } } } }),
    });
    t.equal(r.response.status?.status, Status.OK);
    const got = await eventually(async () => {
      const c = await listeners('receive');
      return c.length >= 2 ? c : undefined;
    });
    t.same(got.map((c) => c.actor).sort(), ['kid', 'sub'], 'the named subscriber and the spawned instance of the subscribed template');
    t.equal(got.find((c) => c.actor === 'kid')!.parent, 'tmpl');
    t.ok(
      got.every((c) => c.caller === 'pub' && (c.payload as { note: string }).note === 'hello'),
      'publisher is the caller, payload delivered',
    );
    await new Promise((r) => setTimeout(r, 200));
    t.same(
      (await host.calls()).filter((c) => c.actor === 'other'),
      [],
      'a subscriber of another channel is not called',
    );
  });

  await t.test("a broadcast that names its action (Broadcast #2, the SDK's action_name) runs that action", async (t) => {
    await host.reset();
    const r = await invoke(proxy, {
      system: SYS,
      actor: 'pub',
      action: 'workflow',
      value: jsonAny({ workflow: { broadcast: { topic: 'news', action: 'listen', payload: { note: 'named' } } } }),
    });
    t.equal(r.response.status?.status, Status.OK);
    const got = await eventually(async () => {
      const c = await listeners('listen');
      return c.length >= 2 ? c : undefined;
    });
    t.same(got.map((c) => c.actor).sort(), ['kid', 'sub']);
    t.ok(got.every((c) => (c.payload as { note: string }).note === 'named'));
    t.same(await listeners('receive'), [], 'not the channel default');
  });

  await t.test('malformed registrations are still refused with SPAWN_ERR_BAD_PROTOBUF', async (t) => {
    const bad = Buffer.concat([body, Buffer.from([0x12, 0x05, 0x01])]); // a truncated trailing actor_system
    const res = await post(`${proxy.url}/api/v1/system`, bad);
    t.equal(res.status, 400);
    const s = protocol.RegistrationResponse.decode(res.body).status;
    t.equal(s?.status, Status.ERROR);
    t.match(s?.message, /SPAWN_ERR_BAD_PROTOBUF: body is not a valid RegistrationRequest/);
  });
});
