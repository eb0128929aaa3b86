// Hand-written encoders for the messages every invocation encodes: the ActorInvocation sent
// to the host (alone over HTTP, in a Frame over the host channel) and the InvocationResponse
// sent to the caller. They size the message first and write it into one buffer, where
// protobufjs forks a writer per nested message and asks Buffer.byteLength (a C++ call) for
// every string: ~1 µs per message with protobufjs, about half here (bench/micro/codec.ts). The bytes are the same as
// protobufjs writes (test/unit/hot-encoders.test.ts compares them on random messages); any
// shape they were not written for (unknown fields kept from a decode, bytes given as base64
// text, fields beyond what the runtime sets) goes to protobufjs instead. HAND_ENCODED_FIELDS
// below says what becomes of each field of the .proto; test/unit/hot-encoders-schema.test.ts
// holds it against proto/, so a field added there fails a test rather than vanishing.
import { eigr, spawn_proxy } from './generated/spawn';
import type { IActorInvocation, IActorId, IAny, IContext, IInvocationResponse } from './index';

const protocol = eigr.functions.protocol;
const channel = spawn_proxy.channel;

/** What a hand encoder does with one field: writes it, or hands the whole message to protobufjs when it is set, or cannot be given it. */
export type FieldHandling = 'write' | 'fallback' | 'not-input';

/**
 * Every field of every message these encoders write by hand, by full type name, handling and
 * field number. test/unit/hot-encoders-schema.test.ts reads the same messages from proto/ and
 * fails when one has a field missing here, and when a field set alone encodes otherwise than
 * protobufjs encodes it: a field added to a .proto is not dropped silently. A new field is
 * 'fallback' until the encoder writes it (add it to the fallback condition, then here).
 */
export const HAND_ENCODED_FIELDS: Readonly<Record<string, Readonly<Partial<Record<FieldHandling, Readonly<Record<string, number>>>>>>> = {
  // encodeActorInvocation
  'eigr.functions.protocol.ActorInvocation': { write: { actor: 1, actionName: 2, currentContext: 3, value: 4, noop: 5, caller: 6 } },
  'eigr.functions.protocol.Context': { write: { state: 1, caller: 2, self: 3, metadata: 4, tags: 5 } },
  'eigr.functions.protocol.actors.ActorId': { write: { name: 1, system: 2, parent: 3 } },
  'google.protobuf.Any': { write: { type_url: 1, value: 2 } },
  // A Noop with any field set goes to protobufjs.
  'eigr.functions.protocol.Noop': {},
  // encodeInvocationFrame: a Frame{id, invocation}; the other bodies are never its input.
  'spawn_proxy.channel.Frame': {
    write: { id: 1, invocation: 4 },
    'not-input': { register: 2, registered: 3, result: 5, invoke: 6, invoked: 7, spawn: 8, spawned: 9, error: 10 },
  },
  // encodeInvocationResponse: what the server sets; the rest goes to protobufjs.
  'eigr.functions.protocol.InvocationResponse': { write: { status: 1, system: 2, actor: 3, value: 4, noop: 5 } },
  'eigr.functions.protocol.RequestStatus': { write: { status: 1, message: 2 } },
  'eigr.functions.protocol.actors.ActorSystem': { write: { name: 1 }, fallback: { registry: 2 } },
  'eigr.functions.protocol.actors.Actor': { write: { id: 1 }, fallback: { state: 2, settings: 3, actions: 4, timerActions: 5, metadata: 6 } },
};

/** UTF-8 length of s. */
function strLen(s: string): number {
  const n = s.length;
  if (n > 64) return Buffer.byteLength(s, 'utf8');
  let len = n;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) len += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      len += 2; // a surrogate pair: 4 bytes for 2 UTF-16 units
      i++;
    } else len += 2;
  }
  return len;
}

function varintLen(v: number): number {
  return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;
}

/** Size of a length-delimited field (one-byte tag) holding `len` bytes. */
function fieldLen(len: number): number {
  return 1 + varintLen(len) + len;
}

/** A cursor over the output buffer. */
class Out {
  pos = 0;
  constructor(readonly buf: Buffer) {}

  varint(v: number): void {
    const buf = this.buf;
    while (v > 0x7f) {
      buf[this.pos++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    buf[this.pos++] = v;
  }

  /** Varint of a non-negative integer up to 2^53 (beyond 32 bits, where >>> would cut it). */
  varint64(v: number): void {
    while (v >= 128) {
      this.buf[this.pos++] = v % 128 | 0x80;
      v = Math.floor(v / 128);
    }
    this.buf[this.pos++] = v;
  }

  /** Tag, length, then the string's UTF-8 bytes. The sizing pass made room for exactly these. */
  string(tag: number, s: string): void {
    const buf = this.buf;
    buf[this.pos++] = tag;
    const n = s.length;
    if (n * 3 < 128) {
      // At most 127 bytes: a one-byte length, filled in once the bytes are written.
      const lenAt = this.pos++;
      let p = this.pos;
      let i = 0;
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        buf[p++] = c;
      }
      if (i < n) p = this.pos + buf.write(s, this.pos, 'utf8');
      buf[lenAt] = p - this.pos;
      this.pos = p;
      return;
    }
    const len = strLen(s);
    this.varint(len);
    buf.write(s, this.pos, len, 'utf8');
    this.pos += len;
  }

  bytes(tag: number, b: Uint8Array): void {
    this.buf[this.pos++] = tag;
    this.varint(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  head(tag: number, len: number): void {
    this.buf[this.pos++] = tag;
    this.varint(len);
  }
}

const hasUnknowns = (m: object | null | undefined): boolean => m != null && (m as { $unknowns?: unknown }).$unknowns != null;

// --- ActorId ---------------------------------------------------------------------------

function actorIdLen(id: IActorId): number {
  let n = 0;
  if (id.name) n += fieldLen(strLen(id.name));
  if (id.system) n += fieldLen(strLen(id.system));
  if (id.parent) n += fieldLen(strLen(id.parent));
  return n;
}

function writeActorId(out: Out, tag: number, id: IActorId, len: number): void {
  out.head(tag, len);
  if (id.name) out.string(10, id.name);
  if (id.system) out.string(18, id.system);
  if (id.parent) out.string(26, id.parent);
}

// --- Any ---------------------------------------------------------------------------------

function anyLen(a: IAny): number {
  let n = 0;
  if (a.type_url) n += fieldLen(strLen(a.type_url));
  if (a.value && a.value.length) n += fieldLen(a.value.length);
  return n;
}

function writeAny(out: Out, tag: number, a: IAny, len: number): void {
  out.head(tag, len);
  if (a.type_url) out.string(10, a.type_url);
  if (a.value && a.value.length) out.bytes(18, a.value);
}

const plainAny = (a: IAny | null | undefined): boolean => a == null || (!hasUnknowns(a) && (a.value == null || typeof a.value !== 'string'));

// --- map<string, string> -------------------------------------------------------------------

function entryLen(k: string, v: string): number {
  return fieldLen(strLen(k)) + fieldLen(strLen(v));
}

function mapLen(m: Record<string, string> | null | undefined): number {
  if (!m) return 0;
  let n = 0;
  for (const k in m) n += fieldLen(entryLen(k, m[k]!));
  return n;
}

function writeMap(out: Out, tag: number, m: Record<string, string> | null | undefined): void {
  if (!m) return;
  for (const k in m) {
    const v = m[k]!;
    out.head(tag, entryLen(k, v));
    out.string(10, k);
    out.string(18, v);
  }
}

const plainMap = (m: Record<string, string> | null | undefined): boolean => {
  if (m == null) return true;
  for (const k in m) if (typeof m[k] !== 'string' || !Object.prototype.hasOwnProperty.call(m, k)) return false;
  return true;
};

// --- Context -------------------------------------------------------------------------------

function contextLen(c: IContext): number {
  let n = 0;
  if (c.state != null) n += fieldLen(anyLen(c.state));
  if (c.caller != null) n += fieldLen(actorIdLen(c.caller));
  if (c.self != null) n += fieldLen(actorIdLen(c.self));
  return n + mapLen(c.metadata) + mapLen(c.tags);
}

function writeContext(out: Out, tag: number, c: IContext, len: number): void {
  out.head(tag, len);
  if (c.state != null) writeAny(out, 10, c.state, anyLen(c.state));
  if (c.caller != null) writeActorId(out, 18, c.caller, actorIdLen(c.caller));
  if (c.self != null) writeActorId(out, 26, c.self, actorIdLen(c.self));
  writeMap(out, 34, c.metadata);
  writeMap(out, 42, c.tags);
}

const plainId = (id: IActorId | null | undefined): boolean => !hasUnknowns(id);

// --- the two messages ----------------------------------------------------------------------

function plainInvocation(inv: IActorInvocation): boolean {
  const c = inv.currentContext;
  return !(
    hasUnknowns(inv) ||
    !plainId(inv.actor) ||
    !plainId(inv.caller) ||
    !plainAny(inv.value) ||
    (c != null && (hasUnknowns(c) || !plainAny(c.state) || !plainId(c.caller) || !plainId(c.self) || !plainMap(c.metadata) || !plainMap(c.tags))) ||
    (inv.noop != null && Object.keys(inv.noop).length > 0)
  );
}

interface InvocationSizes {
  actor: number;
  ctx: number;
  value: number;
  caller: number;
  total: number;
}

function sizeInvocation(inv: IActorInvocation): InvocationSizes {
  const c = inv.currentContext;
  const actor = inv.actor != null ? actorIdLen(inv.actor) : 0;
  const ctx = c != null ? contextLen(c) : 0;
  const value = inv.value != null ? anyLen(inv.value) : 0;
  const caller = inv.caller != null ? actorIdLen(inv.caller) : 0;
  const total =
    (inv.actor != null ? fieldLen(actor) : 0) +
    (inv.actionName ? fieldLen(strLen(inv.actionName)) : 0) +
    (c != null ? fieldLen(ctx) : 0) +
    (inv.value != null ? fieldLen(value) : 0) +
    (inv.noop != null ? 2 : 0) +
    (inv.caller != null ? fieldLen(caller) : 0);
  return { actor, ctx, value, caller, total };
}

function writeInvocation(out: Out, inv: IActorInvocation, s: InvocationSizes): void {
  if (inv.actor != null) writeActorId(out, 10, inv.actor, s.actor);
  if (inv.actionName) out.string(18, inv.actionName);
  if (inv.currentContext != null) writeContext(out, 26, inv.currentContext, s.ctx);
  if (inv.value != null) writeAny(out, 34, inv.value, s.value);
  if (inv.noop != null) out.head(42, 0);
  if (inv.caller != null) writeActorId(out, 50, inv.caller, s.caller);
}

/** ActorInvocation, as protobufjs would encode it. */
export function encodeActorInvocation(inv: IActorInvocation): Uint8Array {
  if (!plainInvocation(inv)) return protocol.ActorInvocation.encode(inv).finish();
  const s = sizeInvocation(inv);
  const out = new Out(Buffer.allocUnsafe(s.total));
  writeInvocation(out, inv, s);
  return out.buf;
}

/** Varint length of a non-negative integer up to 2^53. */
function varint64Len(v: number): number {
  let n = 1;
  while (v >= 128) {
    v = Math.floor(v / 128);
    n++;
  }
  return n;
}

/** A host channel Frame{id, invocation}, as protobufjs would encode it. */
export function encodeInvocationFrame(id: number, inv: IActorInvocation): Uint8Array {
  if (!plainInvocation(inv) || !Number.isSafeInteger(id) || id < 0) return channel.Frame.encode({ id, invocation: inv }).finish();
  const s = sizeInvocation(inv);
  const out = new Out(Buffer.allocUnsafe((id ? 1 + varint64Len(id) : 0) + fieldLen(s.total)));
  if (id) {
    out.buf[out.pos++] = 8;
    out.varint64(id);
  }
  out.head(34, s.total);
  writeInvocation(out, inv, s);
  return out.buf;
}

/**
 * InvocationResponse with the fields the server sets: status, system (name only), actor (id
 * only), value or noop. Anything else goes to protobufjs.
 */
export function encodeInvocationResponse(r: IInvocationResponse): Uint8Array {
  const { status, system, actor } = r;
  if (
    hasUnknowns(r) ||
    (status != null && hasUnknowns(status)) ||
    (system != null && (hasUnknowns(system) || system.registry != null)) ||
    (actor != null &&
      (hasUnknowns(actor) ||
        actor.state != null ||
        actor.settings != null ||
        actor.metadata != null ||
        actor.actions?.length ||
        actor.timerActions?.length ||
        !plainId(actor.id))) ||
    !plainAny(r.value) ||
    (r.noop != null && Object.keys(r.noop).length > 0) ||
    (status?.status ?? 0) < 0
  ) {
    return protocol.InvocationResponse.encode(r).finish();
  }
  const code = status?.status ?? 0;
  const messageLen = status?.message ? strLen(status.message) : 0;
  const statusLen = status != null ? (code ? 1 + varintLen(code) : 0) + (status.message ? fieldLen(messageLen) : 0) : 0;
  const systemNameLen = system?.name ? strLen(system.name) : 0;
  const systemLen = system != null ? (system.name ? fieldLen(systemNameLen) : 0) : 0;
  const idLen = actor?.id != null ? actorIdLen(actor.id) : 0;
  const actorLen = actor != null ? (actor.id != null ? fieldLen(idLen) : 0) : 0;
  const valueLen = r.value != null ? anyLen(r.value) : 0;
  const size =
    (status != null ? fieldLen(statusLen) : 0) +
    (system != null ? fieldLen(systemLen) : 0) +
    (actor != null ? fieldLen(actorLen) : 0) +
    (r.value != null ? fieldLen(valueLen) : 0) +
    (r.noop != null ? 2 : 0);
  const out = new Out(Buffer.allocUnsafe(size));
  if (status != null) {
    out.head(10, statusLen);
    if (code) {
      out.buf[out.pos++] = 8;
      out.varint(code);
    }
    if (status.message) out.string(18, status.message);
  }
  if (system != null) {
    out.head(18, systemLen);
    if (system.name) out.string(10, system.name);
  }
  if (actor != null) {
    out.head(26, actorLen);
    if (actor.id != null) writeActorId(out, 10, actor.id, idLen);
  }
  if (r.value != null) writeAny(out, 34, r.value, valueLen);
  if (r.noop != null) out.head(42, 0);
  return out.buf;
}
