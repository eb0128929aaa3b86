import t from 'tap';
import { SpawnError } from '../../src/errors';
import { Kind, compat05, decodeMessage, hostResponseFromV05, invocationFromV05, protocol, registrationFromV05 } from '../../src/hotpath/codec';

t.test('InvocationRequest round trip keeps every field', async (t) => {
  const req = {
    system: { name: 'sys' },
    actor: { id: { name: 'a', system: 'sys', parent: 'p' } },
    actionName: 'act',
    value: { type_url: 'type.googleapis.com/x.Y', value: Buffer.from([1, 2, 3]) },
    async: true,
    caller: { name: 'c', system: 'sys' },
    metadata: { k: 'v' },
    scheduledTo: 1_764_000_000_123,
    pooled: true,
    registerRef: 'tmpl',
  };
  const back = protocol.InvocationRequest.decode(protocol.InvocationRequest.encode(req).finish());
  t.equal(back.actionName, 'act');
  t.equal(back.scheduledTo, 1_764_000_000_123, 'int64 milliseconds decode as plain numbers');
  t.equal(typeof back.scheduledTo, 'number');
  t.same(Buffer.from(back.value!.value!), Buffer.from([1, 2, 3]));
  t.equal(back.value!.type_url, 'type.googleapis.com/x.Y');
  t.equal(back.payload, 'value');
  t.same(back.metadata, { k: 'v' });
  t.equal(back.registerRef, 'tmpl');
  t.equal(back.actor!.id!.parent, 'p');
});

t.test('field numbers match the Spawn 1.x wire contract', async (t) => {
  // ActorInvocationResponse.checkpoint is field 7 (varint): tag byte 7 << 3 = 0x38.
  const bytes = protocol.ActorInvocationResponse.encode({ checkpoint: true }).finish();
  t.same([...bytes], [0x38, 0x01]);
  // InvocationRequest.register_ref is field 11 (length-delimited): tag 11 << 3 | 2 = 0x5a.
  t.same([...protocol.InvocationRequest.encode({ registerRef: 'x' }).finish()], [0x5a, 0x01, 0x78]);
  // Metadata.channel_group is field 1, repeated Channel{topic=1, action=2}.
  t.same([...protocol.actors.Metadata.encode({ channelGroup: [{ topic: 't' }] }).finish()], [0x0a, 0x03, 0x0a, 0x01, 0x74]);
  t.equal(Kind.NAMED, 1);
  t.equal(Kind.UNNAMED, 2);
  t.equal(Kind.POOLED, 3);
  t.equal(Kind.PROXY, 4);
  t.equal(Kind.TASK, 5);
});

t.test('a Spawn 2.x (spawn.*) type URL passes through untouched', async (t) => {
  const any = { type_url: 'type.googleapis.com/spawn.JSONType', value: Buffer.from('x') };
  const back = protocol.Context.decode(protocol.Context.encode({ state: any }).finish());
  t.equal(back.state!.type_url, 'type.googleapis.com/spawn.JSONType');
});

t.test('decodeMessage turns decoder failures into SPAWN_ERR_BAD_PROTOBUF', async (t) => {
  const err = t.throws(() => decodeMessage(protocol.InvocationRequest, 'InvocationRequest', Buffer.from([0x0a, 0xff, 0x01])));
  t.type(err, SpawnError);
  t.equal((err as SpawnError).code, 'SPAWN_ERR_BAD_PROTOBUF');
  t.match((err as SpawnError).message, /not a valid InvocationRequest \(3 bytes\)/);
  t.throws(() => decodeMessage(protocol.InvocationRequest, 'InvocationRequest', Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f])));
});

t.test('Spawn 0.5 registration reads kinds and the string channel', async (t) => {
  const bytes = compat05.RegistrationRequest.encode({
    actorSystem: {
      name: 's',
      registry: {
        actors: {
          abs: { id: { name: 'abs' }, settings: { kind: 1 }, commands: [{ name: 'go' }], metadata: { channelGroup: 'news' } },
          one: { id: { name: 'one' }, settings: { kind: 2 }, timerCommands: [{ seconds: 100, action: { name: 'tick' } }] },
        },
      },
    },
  }).finish();
  const reg = registrationFromV05(bytes);
  const abs = reg.actorSystem!.registry!.actors!.abs!;
  t.equal(abs.settings!.kind, Kind.UNNAMED, 'ABSTRACT(1) is UNNAMED');
  t.same(abs.actions, [{ name: 'go' }]);
  t.same(abs.metadata!.channelGroup, [{ topic: 'news', action: '' }]);
  const one = reg.actorSystem!.registry!.actors!.one!;
  t.equal(one.settings!.kind, Kind.NAMED, 'SINGLETON(2) is NAMED');
  t.equal(one.timerActions![0]!.seconds, 100);
  t.equal(one.timerActions![0]!.action!.name, 'tick');
});

t.test('Spawn 0.5 invocations and host replies', async (t) => {
  const inv = invocationFromV05(compat05.InvocationRequest.encode({ system: { name: 's' }, commandName: 'go', async: true }).finish());
  t.equal(inv.actionName, 'go');
  t.equal(inv.async, true);
  const reply = hostResponseFromV05(
    compat05.ActorInvocationResponse.encode({
      updatedContext: {},
      workflow: { broadcast: { channelGroup: 'news', commandName: 'hear' } },
    }).finish(),
  );
  t.equal(reply.broadcastAction, 'hear');
  t.equal(reply.response.workflow!.broadcast!.channelGroup, 'news');
});
