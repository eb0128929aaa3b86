// Spawn 0.5 shapes that 1.x-era SDKs still send, read in the default (1.x) mode.
//
// eigr/spawn-python-sdk speaks 1.x (Action/action_name, NAMED/UNNAMED kinds, checkpoint) but
// its protos keep two older shapes:
//
//   Metadata.channel_group  `string channel_group = 1` (0.5) where 1.x has `repeated Channel`.
//                           A string such as "test" is not a valid Channel ('t' = 0x74 is field
//                           14 with wire type 4), so the strict decode of the whole
//                           RegistrationRequest fails; some strings ("abcdefghi": 'a' = field
//                           12, fixed64) even decode as a Channel without a topic.
//   Broadcast #2            `string action_name = 2` (0.5 `command_name`): the action every
//                           subscriber runs. Spawn 1.x dropped the field, so the strict decode
//                           skips it; it is read here from the reply's bytes.
//
// Neither costs a well-formed 1.x message anything: the channel repair runs only when the strict
// decode failed or produced a channel without a topic (registration only; nothing is looked at
// on success for the hot-path messages), and the broadcast action is looked up only in replies
// that carry a broadcast.
//
// The repair rewrites the bytes: every channel_group entry (found by walking only the fields on
// the path to Metadata) that is not a Channel with a topic but is printable UTF-8 becomes
// Channel{topic: <the string>} (action left empty, i.e. `receive`). The rewritten bytes then go
// through the normal generated decoder, so everything else decodes exactly as before. Input that
// is malformed in any other way is left alone, and the caller reports the strict decoder's error.
import { eigr } from './generated/spawn';

const protocol = eigr.functions.protocol;
const Channel = eigr.functions.protocol.actors.Channel;

/** Where the channel_group entries are: field number -> sub-message schema, or the Channel entry itself. */
interface Schema {
  readonly [field: number]: Schema | 'channel';
}

const METADATA: Schema = { 1: 'channel' };
const ACTOR: Schema = { 6: METADATA };
const REGISTRY: Schema = { 1: { 2: ACTOR } }; // map<string, Actor>: entry {1 key, 2 value}
const ACTOR_SYSTEM: Schema = { 2: REGISTRY };
const REGISTRATION_REQUEST: Schema = { 2: ACTOR_SYSTEM };
const INVOCATION_REQUEST: Schema = { 1: ACTOR_SYSTEM, 2: ACTOR };
// workflow(5).effects(1).request(1) is an InvocationRequest.
const ACTOR_INVOCATION_RESPONSE: Schema = { 5: { 1: { 1: INVOCATION_REQUEST } } };

const MAX_DEPTH = 64;

class Malformed extends Error {}

function varint(buf: Uint8Array, pos: number): [value: number, next: number] {
  let value = 0;
  let mul = 1;
  for (let i = 0; i < 10; i++) {
    if (pos >= buf.length) throw new Malformed('truncated varint');
    const b = buf[pos++]!;
    value += (b & 0x7f) * mul;
    if (b < 0x80) return [value, pos];
    mul *= 128;
  }
  throw new Malformed('varint longer than 10 bytes');
}

function encodeVarint(n: number): number[] {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push(n % 0x80 | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return out;
}

/** Position after the value of a field with wire type `wt` (the tag already read). */
function skipValue(buf: Uint8Array, pos: number, wt: number, field: number, depth: number): number {
  switch (wt) {
    case 0:
      return varint(buf, pos)[1];
    case 1:
      pos += 8;
      break;
    case 2: {
      const [len, p] = varint(buf, pos);
      pos = p + len;
      break;
    }
    case 5:
      pos += 4;
      break;
    case 3: {
      if (depth > MAX_DEPTH) throw new Malformed('groups nested too deep');
      for (;;) {
        const [tag, p] = varint(buf, pos);
        if (tag >>> 3 === 0) throw new Malformed('field number 0');
        if ((tag & 7) === 4) {
          if (tag >>> 3 !== field) throw new Malformed('unmatched end group');
          return p;
        }
        pos = skipValue(buf, p, tag & 7, tag >>> 3, depth + 1);
      }
    }
    default:
      throw new Malformed(`wire type ${wt}`);
  }
  if (pos > buf.length) throw new Malformed('truncated field');
  return pos;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const CONTROL = /\p{Cc}/u;

/** The topic a channel_group entry names when it is a 0.5 string rather than a 1.x Channel. */
export function stringChannelTopic(entry: Uint8Array): string | undefined {
  if (entry.length === 0) return undefined;
  try {
    // A Channel with a topic starts with a control byte (0x0a topic or 0x12 action tag), and a
    // printable string can never produce a topic tag, so the two readings cannot both hold.
    if (Channel.decode(entry).topic) return undefined;
  } catch {
    // not a Channel
  }
  let text: string;
  try {
    text = utf8.decode(entry);
  } catch {
    return undefined;
  }
  return CONTROL.test(text) ? undefined : text;
}

/** `buf` with string channel entries turned into Channels, or undefined when there was none. */
function rewrite(buf: Uint8Array, schema: Schema, depth: number): Uint8Array | undefined {
  if (depth > MAX_DEPTH) throw new Malformed('nested too deep');
  let parts: Uint8Array[] | undefined;
  let copied = 0;
  let pos = 0;
  while (pos < buf.length) {
    const [tag, afterTag] = varint(buf, pos);
    if (tag > 0xffffffff) throw new Malformed('tag out of range');
    const field = tag >>> 3;
    const wt = tag & 7;
    if (field === 0) throw new Malformed('field number 0');
    const sub = schema[field];
    if (wt !== 2 || sub === undefined) {
      pos = skipValue(buf, afterTag, wt, field, depth);
      continue;
    }
    const [len, start] = varint(buf, afterTag);
    const end = start + len;
    if (end > buf.length) throw new Malformed('truncated field');
    const content = buf.subarray(start, end);
    let replaced: Uint8Array | undefined;
    if (sub === 'channel') {
      const topic = stringChannelTopic(content);
      if (topic !== undefined) replaced = Channel.encode({ topic }).finish();
    } else {
      replaced = rewrite(content, sub, depth + 1);
    }
    if (replaced) {
      parts ??= [];
      parts.push(buf.subarray(copied, afterTag), Uint8Array.from(encodeVarint(replaced.length)), replaced);
      copied = end;
    }
    pos = end;
  }
  if (!parts) return undefined;
  parts.push(buf.subarray(copied));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** `bytes` with every 0.5 string channel_group entry on `schema`'s paths turned into a Channel. */
export function rewriteStringChannels(bytes: Uint8Array, schema: Schema): Uint8Array | undefined {
  try {
    return rewrite(bytes, schema, 0);
  } catch (err) {
    if (err instanceof Malformed) return undefined;
    throw err;
  }
}

interface Decoder {
  decode(reader: Uint8Array): unknown;
}

const SCHEMAS = new Map<unknown, Schema>([
  [protocol.RegistrationRequest, REGISTRATION_REQUEST],
  [protocol.InvocationRequest, INVOCATION_REQUEST],
  [protocol.ActorInvocationResponse, ACTOR_INVOCATION_RESPONSE],
]);

/**
 * Second try after the strict decode of `bytes` as `type` failed: the message with its string
 * channel_group entries read as topics, or undefined (then the strict error stands).
 */
export function decodeLenient(type: Decoder, bytes: Uint8Array): unknown {
  const schema = SCHEMAS.get(type);
  if (!schema) return undefined;
  const fixed = rewriteStringChannels(bytes, schema);
  if (!fixed) return undefined;
  try {
    return type.decode(fixed);
  } catch {
    return undefined;
  }
}

type RegistrationRequest = eigr.functions.protocol.RegistrationRequest;

/**
 * A RegistrationRequest that decoded strictly but has a channel without a topic: such an entry
 * may be a 0.5 string that happens to read as a Channel ("abcdefghi"). Re-read it leniently.
 */
export function recheckRegistration(message: RegistrationRequest, bytes: Uint8Array): RegistrationRequest {
  const actors = message.actorSystem?.registry?.actors;
  if (!actors) return message;
  let topicless = false;
  for (const name in actors) {
    for (const c of actors[name]?.metadata?.channelGroup ?? []) if (!c.topic) topicless = true;
  }
  if (!topicless) return message;
  const fixed = rewriteStringChannels(bytes, REGISTRATION_REQUEST);
  if (!fixed) return message;
  try {
    return protocol.RegistrationRequest.decode(fixed);
  } catch {
    return message;
  }
}

/**
 * The action a host's ActorInvocationResponse names for its broadcast in Broadcast field 2
 * (0.5 `command_name`, the Python SDK's `action_name`), or undefined. Path:
 * ActorInvocationResponse.workflow (5) -> Workflow.broadcast (2) -> Broadcast #2; the last
 * occurrence wins, as when the decoder merges repeated message fields.
 */
export function broadcastActionOf(bytes: Uint8Array): string | undefined {
  try {
    let found: Uint8Array | undefined;
    for (const wf of fieldValues(bytes, 5)) for (const b of fieldValues(wf, 2)) for (const a of fieldValues(b, 2)) found = a;
    return found && found.length > 0 ? utf8.decode(found) : undefined;
  } catch {
    return undefined;
  }
}

/** The contents of every length-delimited occurrence of `field` in `buf`. */
function fieldValues(buf: Uint8Array, field: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const [tag, afterTag] = varint(buf, pos);
    if (tag >>> 3 === 0) throw new Malformed('field number 0');
    if (tag >>> 3 === field && (tag & 7) === 2) {
      const [len, start] = varint(buf, afterTag);
      if (start + len > buf.length) throw new Malformed('truncated field');
      out.push(buf.subarray(start, start + len));
      pos = start + len;
    } else {
      pos = skipValue(buf, afterTag, tag & 7, tag >>> 3, 0);
    }
  }
  return out;
}
