// Drift guard of the hand-written encoders (src/hotpath/codec/hot-encoders.ts): the messages
// they write are read from proto/ by reflection, so a field added to a .proto fails here
// instead of being dropped on the wire. Two checks:
//   1. HAND_ENCODED_FIELDS lists every field (name and number) of every message the encoders
//      write by hand, and nothing that is not in the schema;
//   2. differential: each field, set alone to a value other than its default (through every
//      nesting the encoders write by hand), encodes to the bytes protobufjs writes for the
//      schema read from proto/, and the encoder falls back to protobufjs exactly for the fields
//      listed as 'fallback'.
import { join } from 'node:path';
import protobuf from 'protobufjs';
import t from 'tap';
import { channel, protocol, type IActorInvocation } from '../../src/hotpath/codec';
import {
  HAND_ENCODED_FIELDS,
  encodeActorInvocation,
  encodeInvocationFrame,
  encodeInvocationResponse,
  type FieldHandling,
} from '../../src/hotpath/codec/hot-encoders';

const PROTO = join(__dirname, '..', '..', 'proto');

function loadSchema(): protobuf.Root {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => join(PROTO, target);
  root.loadSync(['eigr/functions/protocol/actors/protocol.proto', 'spawn_proxy/host_channel.proto']);
  root.resolveAll();
  return root;
}

const schema = loadSchema();
const nameOf = (type: protobuf.Type): string => type.fullName.replace(/^\./, '');

type Message = Record<string, unknown>;

/** The encoders under test, each with the static class whose encode() is its fallback. */
const ENCODERS: Array<{
  type: string;
  encode: (m: Message) => Uint8Array;
  reference: (m: Message) => Message;
  fallback: { encode: (...a: never[]) => unknown };
}> = [
  { type: 'eigr.functions.protocol.ActorInvocation', encode: (m) => encodeActorInvocation(m), reference: (m) => m, fallback: protocol.ActorInvocation },
  {
    type: 'spawn_proxy.channel.Frame',
    // A Frame{id, invocation}: the invocation is always there, if only empty.
    encode: (m) => encodeInvocationFrame((m.id as number | undefined) ?? 0, (m.invocation as IActorInvocation | undefined) ?? {}),
    reference: (m) => ({ ...m, invocation: m.invocation ?? {} }),
    fallback: channel.Frame,
  },
  {
    type: 'eigr.functions.protocol.InvocationResponse',
    encode: (m) => encodeInvocationResponse(m),
    reference: (m) => m,
    fallback: protocol.InvocationResponse,
  },
];

function handlingOf(typeName: string, field: string): FieldHandling | undefined {
  const listed = HAND_ENCODED_FIELDS[typeName] ?? {};
  for (const how of ['write', 'fallback', 'not-input'] as const) if (listed[how]?.[field] !== undefined) return how;
  return undefined;
}

/** Values other than the field type's default: what a sender could put in it. */
function scalars(type: string, resolved: protobuf.ReflectionObject | null): unknown[] {
  if (resolved instanceof protobuf.Enum) return Object.values(resolved.values).filter((v) => v !== 0);
  if (resolved instanceof protobuf.Type) return [{}];
  switch (type) {
    case 'string':
      return ['x', 'é😀'];
    case 'bytes':
      return [Buffer.from([1, 2, 3])];
    case 'bool':
      return [true];
    case 'double':
    case 'float':
      return [1.5];
    case 'int64':
    case 'uint64':
    case 'sint64':
    case 'fixed64':
    case 'sfixed64':
      return [300, 2 ** 40 + 3];
    default:
      return [300, 2 ** 31 - 1];
  }
}

function samples(f: protobuf.Field): unknown[] {
  const one = scalars(f.type, f.resolvedType);
  if (f.map) return one.map((v) => ({ k: v }));
  if (f.repeated) return one.map((v) => [v]);
  return one;
}

interface Case {
  path: string;
  message: Message;
  /** Undefined for a field missing from HAND_ENCODED_FIELDS (check 1 reports it). */
  how: FieldHandling | undefined;
}

/** Every field of `type` set alone, and inside each message field the encoder writes by hand, each of its fields. */
function* cases(type: protobuf.Type, depth = 0): Generator<Case> {
  const typeName = nameOf(type);
  for (const f of type.fieldsArray) {
    const how = handlingOf(typeName, f.name);
    if (how === 'not-input') continue;
    for (const v of samples(f)) yield { path: f.name, message: { [f.name]: v }, how };
    const inner = f.resolvedType;
    if (how !== 'fallback' && inner instanceof protobuf.Type && !f.map && !f.repeated && nameOf(inner) in HAND_ENCODED_FIELDS && depth < 8) {
      for (const c of cases(inner, depth + 1))
        yield { path: `${f.name}.${c.path}`, message: { [f.name]: c.message }, how: c.how === 'fallback' ? 'fallback' : c.how };
    }
  }
}

t.test('HAND_ENCODED_FIELDS names every field of the hand-encoded messages in proto/', async (t) => {
  const reached = new Set<string>();
  const visit = (type: protobuf.Type): void => {
    const name = nameOf(type);
    if (reached.has(name)) return;
    reached.add(name);
    for (const f of type.fieldsArray) {
      if (handlingOf(name, f.name) === 'write' && f.resolvedType instanceof protobuf.Type) visit(f.resolvedType);
    }
  };
  for (const e of ENCODERS) visit(schema.lookupType(e.type));
  t.strictSame([...reached].sort(), Object.keys(HAND_ENCODED_FIELDS).sort(), 'every message type written by hand is listed, and only those');

  for (const typeName of Object.keys(HAND_ENCODED_FIELDS)) {
    const type = schema.lookupType(typeName);
    const inSchema: Record<string, number> = {};
    for (const f of type.fieldsArray) inSchema[f.name] = f.id;
    const listed: Record<string, number> = {};
    for (const group of Object.values(HAND_ENCODED_FIELDS[typeName]!)) Object.assign(listed, group);
    for (const [name, id] of Object.entries(inSchema)) {
      t.equal(listed[name], id, `${typeName}.${name} = ${id} is handled by the hand encoder (listed as write, fallback or not-input)`);
    }
    for (const name of Object.keys(listed)) t.ok(name in inSchema, `${typeName}.${name} is listed but not in proto/`);
  }
});

t.test('each field set alone: the hand encoder writes what protobufjs writes, and falls back only where listed', async (t) => {
  for (const e of ENCODERS) {
    const type = schema.lookupType(e.type);
    const original = e.fallback.encode;
    let fellBack = 0;
    e.fallback.encode = ((...args: never[]) => {
      fellBack++;
      return original.apply(e.fallback, args);
    }) as typeof original;
    try {
      let n = 0;
      for (const c of cases(type)) {
        n++;
        fellBack = 0;
        const want = Buffer.from(type.encode(e.reference(c.message)).finish());
        const got = Buffer.from(e.encode(c.message));
        const label = `${e.type}: ${c.path} = ${JSON.stringify(c.message)}`;
        if (!got.equals(want)) t.fail(`${label}: ${got.toString('hex')} instead of ${want.toString('hex')}`);
        if (c.how === 'write' && fellBack) t.fail(`${label}: listed as written by hand, but went to protobufjs`);
        if (c.how === 'fallback' && !fellBack) t.fail(`${label}: listed as fallback, but the hand encoder wrote it`);
      }
      t.ok(n > 10, `${e.type}: ${n} single-field messages compared`);
    } finally {
      e.fallback.encode = original;
    }
  }
});
