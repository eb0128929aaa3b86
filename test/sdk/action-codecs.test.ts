// Per-action codecs at run time: what a host defined with the SDK decodes and encodes. The
// proxy's side is played by this test: it posts Spawn's ActorInvocation to the host's HTTP
// action route and reads the ActorInvocationResponse, so the Anys on the wire are visible.
import t from 'tap';
import { SpawnSystem, json, protobuf, toAny } from '../../src/sdk';
import { protocol, type IActorInvocation, type IAny } from '../../src/sdk/protocol';

const ActorId = protocol.actors.ActorId;
const actorIds = protobuf(ActorId, 'eigr.functions.protocol.actors.ActorId');
const order = json((v: unknown): { item: string } => {
  if (typeof (v as { item?: unknown } | null)?.item !== 'string') throw new TypeError(`not an order: ${JSON.stringify(v)}`);
  return v as { item: string };
});

t.test('payload and reply codecs of an action', async (t) => {
  const system = new SpawnSystem({ name: 'codec-sys', hostPort: 0, transport: 'http' });
  system.define({
    name: 'ids',
    stateful: false,
    actions: {
      // protobuf in, protobuf out: neither is JSON on the wire
      rename: { payload: actorIds, reply: actorIds, handler: ({ payload }) => ({ value: { name: `${payload.name}!`, system: payload.system } }) },
      place: { payload: order, reply: json<string>(), handler: ({ payload }) => ({ value: `placed ${payload.item}` }) },
    },
  });
  const port = await system.listen();
  t.teardown(() => system.stop());

  const call = async (action: string, value: IAny): Promise<{ status: number; value?: IAny | null }> => {
    const inv: IActorInvocation = { actor: { name: 'ids', system: 'codec-sys' }, actionName: action, value, currentContext: {} };
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/actors/actions`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: protocol.ActorInvocation.encode(inv).finish(),
    });
    if (res.status !== 200) return { status: res.status };
    return { status: 200, value: protocol.ActorInvocationResponse.decode(new Uint8Array(await res.arrayBuffer())).value };
  };

  const renamed = await call('rename', toAny(actorIds, { name: 'ann', system: 'codec-sys' }));
  t.equal(renamed.value?.type_url, 'type.googleapis.com/eigr.functions.protocol.actors.ActorId', 'the reply is encoded with the reply codec');
  t.same(ActorId.toObject(ActorId.decode(renamed.value!.value!)), { name: 'ann!', system: 'codec-sys' }, 'from a payload the payload codec decoded');

  const placed = await call('place', toAny(json(), { item: 'tea' }));
  t.same(JSON.parse(protocol.JSONType.decode(placed.value!.value!).content), 'placed tea');
  const rejected = await call('place', toAny(json(), { colour: 'blue' }));
  t.equal(rejected.status, 500, "json(parse) rejects a payload its parse function refuses (the handler never runs; Spawn's failed-handler answer)");
});
