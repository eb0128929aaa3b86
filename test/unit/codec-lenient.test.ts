// 0.5-shaped fields sent by 1.x-era SDKs (eigr/spawn-python-sdk), read in the default 1.x mode:
// a string Metadata.channel_group is that topic, Broadcast #2 names the subscribers' action.
import t from 'tap';
import { SpawnError } from '../../src/errors';
import { Kind, broadcastActionOf, compat05, decodeMessage, protocol, stringChannelTopic, type IActor } from '../../src/hotpath/codec';

// What eigr/spawn-python-sdk (main) sends for its example (example/joe.py + example/unnamed_actor.py):
// RegistrationRequest of system "spawn-system" with "joe" (NAMED, channel "test" as a string,
// action setLanguage, timer hi every 1000) and "abs_actor" (UNNAMED, no channel), serialized
// by the SDK's ActorController.register().
const PYTHON_REGISTRATION = Buffer.from(
  '0a5a0a10737061776e2d707974686f6e2d73646b1205302e312e301a22507974686f6e20332e31312e32205b43507974686f6e20' +
    '4743432031322e322e305d2210737061776e2d707974686f6e2d73646b2a05302e312e303001380112ba010a0c737061776e2d73' +
    '797374656d12a9010a550a036a6f65124e0a130a036a6f65120c737061776e2d73797374656d12001a13080110011a050a0308d0' +
    '0f22060a0408b0ea01220d0a0b7365744c616e67756167652a0908e80712040a02686932060a04746573740a500a096162735f61' +
    '63746f7212430a190a096162735f6163746f72120c737061776e2d73797374656d12001a13080210011a050a0308d00f22060a04' +
    '08b0ea01220d0a0b7365744c616e67756167653200',
  'hex',
);

// The same SDK's ActorInvocationResponse for joe's timer action "hi": new state, noop, and
// workflow.broadcast{channel_group "test", action_name (#2) "setLanguage", value domain.Request}.
const PYTHON_BROADCAST_REPLY = Buffer.from(
  '0a036a6f65120c737061776e2d73797374656d1a2e0a2c0a20747970652e676f6f676c65617069732e636f6d2f646f6d61696e2e' +
    '537461746512080a06707974686f6e2a4512430a0474657374120b7365744c616e67756167651a2e0a22747970652e676f6f676c' +
    '65617069732e636f6d2f646f6d61696e2e5265717565737412080a06707974686f6e3200',
  'hex',
);

const decodeRegistration = (bytes: Uint8Array) => decodeMessage(protocol.RegistrationRequest, 'RegistrationRequest', bytes);

/** A registration whose actors' channel_group is a 0.5 string (the Python SDK's shape). */
function stringChannelRegistration(channels: Record<string, string>): Uint8Array {
  const actors: Record<string, ReturnType<typeof compat05.Actor.create>> = {};
  for (const [name, channel] of Object.entries(channels)) {
    actors[name] = compat05.Actor.create({
      id: { name, system: 's' },
      settings: { kind: Kind.NAMED, stateful: true },
      commands: [{ name: 'receive' }],
      metadata: { channelGroup: channel, tags: { k: 'v' } },
    });
  }
  return compat05.RegistrationRequest.encode({ serviceInfo: { serviceName: 'py' }, actorSystem: { name: 's', registry: { actors } } }).finish();
}

t.test('the Python SDK registration decodes in 1.x mode', async (t) => {
  t.throws(() => protocol.RegistrationRequest.decode(PYTHON_REGISTRATION), /invalid wire type 4/, 'the strict decoder refuses it');
  const reg = decodeRegistration(PYTHON_REGISTRATION);
  t.equal(reg.serviceInfo?.serviceName, 'spawn-python-sdk');
  t.equal(reg.serviceInfo?.protocolMajorVersion, 1);
  t.equal(reg.actorSystem?.name, 'spawn-system');
  const joe = reg.actorSystem!.registry!.actors!.joe!;
  t.same(
    joe.metadata!.channelGroup!.map((c) => ({ topic: c.topic, action: c.action })),
    [{ topic: 'test', action: '' }],
    'the string is the topic; action empty = receive',
  );
  t.equal(joe.settings!.kind, Kind.NAMED, 'kinds keep their 1.x meaning');
  t.equal(joe.settings!.stateful, true);
  t.equal(joe.settings!.deactivationStrategy!.timeout!.timeout, 30_000);
  t.same(
    joe.actions!.map((a) => a.name),
    ['setLanguage'],
  );
  t.equal(joe.timerActions![0]!.seconds, 1000);
  t.equal(joe.timerActions![0]!.action!.name, 'hi');
  const abs = reg.actorSystem!.registry!.actors!.abs_actor!;
  t.equal(abs.settings!.kind, Kind.UNNAMED);
  t.same(abs.metadata!.channelGroup, [], 'no channel stays no channel');
});

t.test('string channels: printable text, multi-byte UTF-8, strings that read as a topicless Channel', async (t) => {
  const reg = decodeRegistration(stringChannelRegistration({ a: 'news', b: 'café-☕', c: 'abcdefghi', d: 'x' }));
  const topics = Object.fromEntries(Object.entries(reg.actorSystem!.registry!.actors!).map(([n, a]) => [n, a.metadata!.channelGroup!.map((c) => c.topic)]));
  t.same(topics, { a: ['news'], b: ['café-☕'], c: ['abcdefghi'], d: ['x'] });
  // 'a' is field 12 with wire type fixed64: "abcdefghi" is a valid, empty Channel for the strict decoder.
  t.equal(
    protocol.RegistrationRequest.decode(stringChannelRegistration({ c: 'abcdefghi' })).actorSystem!.registry!.actors!.c!.metadata!.channelGroup![0]!.topic,
    '',
  );
  t.same(reg.actorSystem!.registry!.actors!.a!.metadata!.tags, { k: 'v' }, 'the rest of Metadata is kept');
  t.same(
    reg.actorSystem!.registry!.actors!.a!.actions!.map((a) => a.name),
    ['receive'],
  );
});

t.test('well-formed 1.x registrations decode exactly as before', async (t) => {
  const actor = (name: string, channels: Array<{ topic: string; action: string }>): IActor => ({
    id: { name, system: 's' },
    settings: { kind: Kind.UNNAMED, stateful: false },
    actions: [{ name: 'go' }],
    metadata: { channelGroup: channels, tags: {} },
  });
  const bytes = protocol.RegistrationRequest.encode({
    actorSystem: {
      name: 's',
      registry: {
        actors: {
          a: actor('a', [
            { topic: 't1', action: 'hear' },
            { topic: 't2', action: '' },
          ]),
          b: actor('b', []),
        },
      },
    },
  }).finish();
  const strict = protocol.RegistrationRequest.toObject(protocol.RegistrationRequest.decode(bytes));
  t.same(protocol.RegistrationRequest.toObject(decodeRegistration(bytes)), strict);
  t.same(
    decodeRegistration(bytes).actorSystem!.registry!.actors!.a!.metadata!.channelGroup!.map((c) => [c.topic, c.action]),
    [
      ['t1', 'hear'],
      ['t2', ''],
    ],
  );
});

t.test('an action-only Channel is a Channel, not a string', async (t) => {
  // Channel{action: "x"} = 12 01 78: not printable, so it is not taken for a topic.
  const bytes = protocol.RegistrationRequest.encode({
    actorSystem: { name: 's', registry: { actors: { a: { id: { name: 'a' }, metadata: { channelGroup: [{ action: 'x' }] } } } } },
  }).finish();
  const a = decodeRegistration(bytes).actorSystem!.registry!.actors!.a!;
  t.same(
    a.metadata!.channelGroup!.map((c) => [c.topic, c.action]),
    [['', 'x']],
  );
});

t.test('stringChannelTopic', async (t) => {
  t.equal(stringChannelTopic(Buffer.from('test')), 'test');
  t.equal(stringChannelTopic(protocol.actors.Channel.encode({ topic: 'test', action: 'a' }).finish()), undefined, 'a Channel with a topic');
  t.equal(stringChannelTopic(new Uint8Array()), undefined);
  t.equal(stringChannelTopic(Buffer.from([0x01, 0x02])), undefined, 'control bytes are no topic');
  t.equal(stringChannelTopic(Buffer.from([0xc3, 0x28])), undefined, 'invalid UTF-8 is no topic');
});

t.test('malformed registrations still fail with SPAWN_ERR_BAD_PROTOBUF and the strict error', async (t) => {
  const cases: Array<[string, Uint8Array]> = [
    ['garbage', Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01])],
    ['truncated', PYTHON_REGISTRATION.subarray(0, PYTHON_REGISTRATION.length - 10)],
    [
      'a channel entry that is neither a Channel nor text',
      compat05.RegistrationRequest.encode({
        actorSystem: { name: 's', registry: { actors: { a: { id: { name: 'a' }, metadata: { channelGroup: '\u0001\u0002' } } } } },
      }).finish(),
    ],
    ['a string channel plus a broken field elsewhere', Buffer.concat([stringChannelRegistration({ a: 'news' }), Buffer.from([0x0a, 0x05, 0x01])])],
  ];
  for (const [name, bytes] of cases) {
    const err = t.throws(() => decodeRegistration(bytes), name) as SpawnError;
    t.type(err, SpawnError, name);
    t.equal(err.code, 'SPAWN_ERR_BAD_PROTOBUF', name);
    t.match(err.message, /^body is not a valid RegistrationRequest \(\d+ bytes\): /, name);
  }
});

t.test('InvocationRequest and ActorInvocationResponse: string channels in actors, after a strict failure', async (t) => {
  const inv = compat05.InvocationRequest.encode({
    system: { name: 's' },
    actor: { id: { name: 'a', system: 's' }, metadata: { channelGroup: 'test' } },
    commandName: 'go',
  }).finish();
  const req = decodeMessage(protocol.InvocationRequest, 'InvocationRequest', inv);
  t.equal(req.actionName, 'go');
  t.same(
    req.actor!.metadata!.channelGroup!.map((c) => c.topic),
    ['test'],
  );
  const reply = compat05.ActorInvocationResponse.encode({
    updatedContext: {},
    workflow: { effects: [{ request: { system: { name: 's' }, actor: { id: { name: 'b' }, metadata: { channelGroup: 'test' } }, commandName: 'go' } }] },
  }).finish();
  const res = decodeMessage(protocol.ActorInvocationResponse, 'ActorInvocationResponse', reply);
  t.same(
    res.workflow!.effects![0]!.request!.actor!.metadata!.channelGroup!.map((c) => c.topic),
    ['test'],
  );
  t.equal(res.workflow!.effects![0]!.request!.actionName, 'go');
});

t.test('the Python SDK reply: broadcast decodes, field 2 names the action', async (t) => {
  const res = decodeMessage(protocol.ActorInvocationResponse, 'ActorInvocationResponse', PYTHON_BROADCAST_REPLY);
  t.equal(res.actorName, 'joe');
  t.ok(res.updatedContext, 'updated_context present');
  t.equal(res.updatedContext!.state!.type_url, 'type.googleapis.com/domain.State');
  t.equal(res.payload, 'noop');
  t.equal(res.workflow!.broadcast!.channelGroup, 'test');
  t.equal(res.workflow!.broadcast!.value!.type_url, 'type.googleapis.com/domain.Request');
  t.equal(broadcastActionOf(PYTHON_BROADCAST_REPLY), 'setLanguage');

  const plain = protocol.ActorInvocationResponse.encode({ updatedContext: {}, workflow: { broadcast: { channelGroup: 'test', noop: {} } } }).finish();
  t.equal(broadcastActionOf(plain), undefined, 'a 1.x broadcast names no action');
  t.equal(broadcastActionOf(protocol.ActorInvocationResponse.encode({ updatedContext: {} }).finish()), undefined);
  t.equal(broadcastActionOf(Buffer.from([0x2a, 0x09, 0x12])), undefined, 'truncated bytes: no action, no throw');
  // Repeated occurrences of a message field merge: the last action wins.
  const twice = Buffer.concat([
    compat05.ActorInvocationResponse.encode({ workflow: { broadcast: { channelGroup: 't', commandName: 'first' } } }).finish(),
    compat05.ActorInvocationResponse.encode({ workflow: { broadcast: { commandName: 'second' } } }).finish(),
  ]);
  t.equal(broadcastActionOf(twice), 'second');
});
