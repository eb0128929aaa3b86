// The hand-written hot-path encoders write the same bytes as protobufjs, on random messages
// (ASCII, multi-byte and astral strings, empty and absent fields, maps, large payloads), and
// fall back to protobufjs for shapes they do not handle.
import t from 'tap';
import { channel, protocol } from '../../src/hotpath/codec';
import { encodeActorInvocation, encodeInvocationFrame, encodeInvocationResponse } from '../../src/hotpath/codec/hot-encoders';

let seed = 42;
const rand = (): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
const maybe = <T>(make: () => T): T | undefined => (rand() < 0.3 ? undefined : make());

const alphabet = ['a', 'Z', '0', '-', '/', '.', ' ', 'é', 'ß', '中', '文', '😀', '🚀'];
function str(maxLen = 12): string {
  const len = pick([0, 1, 3, maxLen, Math.floor(rand() * 80)]);
  let s = '';
  for (let i = 0; i < len; i++) s += rand() < 0.7 ? String.fromCharCode(97 + Math.floor(rand() * 26)) : pick(alphabet);
  return s;
}
const bytes = (): Buffer => Buffer.from(Array.from({ length: pick([0, 1, 100, 300, 20_000]) }, () => Math.floor(rand() * 256)));
const id = () => ({ ...(rand() < 0.9 ? { name: str() } : {}), ...(rand() < 0.7 ? { system: str() } : {}), ...(rand() < 0.3 ? { parent: str() } : {}) });
const any = () => ({ ...(rand() < 0.9 ? { type_url: `type.googleapis.com/${str(30)}` } : {}), ...(rand() < 0.9 ? { value: bytes() } : {}) });
function map(): Record<string, string> {
  const m: Record<string, string> = {};
  const n = pick([0, 0, 1, 3]);
  for (let i = 0; i < n; i++) m[`${str(6)}${i}`] = str();
  return m;
}

t.test('ActorInvocation: the same bytes as protobufjs', async (t) => {
  for (let i = 0; i < 3000; i++) {
    const inv = {
      actor: maybe(id),
      actionName: maybe(str),
      currentContext: maybe(() => ({ state: maybe(any), caller: maybe(id), self: maybe(id), metadata: maybe(map), tags: maybe(map) })),
      ...(rand() < 0.5 ? { value: any() } : rand() < 0.5 ? { noop: {} } : {}),
      caller: maybe(id),
    };
    const want = Buffer.from(protocol.ActorInvocation.encode(inv).finish());
    const got = Buffer.from(encodeActorInvocation(inv));
    if (!got.equals(want)) {
      t.fail(`message ${i} differs: ${JSON.stringify(inv).slice(0, 300)}`);
      return;
    }
    const frameId = pick([0, 1, 127, 128, 300, 2 ** 32 + 5, Number.MAX_SAFE_INTEGER]);
    const wantFrame = Buffer.from(channel.Frame.encode({ id: frameId, invocation: inv }).finish());
    if (!Buffer.from(encodeInvocationFrame(frameId, inv)).equals(wantFrame)) {
      t.fail(`frame ${i} (id ${frameId}) differs`);
      return;
    }
  }
  t.pass('3000 random invocations and frames encode identically');
});

t.test('InvocationResponse: the same bytes as protobufjs', async (t) => {
  for (let i = 0; i < 3000; i++) {
    const r = {
      status: maybe(() => ({ status: pick([0, 1, 2, 3]), ...(rand() < 0.5 ? { message: str(40) } : {}) })),
      system: maybe(() => (rand() < 0.8 ? { name: str() } : {})),
      actor: maybe(() => (rand() < 0.8 ? { id: id() } : {})),
      ...(rand() < 0.5 ? { value: any() } : rand() < 0.5 ? { noop: {} } : {}),
    };
    const want = Buffer.from(protocol.InvocationResponse.encode(r).finish());
    const got = Buffer.from(encodeInvocationResponse(r));
    if (!got.equals(want)) {
      t.fail(`message ${i} differs: ${JSON.stringify(r).slice(0, 300)}`);
      return;
    }
  }
  t.pass('3000 random responses encode identically');
});

t.test('decoded messages (prototype defaults, unknown fields) and unusual shapes', async (t) => {
  // A decoded request's parts, as the runtime passes them on.
  const req = protocol.InvocationRequest.decode(
    protocol.InvocationRequest.encode({
      system: { name: 's' },
      actor: { id: { name: 'a', system: 's' } },
      actionName: 'go',
      caller: { name: 'c' },
      metadata: { k: 'v' },
    }).finish(),
  );
  const inv = {
    actor: req.actor!.id!,
    actionName: 'go',
    currentContext: { metadata: req.metadata, tags: {}, caller: req.caller, self: req.actor!.id! },
    caller: req.caller,
    noop: {},
  };
  t.same(Buffer.from(encodeActorInvocation(inv)), Buffer.from(protocol.ActorInvocation.encode(inv).finish()));

  // An ActorId with an unknown field (a newer peer's): kept, through the protobufjs fallback.
  const withUnknown = Buffer.concat([Buffer.from(protocol.actors.ActorId.encode({ name: 'x' }).finish()), Buffer.from([0xf8, 0x01, 0x07])]);
  const unknownId = protocol.actors.ActorId.decode(withUnknown);
  const inv2 = { actor: unknownId, actionName: 'go' };
  t.same(Buffer.from(encodeActorInvocation(inv2)), Buffer.from(protocol.ActorInvocation.encode(inv2).finish()), 'unknown fields survive');

  // Bytes given as base64 text, and an actor with more than an id: protobufjs does those.
  const b64 = { actionName: 'x', value: { type_url: 't', value: 'AQID' as unknown as Uint8Array } };
  t.same(Buffer.from(encodeActorInvocation(b64)), Buffer.from(protocol.ActorInvocation.encode(b64).finish()));
  const full = { status: { status: 1 }, actor: { id: { name: 'a' }, settings: { stateful: true } } };
  t.same(Buffer.from(encodeInvocationResponse(full)), Buffer.from(protocol.InvocationResponse.encode(full).finish()));
  const decoded = protocol.InvocationResponse.decode(encodeInvocationResponse({ status: { status: 3, message: 'ñ 😀' }, noop: {} }));
  t.equal(decoded.status?.message, 'ñ 😀');
});
