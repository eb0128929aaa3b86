// Where activated actors keep their state bytes. With the native addon the bytes live off the
// V8 heap (native/state_table.cc), so the garbage collector neither traces nor copies a million
// actors' states; the JavaScript twin keeps one Buffer per actor. Same interface, same
// semantics: put/get copy, so no caller can alter what another holds.
// bench/micro/native.ts and bench/memory.ts measure both (README, Performance).
import { nativeAddon, type NativeStateTable } from '../native';

export interface StateTable {
  readonly kind: 'native' | 'js';
  /** Stores a copy of bytes in a new slot. */
  insert(bytes: Uint8Array): number;
  /** Replaces the slot's bytes with a copy of these unless they are the same; true when it changed. */
  update(slot: number, bytes: Uint8Array): boolean;
  /** The slot's bytes. Treat as read-only: the JS twin returns the held Buffer itself. */
  read(slot: number): Buffer;
  /** Frees the slot; it may be handed out again by insert(). */
  release(slot: number): void;
  /** Slots in use. */
  readonly size: number;
  /** Bytes held. */
  readonly bytes: number;
}

abstract class SlotTable implements StateTable {
  abstract readonly kind: 'native' | 'js';
  readonly #free: number[] = [];
  #next = 0;

  insert(bytes: Uint8Array): number {
    const slot = this.#free.length ? this.#free.pop()! : this.#next++;
    this.update(slot, bytes);
    return slot;
  }

  release(slot: number): void {
    this.drop(slot);
    this.#free.push(slot);
  }

  get size(): number {
    return this.#next - this.#free.length;
  }

  abstract update(slot: number, bytes: Uint8Array): boolean;
  abstract read(slot: number): Buffer;
  abstract get bytes(): number;
  protected abstract drop(slot: number): void;
}

const EMPTY = Buffer.alloc(0);

// Buffers for native reads. Node pools allocations under 4 KiB; a larger Buffer costs a fresh
// ArrayBuffer each (~1 µs), so states up to 64 KiB are carved from 1 MiB chunks instead. A
// chunk lives as long as one of its views does; reads are short-lived (encoded, then dropped).
const CHUNK_BYTES = 1 << 20;
const CARVE_MAX = 64 << 10;
let chunk = new ArrayBuffer(0);
let chunkUsed = 0;

function readBuffer(length: number): Buffer {
  if (length < 4096 || length > CARVE_MAX) return Buffer.allocUnsafe(length);
  if (chunkUsed + length > chunk.byteLength) {
    chunk = new ArrayBuffer(CHUNK_BYTES);
    chunkUsed = 0;
  }
  const out = Buffer.from(chunk, chunkUsed, length);
  chunkUsed += (length + 7) & ~7;
  return out;
}

export class NativeBackedStateTable extends SlotTable {
  readonly kind = 'native';
  readonly #table: NativeStateTable;
  /** Each slot's length, so read() can size its Buffer in JS (far cheaper than one made in C++). */
  readonly #lengths: number[] = [];

  constructor(table: NativeStateTable) {
    super();
    this.#table = table;
  }

  update(slot: number, bytes: Uint8Array): boolean {
    if (!this.#table.update(slot, bytes)) return false;
    this.#lengths[slot] = bytes.length;
    return true;
  }

  read(slot: number): Buffer {
    const length = this.#lengths[slot] ?? -1;
    if (length <= 0) return EMPTY;
    const out = readBuffer(length);
    this.#table.read(slot, out);
    return out;
  }

  get bytes(): number {
    return this.#table.bytes();
  }

  protected drop(slot: number): void {
    this.#table.remove(slot);
    this.#lengths[slot] = -1;
  }
}

/** The JavaScript twin: one Buffer per slot, on the V8 heap's books. */
export class JsStateTable extends SlotTable {
  readonly kind = 'js';
  readonly #slots: Array<Buffer | undefined> = [];
  #bytes = 0;

  update(slot: number, bytes: Uint8Array): boolean {
    const held = this.#slots[slot];
    if (held !== undefined && held.length === bytes.length && held.equals(bytes)) return false;
    // A copy: a decoded value is a view into the whole reply, which it would keep alive.
    const copy = Buffer.from(bytes);
    this.#bytes += copy.length - (held?.length ?? 0);
    this.#slots[slot] = copy;
    return true;
  }

  read(slot: number): Buffer {
    return this.#slots[slot] ?? EMPTY;
  }

  get bytes(): number {
    return this.#bytes;
  }

  protected drop(slot: number): void {
    this.#bytes -= this.#slots[slot]?.length ?? 0;
    this.#slots[slot] = undefined;
  }
}

/** The native table when the addon loaded, else the JavaScript twin. */
export function createStateTable(): StateTable {
  const addon = nativeAddon();
  return addon ? new NativeBackedStateTable(new addon.StateTable()) : new JsStateTable();
}
